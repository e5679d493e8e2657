/**
 * Checks the sector chains and the directory tree of an Outlook .msg (a compound file)
 * before msgreader walks them: msgreader follows chains and sibling links until it meets an
 * end marker, so one looping chain in a damaged file would freeze the app and eat memory.
 * Every walk here is bounded by the file's own size.
 */

const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT_SLOTS = 109;
const DIRECTORY_ENTRY_SIZE = 128;
const MINI_STREAM_CUTOFF = 4096;
const MINI_SECTOR_SIZE = 64;

/** Why the structure cannot be walked safely, or null when it can. */
export function msgStructureProblem(bytes: Buffer): string | null {
  if (bytes.length < 512) return 'tệp quá ngắn';
  const sectorShift = bytes.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return 'kích thước khối không hợp lệ';
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil((bytes.length - 512) / sectorSize);
  const sectorAt = (id: number): number => 512 + id * sectorSize;

  const fatSectors = fatSectorIds(bytes, sectorSize, sectorCount);
  if (typeof fatSectors === 'string') return fatSectors;
  const fat = readTable(bytes, fatSectors.map(sectorAt), sectorSize);

  const directory = chain(fat, bytes.readUInt32LE(0x30), sectorCount);
  if (typeof directory === 'string') return `thư mục trong tệp: ${directory}`;
  const entries = directory.flatMap((id) =>
    Array.from({ length: sectorSize / DIRECTORY_ENTRY_SIZE }, (_, i) => sectorAt(id) + i * DIRECTORY_ENTRY_SIZE),
  ).filter((at) => at + DIRECTORY_ENTRY_SIZE <= bytes.length);
  if (entries.length === 0) return 'không có thư mục';

  const miniFat = chain(fat, bytes.readUInt32LE(0x3c), sectorCount, true);
  if (typeof miniFat === 'string') return `bảng khối nhỏ: ${miniFat}`;
  const miniTable = readTable(bytes, miniFat.map(sectorAt), sectorSize);
  const rootStart = bytes.readUInt32LE(entries[0] + 0x74);
  const miniStream = chain(fat, rootStart, sectorCount, true);
  if (typeof miniStream === 'string') return `vùng khối nhỏ: ${miniStream}`;
  const miniSectorCount = (miniStream.length * sectorSize) / MINI_SECTOR_SIZE;

  const reachable = reachableEntries(bytes, entries);
  if (typeof reachable === 'string') return reachable;
  for (const at of reachable) {
    if (bytes[at + 0x42] !== 2) continue;
    const size = bytes.readUInt32LE(at + 0x78);
    if (size === 0) continue;
    const start = bytes.readUInt32LE(at + 0x74);
    const walked = size < MINI_STREAM_CUTOFF ? chain(miniTable, start, miniSectorCount) : chain(fat, start, sectorCount);
    if (typeof walked === 'string') return `dữ liệu trong tệp: ${walked}`;
  }
  return null;
}

function fatSectorIds(bytes: Buffer, sectorSize: number, sectorCount: number): number[] | string {
  const declared = bytes.readUInt32LE(0x2c);
  if (declared > sectorCount) return 'bảng khối khai báo lớn hơn tệp';
  const ids: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_SLOTS && ids.length < declared; i++) ids.push(bytes.readUInt32LE(0x4c + i * 4));
  const seen = new Set<number>();
  for (let difat = bytes.readUInt32LE(0x44); ids.length < declared; ) {
    if (difat >= sectorCount || seen.has(difat)) return 'chuỗi bảng khối bị vòng hoặc đứt';
    seen.add(difat);
    const start = 512 + difat * sectorSize;
    for (let i = 0; i < sectorSize / 4 - 1 && ids.length < declared; i++) ids.push(bytes.readUInt32LE(start + i * 4));
    difat = bytes.readUInt32LE(start + sectorSize - 4);
  }
  return ids.some((id) => id >= sectorCount) ? 'bảng khối trỏ ra ngoài tệp' : ids;
}

function readTable(bytes: Buffer, starts: number[], sectorSize: number): number[] {
  const table: number[] = [];
  for (const start of starts) {
    for (let at = start; at + 4 <= Math.min(start + sectorSize, bytes.length); at += 4) table.push(bytes.readUInt32LE(at));
  }
  return table;
}

/** The sectors of a chain, or why it cannot be followed (a loop, a link out of the file, no end marker). */
function chain(table: number[], start: number, limit: number, mayBeEmpty = false): number[] | string {
  if (start === END_OF_CHAIN || (mayBeEmpty && start === NO_STREAM)) return [];
  const sectors: number[] = [];
  const seen = new Set<number>();
  for (let id = start; id !== END_OF_CHAIN; id = table[id]) {
    if (id >= limit || id >= table.length) return 'chuỗi khối trỏ ra ngoài tệp';
    if (seen.has(id)) return 'chuỗi khối bị vòng';
    seen.add(id);
    sectors.push(id);
  }
  return sectors;
}

/** The entries reached from the root through child and sibling links, each at most once, or why not. */
function reachableEntries(bytes: Buffer, entries: number[]): number[] | string {
  const seen = new Set<number>();
  const pending = [0];
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (index === NO_STREAM) continue;
    if (index >= entries.length) return 'thư mục trỏ ra ngoài tệp';
    if (seen.has(index)) return 'thư mục bị vòng';
    seen.add(index);
    const at = entries[index];
    pending.push(bytes.readUInt32LE(at + 0x44), bytes.readUInt32LE(at + 0x48), bytes.readUInt32LE(at + 0x4c));
  }
  return [...seen].map((index) => entries[index]);
}
