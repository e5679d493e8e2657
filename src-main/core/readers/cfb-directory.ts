/**
 * The layout of an OLE compound file (CFB: legacy .xls/.doc, Outlook .msg, and the wrapper
 * Office puts around a password-protected .xlsx/.docx): its sector table, its directory and
 * the chains that link sectors. Only the structure is read, never stream data; the input is
 * hostile, so every walk is bounded by the file's own size and garbage gives null or a
 * stated problem instead of an exception.
 */

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const HEADER_SIZE = 512;
const HEADER_DIFAT_SLOTS = 109;
export const DIRECTORY_ENTRY_SIZE = 128;
/** Marks the last sector of a chain. */
export const END_OF_CHAIN = 0xfffffffe;
const STREAM_OR_STORAGE = new Set([1, 2, 5]);

export interface CfbLayout {
  bytes: Buffer;
  sectorSize: number;
  /** Sectors the file holds, a short last one included. */
  sectorCount: number;
  /** The sector allocation table: for each sector, the next one of its chain. */
  fat: number[];
  /** Offsets of the directory entries in directory order (entry 0 is the root). */
  entries: number[];
  /** Why the table or the directory could not be read whole (they hold what could be), or null. */
  problem: string | null;
}

export interface SectorChain {
  sectors: number[];
  /** Why the chain stops before its end marker (a loop, a link out of the file), or null. */
  problem: string | null;
}

export function isCfb(bytes: Buffer): boolean {
  return bytes.length >= HEADER_SIZE && bytes.subarray(0, 8).equals(CFB_MAGIC);
}

/** The file's sector table and directory, or null when it is not a compound file. */
export function readCfbLayout(bytes: Buffer): CfbLayout | null {
  if (!isCfb(bytes)) return null;
  const sectorShift = bytes.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil((bytes.length - HEADER_SIZE) / sectorSize);
  const fatSectors = fatSectorIds(bytes, sectorSize, sectorCount);
  const fat = readSectorTable(bytes, sectorSize, fatSectors.sectors);
  const directory = followChain(fat, bytes.readUInt32LE(0x30), sectorCount);
  const entries = directory.sectors.flatMap((id) => {
    const start = sectorStart(id, sectorSize);
    const end = Math.min(start + sectorSize, bytes.length);
    return Array.from({ length: sectorSize / DIRECTORY_ENTRY_SIZE }, (_, i) => start + i * DIRECTORY_ENTRY_SIZE).filter(
      (at) => at + DIRECTORY_ENTRY_SIZE <= end,
    );
  });
  const problem = fatSectors.problem ?? (directory.problem && `thư mục trong tệp: ${directory.problem}`);
  return { bytes, sectorSize, sectorCount, fat, entries, problem };
}

/** Byte offset of a sector. */
export function sectorStart(id: number, sectorSize: number): number {
  return HEADER_SIZE + id * sectorSize;
}

/** The 32-bit entries of a table kept in the given sectors (the FAT, the mini FAT). */
export function readSectorTable(bytes: Buffer, sectorSize: number, sectors: number[]): number[] {
  const table: number[] = [];
  for (const id of sectors) {
    const start = sectorStart(id, sectorSize);
    for (let at = start; at + 4 <= Math.min(start + sectorSize, bytes.length); at += 4) table.push(bytes.readUInt32LE(at));
  }
  return table;
}

/** The sectors of the chain from `start` in `table`, each below `limit`, each at most once. */
export function followChain(table: number[], start: number, limit: number): SectorChain {
  const sectors: number[] = [];
  const seen = new Set<number>();
  const outside: SectorChain = { sectors, problem: 'chuỗi khối trỏ ra ngoài tệp' };
  for (let id = start; id !== END_OF_CHAIN; id = table[id]) {
    if (id >= limit) return outside;
    if (seen.has(id)) return { sectors, problem: 'chuỗi khối bị vòng' };
    seen.add(id);
    sectors.push(id);
    // The sector is there but the table does not say where its chain goes on.
    if (id >= table.length) return outside;
  }
  return { sectors, problem: null };
}

/** Names of all storages and streams in the directory, or null when it cannot be read. */
export function cfbStreamNames(bytes: Buffer): string[] | null {
  const names = (readCfbLayout(bytes)?.entries ?? [])
    .map((at) => directoryEntryName(bytes, at))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names : null;
}

/** The sectors that hold the FAT: 109 listed in the header, the rest in a chain of DIFAT sectors. */
function fatSectorIds(bytes: Buffer, sectorSize: number, sectorCount: number): SectorChain {
  const declared = bytes.readUInt32LE(0x2c);
  const wanted = Math.min(declared, sectorCount);
  const ids: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_SLOTS && ids.length < wanted; i++) ids.push(bytes.readUInt32LE(0x4c + i * 4));
  const slotsPerDifat = sectorSize / 4 - 1;
  const seen = new Set<number>();
  let broken = false;
  for (let difat = bytes.readUInt32LE(0x44); ids.length < wanted; ) {
    const start = sectorStart(difat, sectorSize);
    if (difat >= sectorCount || seen.has(difat) || start + sectorSize > bytes.length) {
      broken = true;
      break;
    }
    seen.add(difat);
    for (let i = 0; i < slotsPerDifat && ids.length < wanted; i++) ids.push(bytes.readUInt32LE(start + i * 4));
    difat = bytes.readUInt32LE(start + slotsPerDifat * 4);
  }
  const outside = ids.findIndex((id) => id >= sectorCount);
  const sectors = outside < 0 ? ids : ids.slice(0, outside);
  const problem =
    declared > sectorCount
      ? 'bảng khối khai báo lớn hơn tệp'
      : broken
        ? 'chuỗi bảng khối bị vòng hoặc đứt'
        : outside >= 0
          ? 'bảng khối trỏ ra ngoài tệp'
          : null;
  return { sectors, problem };
}

function directoryEntryName(bytes: Buffer, at: number): string | null {
  const type = bytes[at + 0x42];
  const nameBytes = bytes.readUInt16LE(at + 0x40);
  if (!STREAM_OR_STORAGE.has(type) || nameBytes < 2 || nameBytes > 64 || nameBytes % 2 !== 0) return null;
  return bytes.toString('utf16le', at, at + nameBytes - 2);
}
