/**
 * Checks the sector chains and the directory tree of an Outlook .msg (a compound file)
 * before msgreader walks them: msgreader follows chains and sibling links until it meets an
 * end marker, so one looping chain in a damaged file would freeze the app and eat memory.
 * Every walk here is bounded by the file's own size.
 */
import { followChain, isCfb, readCfbLayout, readSectorTable, type CfbLayout, type SectorChain } from '../readers/cfb-directory';

/** An absent stream or sibling (FREESECT / NOSTREAM). */
const NONE = 0xffffffff;
const MINI_STREAM_CUTOFF = 4096;
const MINI_SECTOR_SIZE = 64;
const STREAM = 2;

/** Why the structure cannot be walked safely, or null when it can. */
export function msgStructureProblem(bytes: Buffer): string | null {
  if (bytes.length < 512) return 'tệp quá ngắn';
  if (!isCfb(bytes)) return 'thiếu dấu hiệu đầu tệp của thư Outlook';
  const cfb = readCfbLayout(bytes);
  if (!cfb) return 'kích thước khối không hợp lệ';
  if (cfb.problem) return cfb.problem;
  const { entries, fat, sectorCount, sectorSize } = cfb;
  if (entries.length === 0) return 'không có thư mục';

  const miniFat = optionalChain(fat, bytes.readUInt32LE(0x3c), sectorCount);
  if (miniFat.problem) return `bảng khối nhỏ: ${miniFat.problem}`;
  const miniTable = readSectorTable(bytes, sectorSize, miniFat.sectors);
  const miniStream = optionalChain(fat, bytes.readUInt32LE(entries[0] + 0x74), sectorCount);
  if (miniStream.problem) return `vùng khối nhỏ: ${miniStream.problem}`;
  const miniSectorCount = (miniStream.sectors.length * sectorSize) / MINI_SECTOR_SIZE;

  const reachable = reachableEntries(cfb);
  if (typeof reachable === 'string') return reachable;
  for (const at of reachable) {
    if (bytes[at + 0x42] !== STREAM) continue;
    const size = bytes.readUInt32LE(at + 0x78);
    if (size === 0) continue;
    const start = bytes.readUInt32LE(at + 0x74);
    const walked = size < MINI_STREAM_CUTOFF ? followChain(miniTable, start, miniSectorCount) : followChain(fat, start, sectorCount);
    if (walked.problem) return `dữ liệu trong tệp: ${walked.problem}`;
  }
  return null;
}

/** A chain that may be absent altogether (no mini FAT, no mini stream). */
function optionalChain(table: number[], start: number, limit: number): SectorChain {
  return start === NONE ? { sectors: [], problem: null } : followChain(table, start, limit);
}

/** The entries reached from the root through child and sibling links, each at most once, or why not. */
function reachableEntries({ bytes, entries }: CfbLayout): number[] | string {
  const seen = new Set<number>();
  const pending = [0];
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (index === NONE) continue;
    if (index >= entries.length) return 'thư mục trỏ ra ngoài tệp';
    if (seen.has(index)) return 'thư mục bị vòng';
    seen.add(index);
    const at = entries[index];
    pending.push(bytes.readUInt32LE(at + 0x44), bytes.readUInt32LE(at + 0x48), bytes.readUInt32LE(at + 0x4c));
  }
  return [...seen].map((index) => entries[index]);
}
