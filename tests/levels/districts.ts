import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures } from '../../src-main/core/model/extraction';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { composeEmail } from '../../scripts/sample/mail';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { buildProvinceForm, COUNT_COL, excelRowOf, PEOPLE_COL, SHEET } from '../cli-office/province-form';
import type { CliJson } from '../job/cli-json';
import { runCli } from '../job/run-cli';

export const template = defaultTemplate();

export interface DistrictOffice {
  code: string;
  /** As the province's registry writes it. */
  registryName: string;
  email: string;
  superiorBody: string;
  place: string;
  seed: number;
}

/** Three districts of one province, named in the registry the several ways provinces write them. */
export const OFFICES: DistrictOffice[] = [
  { code: 'CT', registryName: 'Phòng GD&ĐT huyện Châu Thành', email: 'pgd@chauthanh.bentre.edu.vn', superiorBody: 'UBND HUYỆN CHÂU THÀNH', place: 'Châu Thành', seed: 11 },
  { code: 'MCN', registryName: 'UBND huyện Mỏ Cày Nam', email: 'pgd@mocaynam.bentre.edu.vn', superiorBody: 'UBND HUYỆN MỎ CÀY NAM', place: 'Mỏ Cày Nam', seed: 12 },
  { code: 'TPBT', registryName: 'Thành phố Bến Tre', email: 'pgd@tpbentre.bentre.edu.vn', superiorBody: 'UBND THÀNH PHỐ BẾN TRE', place: 'Bến Tre', seed: 13 },
];

export interface DistrictOutputs {
  office: DistrictOffice;
  inbox: SampleInbox;
  /** What the district's own run printed (its totals, its schools' states). */
  json: CliJson;
  xlsx: Buffer;
  docx: Buffer;
}

/** A district office's settings file, as its specialist fills it in. */
function districtSettings(office: DistrictOffice): object {
  return {
    superiorBody: office.superiorBody,
    officeName: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
    place: office.place,
    docCode: 'BC-PGDĐT',
    recipientTo: 'Sở Giáo dục và Đào tạo Bến Tre',
    signer: { prefix: 'KT.', authorityTitle: 'TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: 'Trần Văn Bình' },
    distribution: ['Sở GD&ĐT (để b/c)', 'Lưu: VT'],
  };
}

/** Each district runs the app on its schools' mailbox, with its own office settings: its workbook and its Word report. */
export async function districtOutputs(dir: string): Promise<DistrictOutputs[]> {
  const out: DistrictOutputs[] = [];
  for (const office of OFFICES) {
    const home = join(dir, 'huyen', office.code);
    const inbox = await writeSampleInbox(home, template, { schools: 8, year: 2023, seed: office.seed });
    const settings = join(home, 'cai-dat.json');
    writeFileSync(settings, JSON.stringify(districtSettings(office)));
    const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--settings', settings, '--out', join(home, 'ket-qua'), '--json']);
    if (run.status !== 0) throw new Error(`${office.code}: ${run.stderr}`);
    const json = JSON.parse(run.stdout) as CliJson;
    out.push({ office, inbox, json, xlsx: readFileSync(json.outputs.xlsx), docx: readFileSync(json.outputs.docx) });
  }
  return out;
}

/** The province's registry of its districts. */
export async function provinceRegistry(file: string, more: Array<Pick<DistrictOffice, 'code' | 'registryName' | 'email'>> = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH CÁC ĐƠN VỊ BÁO CÁO – SỞ GD&ĐT BẾN TRE']);
  ws.addRow([]);
  ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Email']);
  for (const o of [...OFFICES, ...more]) ws.addRow([o.code, o.registryName, o.email]);
  await wb.xlsx.writeFile(file);
}

export const provinceSettings = {
  superiorBody: 'UBND TỈNH BẾN TRE',
  officeName: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  place: 'Bến Tre',
  docCode: 'BC-SGDĐT',
  recipientTo: 'Bộ Giáo dục và Đào tạo',
  signer: { prefix: 'KT.', authorityTitle: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Hoa' },
  distribution: ['Bộ GD&ĐT (để b/c)', 'Lưu: VT'],
};

/**
 * Each district's two files under the same names in folders of their own (the names say
 * nothing of the district), or in one email each with both attached: `sender` picks the
 * address, the registry's or one it does not know (a specialist's own mailbox).
 */
export function sendAsFiles(dir: string, districts: DistrictOutputs[]): string {
  const folder = join(dir, 'tinh-tep');
  districts.forEach((d, i) => {
    const sub = join(folder, `${i + 1}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'tong-hop-2023.xlsx'), d.xlsx);
    writeFileSync(join(sub, 'bao-cao-2023.docx'), d.docx);
  });
  return folder;
}

export async function sendAsEmails(dir: string, districts: DistrictOutputs[], sender: (d: DistrictOffice) => string): Promise<string> {
  const folder = join(dir, 'tinh-thu');
  mkdirSync(folder, { recursive: true });
  for (const [i, d] of districts.entries()) {
    const eml = await composeEmail({
      from: { name: 'Phòng Giáo dục và Đào tạo', address: sender(d.office) },
      date: new Date(Date.UTC(2023, 9, 16 + i, 2)),
      subject: 'Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2023',
      text: 'Kính gửi Sở GD&ĐT, Phòng gửi báo cáo và biểu tổng hợp.',
      attachments: [
        { filename: 'tong-hop-2023.xlsx', content: d.xlsx },
        { filename: 'bao-cao-2023.docx', content: d.docx },
      ],
    });
    writeFileSync(join(folder, `${i + 1}.eml`), eml);
  }
  return folder;
}

/** The province's own form as a district fills it by hand: its heading, its totals, and 7.1 (it held an opening ceremony). */
export async function handFilledProvinceForm(office: DistrictOffice, totals: Figures): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildProvinceForm()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell('A1').value = office.superiorBody;
  ws.getCell('A2').value = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO';
  for (const row of template.rows) {
    if (row.kind !== 'measured') continue;
    const f = row.code === '7.1' ? { value: 1 } : totals[row.code];
    const r = excelRowOf(row.code);
    if (row.measures.length === 2) {
      ws.getCell(`${COUNT_COL}${r}`).value = f?.count ?? 0;
      ws.getCell(`${PEOPLE_COL}${r}`).value = f?.people ?? 0;
    } else {
      ws.getCell(`${COUNT_COL}${r}`).value = f?.value ?? 0;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every measured row summed over the districts' own totals: what the province must print. */
export function sumOfDistricts(totals: Figures[]): Figures {
  const sum: Figures = {};
  for (const row of template.rows) {
    if (row.kind !== 'measured') continue;
    sum[row.code] = {};
    for (const m of row.measures) sum[row.code][m] = totals.reduce((s, t) => s + (t[row.code]?.[m] ?? 0), 0);
  }
  return sum;
}

/**
 * A Word report a district wrote itself: its letterhead in a borderless table, paragraphs that
 * praise schools by name (one named after a neighbouring district), and the statistics table.
 */
export async function districtWordReport(superiorBody: string, totals: Figures): Promise<Buffer> {
  const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) => new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)), ...extra });
  const letterhead = new Table({
    rows: [
      new TableRow({ children: [cell(`${superiorBody}\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO`), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc')] }),
      new TableRow({ children: [cell('Số: 215/BC-PGDĐT'), cell('Giồng Trôm, ngày 20 tháng 10 năm 2023')] }),
    ],
  });
  const restart = { verticalMerge: VerticalMergeType.RESTART };
  const cont = { verticalMerge: VerticalMergeType.CONTINUE };
  const header = [
    new TableRow({ children: [cell('STT', restart), cell('Các hoạt động', restart), cell('Đơn vị', restart), cell('Số lượng', { columnSpan: 2 }), cell('Ghi chú', restart)] }),
    new TableRow({ children: [cell('', cont), cell('', cont), cell('', cont), cell('Số lớp/số cuộc thi'), cell('Người'), cell('', cont)] }),
  ];
  const body = template.rows.map((r) => {
    const f = totals[r.code] ?? {};
    const first = r.measures.includes('count') ? f.count : f.value;
    return new TableRow({ children: [r.stt, r.label, r.unit, first ?? '', f.people ?? '', ''].map((t) => cell(String(t))) });
  });
  const doc = new Document({
    sections: [
      {
        children: [
          letterhead,
          new Paragraph('BÁO CÁO'),
          new Paragraph('Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023'),
          new Paragraph('Kính gửi: Sở Giáo dục và Đào tạo Bến Tre'),
          new Paragraph('I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ'),
          new Paragraph('Các trường Trường THCS Châu Thành, Trường Tiểu học Lương Hòa, Trường Mầm non Bình Thành tổ chức Lễ khai mạc trang trọng.'),
          new Paragraph('II. BẢNG TỔNG HỢP SỐ LIỆU'),
          new Table({ rows: [...header, ...body] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
