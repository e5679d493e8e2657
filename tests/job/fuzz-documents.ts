/**
 * Random and mutated school documents from a seed: real .xlsx, .docx, .csv, .eml and .zip
 * files whose labels, numbers, shapes and encodings are drawn from what breaks readers
 * (names of Object.prototype members, empty and very long text, NFD, "1.500.000", "1,5",
 * "-", NaN-ish words, odd charsets), and broken copies of them (cut short, bytes flipped).
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import MailComposer from 'nodemailer/lib/mail-composer';
import { sampleFigures } from '../../scripts/sample/figures';
import { int, pick } from '../../scripts/sample/random';
import type { SampleSchool } from '../../scripts/sample/schools';
import { schoolWorkbook } from '../../scripts/sample/school-workbook';
import type { Template } from '../../src-main/core/model/template';

type Rand = () => number;

export const PROTOTYPE_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

const NUMBERS = [
  '1.500.000', '1,5', '-', '–', 'NaN', 'Infinity', '-Infinity', '1e309', 'undefined', 'null', '12 người', '3 lớp/120 người',
  '1.5.5', '１２３', '0', '-5', '  ', '', '1,500', '2.000 đ', '1,5 triệu', '1 tỷ 200 triệu', '10%', '=A1+B1', 'x', '١٢',
  '999999999999999999999', '0x1F', '1_000', '½', '12 constructor', '5 toString',
];

function label(rand: Rand, template: Template): string {
  const real = pick(rand, template.rows).label;
  switch (int(rand, 0, 9)) {
    case 0: return pick(rand, PROTOTYPE_WORDS);
    case 1: return '';
    case 2: return 'Số người tham gia '.repeat(int(rand, 50, 400));
    case 3: return real.normalize('NFD');
    case 4: return `${real} ${pick(rand, PROTOTYPE_WORDS)}`;
    case 5: return real.toUpperCase();
    case 7: return `${pick(rand, PROTOTYPE_WORDS)} ${real.toLowerCase()}`;
    case 6: return String.fromCodePoint(...Array.from({ length: int(rand, 1, 30) }, () => int(rand, 0x20, 0x2fff)));
    default: return real;
  }
}

function cellValue(rand: Rand): ExcelJS.CellValue {
  switch (int(rand, 0, 7)) {
    case 0: return int(rand, 0, 5000);
    case 1: return pick(rand, [Number.MAX_VALUE, -0, 0.1 + 0.2, 2 ** 60, -1, 1e-9]);
    case 2: return null;
    case 3: return { formula: 'SUM(D1:D3)', result: int(rand, 0, 99) };
    case 4: return { richText: [{ text: pick(rand, NUMBERS) }, { text: pick(rand, PROTOTYPE_WORDS) }] };
    default: return pick(rand, NUMBERS);
  }
}

const HEADERS = ['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', 'Người', 'Ghi chú', 'Số lớp/số cuộc thi', 'constructor', '', 'Tổng cộng'];

/** A workbook shaped more or less like the province's table, anywhere on the sheet, on several sheets. */
export async function randomWorkbook(rand: Rand, template: Template, school: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheets = int(rand, 1, 3);
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(s === 0 ? pick(rand, ['Biểu mẫu', '__proto__', 'constructor', 'Sheet1', 'Số liệu']) : `Trang ${s + 1}`);
    const top = int(rand, 1, 12);
    const left = int(rand, 1, 6);
    ws.getCell(1, 1).value = school;
    const width = int(rand, 2, 7);
    for (let c = 0; c < width; c++) ws.getCell(top, left + c).value = pick(rand, HEADERS);
    if (rand() < 0.3 && width > 3) ws.mergeCells(top, left + 3, top, left + 4);
    const rows = int(rand, 0, template.rows.length + 10);
    for (let r = 1; r <= rows; r++) {
      const row = template.rows[r - 1];
      ws.getCell(top + r, left).value = row && rand() < 0.7 ? row.stt : pick(rand, NUMBERS);
      ws.getCell(top + r, left + 1).value = row && rand() < 0.6 ? row.label : label(rand, template);
      for (let c = 2; c < width; c++) ws.getCell(top + r, left + c).value = cellValue(rand);
    }
    if (rand() < 0.2 && rows > 4) ws.mergeCells(top + 2, left + 1, top + 3, left + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A school's real workbook (the template's table as schools fill it) with some labels, units
 * and numbers replaced: the table is found, so every stage after reading meets the odd text.
 */
export async function mutatedSchoolWorkbook(rand: Rand, template: Template, school: SampleSchool): Promise<Buffer> {
  const style = { startRow: int(rand, 4, 9), startCol: int(rand, 1, 3), nfd: rand() < 0.3, numbersAsText: rand() < 0.5, numberedSubRows: rand() < 0.5 };
  const bytes = await schoolWorkbook(school, template, sampleFigures(template, rand, school.students), 2023, style);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const first = style.startRow + 2;
  for (let r = first; r < first + template.rows.length; r++) {
    if (rand() < 0.25) ws.getCell(r, style.startCol + 1).value = label(rand, template);
    if (rand() < 0.15) ws.getCell(r, style.startCol + 2).value = pick(rand, [...PROTOTYPE_WORDS, '', 'người', 'constructor/người']);
    for (let c = 3; c <= 5; c++) if (rand() < 0.15) ws.getCell(r, style.startCol + c).value = cellValue(rand);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A Word report: random paragraphs and a random table, some of it in a legacy font. */
export async function randomWordReport(rand: Rand, template: Template, school: string): Promise<Buffer> {
  const text = (t: string) => new Paragraph({ children: [new TextRun({ text: t, font: pick(rand, ['Times New Roman', '.VnTime', 'VNI-Times']) })] });
  const cell = (t: string) => new TableCell({ children: [text(t)] });
  const width = int(rand, 1, 6);
  const rows = Array.from({ length: int(rand, 1, 25) }, () => new TableRow({ children: Array.from({ length: width }, () => cell(rand() < 0.5 ? label(rand, template) : pick(rand, NUMBERS))) }));
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: school, bold: true })] }),
    ...Array.from({ length: int(rand, 0, 8) }, () => text(rand() < 0.5 ? label(rand, template) : pick(rand, ['I. KẾT QUẢ', '__proto__', 'Tuần lễ từ 02/10/2023 đến 08/10/2023', '']))),
    new Table({ rows }),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le', 'windows1258', 'latin1'] as const;

/** A CSV in a random encoding and separator. */
export function randomCsv(rand: Rand, template: Template): Buffer {
  const sep = pick(rand, [',', ';', '\t']);
  const lines = [['STT', 'Các hoạt động', 'Đơn vị', 'Số lượng', 'Người'].join(sep)];
  for (let r = 0; r < int(rand, 0, 40); r++) {
    lines.push([String(r), label(rand, template).replaceAll(sep, ' '), pick(rand, ['người', 'lớp', '']), pick(rand, NUMBERS), pick(rand, NUMBERS)].join(sep));
  }
  const text = lines.join('\r\n');
  const encoding = pick(rand, ENCODINGS);
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return iconv.encode(text, encoding);
}

/** An email from a random sender with random attachments, some of them nameless or oddly named. */
export async function randomEmail(rand: Rand, attachments: Array<{ name: string; bytes: Buffer }>): Promise<Buffer> {
  const local = pick(rand, [...PROTOTYPE_WORDS, 'thlienchau', 'c1.so1', '']);
  return new MailComposer({
    from: rand() < 0.8 ? `"${pick(rand, [...PROTOTYPE_WORDS, 'Trường TH Liên Châu'])}" <${local || 'x'}@thanhoai.edu.vn>` : undefined,
    to: 'phonggd@thanhoai.edu.vn',
    subject: rand() < 0.8 ? pick(rand, ['Báo cáo Tuần lễ 2023', '__proto__', 'constructor', '', 'Re: Fwd: báo cáo'.normalize('NFD')]) : undefined,
    date: rand() < 0.7 ? new Date(Date.UTC(2023, 9, int(rand, 1, 30), int(rand, 0, 23))) : undefined,
    text: rand() < 0.5 ? 'Kính gửi Phòng GD&ĐT' : undefined,
    html: rand() < 0.3 ? '<p>Kính gửi</p>' : undefined,
    textEncoding: pick(rand, ['base64', 'quoted-printable'] as const),
    attachments: attachments.map((a) => ({
      filename: rand() < 0.85 ? a.name : undefined,
      content: a.bytes,
      contentType: rand() < 0.2 ? pick(rand, ['application/octet-stream', 'text/plain', 'constructor/__proto__']) : undefined,
    })),
  }).compile().build();
}

export async function zipOf(rand: Rand, files: Array<{ name: string; bytes: Buffer }>): Promise<Buffer> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes, { compression: rand() < 0.5 ? 'STORE' : 'DEFLATE' });
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A broken copy: cut short, bytes flipped, or junk in the middle. */
export function mutate(rand: Rand, bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  switch (int(rand, 0, 2)) {
    case 0: return copy.subarray(0, int(rand, 0, copy.length));
    case 1:
      for (let k = 0; k < int(rand, 1, 40); k++) copy[int(rand, 0, copy.length - 1)] = int(rand, 0, 255);
      return copy;
    default: {
      const at = int(rand, 0, copy.length);
      return Buffer.concat([copy.subarray(0, at), Buffer.from(Array.from({ length: int(rand, 1, 500) }, () => int(rand, 0, 255))), copy.subarray(at)]);
    }
  }
}
