/**
 * A minimal but valid OLE compound file with the given stream names (empty streams):
 * enough to stand for a password-protected .xlsx (EncryptionInfo + EncryptedPackage),
 * a legacy .xls (Workbook), a .doc (WordDocument) or an Outlook .msg.
 */
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export function buildCfb(streamNames: string[]): Buffer {
  const entries = ['Root Entry', ...streamNames];
  const dirSectors = Math.ceil(entries.length / 4);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  header.fill(0xff, 0x4c);
  header.writeUInt32LE(0, 0x4c);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  for (let i = 0; i < dirSectors; i++) fat.writeUInt32LE(i === dirSectors - 1 ? END_OF_CHAIN : i + 2, (i + 1) * 4);

  const dir = Buffer.alloc(dirSectors * SECTOR);
  entries.forEach((name, i) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    dir[at + 0x42] = i === 0 ? 5 : 2;
    dir[at + 0x43] = 1;
    // Siblings chained to the right: a degenerate but valid red-black tree.
    dir.writeUInt32LE(NO_STREAM, at + 0x44);
    dir.writeUInt32LE(i > 0 && i < entries.length - 1 ? i + 1 : NO_STREAM, at + 0x48);
    dir.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : NO_STREAM, at + 0x4c);
    dir.writeUInt32LE(END_OF_CHAIN, at + 0x74);
  });
  for (let i = entries.length; i < dirSectors * 4; i++) {
    dir.writeUInt32LE(NO_STREAM, i * 128 + 0x44);
    dir.writeUInt32LE(NO_STREAM, i * 128 + 0x48);
    dir.writeUInt32LE(NO_STREAM, i * 128 + 0x4c);
  }
  return Buffer.concat([header, fat, dir]);
}
