import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { campaignForYear } from '../../src-main/core/campaign';
import { readReceived } from '../../src-main/core/job/read-received';
import { expandInputs } from '../../src-main/core/readers/expand-input';
import { findLibreOffice } from '../../src-main/core/readers/legacy-office';
import { sniffKind } from '../../src-main/core/readers/sniff';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { sampleFigures } from '../../scripts/sample/figures';
import { saveAsLegacy } from '../../scripts/sample/legacy-inbox';
import { seededRandom } from '../../scripts/sample/random';
import { registryWorkbook } from '../../scripts/sample/registry';
import { schoolReportDocx } from '../../scripts/sample/school-report-docx';
import { schoolWorkbook } from '../../scripts/sample/school-workbook';
import type { CliJson } from '../job/cli-json';
import { runCli } from '../job/run-cli';

const template = defaultTemplate();
const lienChau = { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', short: 'TH Liên Châu', type: 'TH', email: 'thlienchau@thanhoai.edu.vn', students: 600 };
const cuKhe = { code: 'THCS-CK', name: 'Trường THCS Cự Khê', short: 'THCS Cự Khê', type: 'THCS', email: 'thcscukhe@thanhoai.edu.vn', students: 450 };
const style = { startRow: 4, startCol: 1, nfd: false, numbersAsText: false, numberedSubRows: false };

/** A zip written the way each format's own program writes it (ODF/EPUB: "mimetype" first and stored). */
async function pack(parts: Array<[name: string, content: string]>, mimetype?: string): Promise<Buffer> {
  const zip = new JSZip();
  if (mimetype) zip.file('mimetype', mimetype, { compression: 'STORE' });
  for (const [name, content] of parts) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const CONTENT_TYPES = (main: string, type: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${main}" ContentType="${type}"/></Types>`;

const others = async (): Promise<Array<[name: string, bytes: Buffer, kind: string]>> => [
  ['Trình chiếu Tuần lễ.pptx', await pack([['[Content_Types].xml', CONTENT_TYPES('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml')], ['ppt/presentation.xml', '<p:presentation/>'], ['ppt/slides/slide1.xml', '<p:sld/>']]), 'pptx'],
  ['Biểu nhị phân.xlsb', await pack([['[Content_Types].xml', CONTENT_TYPES('xl/workbook.bin', 'application/vnd.ms-excel.sheet.binary.macroEnabled.main')], ['xl/workbook.bin', '\u0000\u0001'], ['xl/worksheets/sheet1.bin', '\u0000']]), 'xlsb'],
  ['Sách hay.epub', await pack([['META-INF/container.xml', '<container/>'], ['OEBPS/content.opf', '<package/>']], 'application/epub+zip'), 'epub'],
  ['Sơ đồ.odg', await pack([['content.xml', '<office:document-content/>'], ['META-INF/manifest.xml', '<manifest:manifest/>']], 'application/vnd.oasis.opendocument.graphics'), 'odg'],
  ['Trình chiếu.odp', await pack([['content.xml', '<office:document-content/>'], ['META-INF/manifest.xml', '<manifest:manifest/>']], 'application/vnd.oasis.opendocument.presentation'), 'odp'],
  ['phan-mem.jar', await pack([['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\n'], ['vn/edu/App.class', '\u00ca\u00fe\u00ba\u00be']]), 'app-package'],
  ['ung-dung.apk', await pack([['AndroidManifest.xml', '\u0003\u0000'], ['classes.dex', 'dex\n035']]), 'app-package'],
  // Part names of its own: the main part type declared in [Content_Types].xml decides.
  ['Bài giảng.pptx', await pack([['[Content_Types].xml', CONTENT_TYPES('bai-giang/trinh-chieu.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml')], ['bai-giang/trinh-chieu.xml', '<p:presentation/>']]), 'pptx'],
  ['Sơ đồ tổ chức.vsdx', await pack([['[Content_Types].xml', CONTENT_TYPES('visio/document.xml', 'application/vnd.ms-visio.drawing.main+xml')], ['visio/document.xml', '<VisioDocument/>']]), 'ooxml-other'],
  // Named like an archive: the content decides.
  ['bao-cao.zip', await pack([['content.xml', '<office:document-content/>'], ['META-INF/manifest.xml', '<manifest:manifest/>']], 'application/vnd.oasis.opendocument.presentation'), 'odp'],
];

describe('zip-based formats that are one document, not an archive of files', () => {
  it('are told by their content, whatever their name', async () => {
    for (const [name, bytes, kind] of await others()) expect(await sniffKind(bytes, name), name).toBe(kind);
    const ods = await pack([['content.xml', '<office:document-content/>'], ['META-INF/manifest.xml', '<manifest:manifest/>']], 'application/vnd.oasis.opendocument.spreadsheet');
    expect(await sniffKind(ods, 'Biểu mẫu.xlsx')).toBe('ods');
    expect(await sniffKind(ods, 'tep-dinh-kem-1.bin')).toBe('ods');
  });

  it('are each one file with a Vietnamese reason, never expanded into their parts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-formats-'));
    try {
      for (const [name, bytes] of await others()) writeFileSync(join(dir, name), bytes);
      const { files, problems } = await expandInputs([dir]);
      expect(problems).toEqual([]);
      expect(files.map((f) => f.name).sort()).toEqual((await others()).map(([n]) => n).sort());
      for (const file of files) {
        const outcome = await readReceived(file);
        expect(outcome.status, file.name).toBe('unreadable');
        expect(outcome.findings).toHaveLength(1);
        expect(outcome.findings[0].message).toMatch(new RegExp(`^Tệp ${file.name.replace('.', '\\.')} là .*không phải báo cáo Word hay Excel`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('OpenDocument spreadsheets and texts', () => {
    const path = process.env.PATH;
    afterEach(() => {
      process.env.PATH = path;
    });

    it.skipIf(process.platform !== 'linux')('without LibreOffice: one file each, asking for .xlsx/.docx', async () => {
      process.env.PATH = '';
      const ods = await pack([['content.xml', '<office:document-content/>'], ['META-INF/manifest.xml', '<manifest:manifest/>']], 'application/vnd.oasis.opendocument.spreadsheet');
      const outcome = await readReceived({ name: 'Biểu TH Liên Châu.ods', origin: 'Biểu TH Liên Châu.ods', bytes: ods });
      expect(outcome.status).toBe('unreadable');
      expect(outcome.findings[0].message).toMatch(/^Tệp Biểu TH Liên Châu\.ods là định dạng bảng tính OpenDocument \(\.ods\).*gửi lại tệp \.xlsx.*cài LibreOffice/);
    });
  });
});

describe.skipIf(findLibreOffice() === null)('an inbox with .ods and .odt reports, through the command line', () => {
  let dir: string;
  let inbox: string;
  let registry: string;
  const figures = new Map([[lienChau.code, sampleFigures(template, seededRandom(11), lienChau.students)], [cuKhe.code, sampleFigures(template, seededRandom(12), cuKhe.students)]]);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'odf-inbox-'));
    const modern = join(dir, 'ban-moi');
    inbox = join(dir, 'hop-thu');
    mkdirSync(modern);
    mkdirSync(inbox);
    writeFileSync(join(modern, 'BC TH Liên Châu.xlsx'), await schoolWorkbook(lienChau, template, figures.get(lienChau.code)!, 2023, style));
    writeFileSync(join(modern, 'BC THCS Cự Khê.docx'), await schoolReportDocx(cuKhe, template, figures.get(cuKhe.code)!, campaignForYear(2023), { withTable: true, renumbered: false, nfd: false }));
    saveAsLegacy(modern, inbox, [['xlsx', 'ods'], ['docx', 'odt']]);
    // A school that named its OpenDocument spreadsheet .xlsx: read all the same.
    renameSync(join(inbox, 'BC TH Liên Châu.ods'), join(inbox, 'BC TH Liên Châu.xlsx'));
    for (const [name, bytes] of (await others()).slice(0, 2)) writeFileSync(join(inbox, name), bytes);
    registry = join(dir, 'danh-sach.xlsx');
    writeFileSync(registry, await registryWorkbook([lienChau, cuKhe]));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads them like the old formats, counts their numbers, and lists no inner part as a file', () => {
    expect(readFileSync(join(inbox, 'BC THCS Cự Khê.odt')).subarray(30, 38).toString()).toBe('mimetype');
    const run = runCli(['consolidate', inbox, '--units', registry, '--out', join(dir, 'ket-qua'), '--year', '2023', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as CliJson;
    expect(json.units.map((u) => [u.code, u.status])).toEqual([[lienChau.code, 'accepted'], [cuKhe.code, 'accepted']]);
    const people = (code: string) => figures.get(code)!['1.0']?.people ?? 0;
    expect(json.totals['1.0'].people).toBe(people(lienChau.code) + people(cuKhe.code));
    const files = [...json.findings.map((f) => f.file), ...json.unidentified.map((u) => u.file)];
    expect(files.filter((f) => /mimetype|content\.xml|manifest\.xml|styles\.xml|meta\.xml|\.xml$/.test(f))).toEqual([]);
    const refused = json.unidentified.map((u) => u.file).concat(json.findings.map((f) => f.file)).filter((f) => /\.(pptx|xlsb)$/.test(f));
    expect(new Set(refused)).toEqual(new Set(['hop-thu/Trình chiếu Tuần lễ.pptx', 'hop-thu/Biểu nhị phân.xlsb']));
  });
});
