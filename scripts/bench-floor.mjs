/**
 * The floor the job is measured against (`npm run bench`): unzips every workbook of a folder
 * and tokenises its XML parts (every tag found and its name taken, nothing kept), the least
 * any reader must do. Prints how many workbooks and XML elements it went through.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const folder = process.argv[2];
let workbooks = 0;
let elements = 0;
for (const name of (await readdir(folder, { recursive: true })).filter((n) => n.endsWith('.xlsx')).sort()) {
  const zip = await readFile(join(folder, name));
  workbooks++;
  for (const part of xmlParts(zip)) {
    const xml = part.toString('utf8');
    for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
      const end = xml.indexOf('>', at);
      if (end < 0) break;
      const name = xml.slice(at + 1, end).split(/[\s/]/, 1)[0];
      if (name && name[0] !== '/' && name[0] !== '?' && name[0] !== '!') elements++;
      at = end;
    }
  }
}
console.log(JSON.stringify({ workbooks, elements }));

/** The XML entries of a zip, from its central directory. */
function* xmlParts(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + skip;
    if (!/\.(xml|rels)$/.test(name)) continue;
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    yield method === 8 ? inflateRawSync(raw) : raw;
  }
}
