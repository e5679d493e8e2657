/**
 * Stream names of an OLE compound file (CFB: legacy .xls/.doc, Outlook .msg, and the
 * wrapper Office puts around a password-protected .xlsx/.docx). Only the directory is
 * read, never stream data; the input is hostile, so every loop is bounded and garbage
 * gives null instead of an exception.
 */

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const HEADER_DIFAT_SLOTS = 109;
const DIRECTORY_ENTRY_SIZE = 128;
/** Sector ids at or above this value are markers (end of chain, free, FAT/DIFAT sector). */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const STREAM_OR_STORAGE = new Set([1, 2, 5]);

export function isCfb(bytes: Buffer): boolean {
  return bytes.length >= 512 && bytes.subarray(0, 8).equals(CFB_MAGIC);
}

/** Names of all storages and streams in the directory, or null when it cannot be read. */
export function cfbStreamNames(bytes: Buffer): string[] | null {
  if (!isCfb(bytes)) return null;
  const sectorShift = bytes.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize) + 1;
  const sectorOffset = (id: number): number | null => {
    const start = 512 + id * sectorSize;
    // The last sector of a file may be short; a missing one makes the file unreadable.
    return id < MAX_REGULAR_SECTOR && start < bytes.length ? start : null;
  };
  const fat = readFat(bytes, sectorSize, sectorCount, sectorOffset);
  const names: string[] = [];
  const seen = new Set<number>();
  let sector = bytes.readUInt32LE(0x30);
  while (sector < MAX_REGULAR_SECTOR && !seen.has(sector) && seen.size <= sectorCount) {
    seen.add(sector);
    const start = sectorOffset(sector);
    if (start === null) break;
    for (let at = start; at + DIRECTORY_ENTRY_SIZE <= Math.min(start + sectorSize, bytes.length); at += DIRECTORY_ENTRY_SIZE) {
      const name = directoryEntryName(bytes, at);
      if (name !== null) names.push(name);
    }
    sector = sector < fat.length ? fat[sector] : MAX_REGULAR_SECTOR;
  }
  return names.length > 0 ? names : null;
}

function readFat(
  bytes: Buffer,
  sectorSize: number,
  sectorCount: number,
  sectorOffset: (id: number) => number | null,
): number[] {
  const fatSectorIds: number[] = [];
  const declaredFatSectors = Math.min(bytes.readUInt32LE(0x2c), sectorCount);
  for (let i = 0; i < HEADER_DIFAT_SLOTS && fatSectorIds.length < declaredFatSectors; i++) {
    fatSectorIds.push(bytes.readUInt32LE(0x4c + i * 4));
  }
  // Big files continue the FAT sector list in a chain of DIFAT sectors.
  const slotsPerDifat = sectorSize / 4 - 1;
  let difat = bytes.readUInt32LE(0x44);
  const seen = new Set<number>();
  while (fatSectorIds.length < declaredFatSectors && difat < MAX_REGULAR_SECTOR && !seen.has(difat)) {
    seen.add(difat);
    const start = sectorOffset(difat);
    if (start === null || start + sectorSize > bytes.length) break;
    for (let i = 0; i < slotsPerDifat && fatSectorIds.length < declaredFatSectors; i++) {
      fatSectorIds.push(bytes.readUInt32LE(start + i * 4));
    }
    difat = bytes.readUInt32LE(start + slotsPerDifat * 4);
  }
  const fat: number[] = [];
  for (const id of fatSectorIds) {
    const start = sectorOffset(id);
    if (start === null) break;
    for (let at = start; at + 4 <= Math.min(start + sectorSize, bytes.length); at += 4) {
      fat.push(bytes.readUInt32LE(at));
    }
  }
  return fat;
}

function directoryEntryName(bytes: Buffer, at: number): string | null {
  const type = bytes[at + 0x42];
  const nameBytes = bytes.readUInt16LE(at + 0x40);
  if (!STREAM_OR_STORAGE.has(type) || nameBytes < 2 || nameBytes > 64 || nameBytes % 2 !== 0) return null;
  return bytes.toString('utf16le', at, at + nameBytes - 2);
}
