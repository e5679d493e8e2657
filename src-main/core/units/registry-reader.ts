/**
 * The office's unit registry (architecture.md "--units"): an Excel sheet or CSV file with
 * "Mã đơn vị", "Tên đơn vị", "Email" and optionally "Loại", "Số học sinh". Bad rows become
 * findings naming the row; only a file without such a header stops the reading.
 */
import type { Finding } from '../model/finding';
import type { SourceCell, SourceDocument, SourceTable } from '../model/source';
import type { Unit } from '../model/unit';
import { isCfb } from '../readers/cfb-directory';
import { ReadError } from '../readers/read-error';
import { readCsv, readXlsx } from '../readers/xlsx-reader';
import { looksLikeZip } from '../readers/zip-directory';
import { parseVietnameseNumber } from '../text/numbers';
import { fold } from '../text/vietnamese';
import { normaliseAddress, splitAddresses } from './email-address';
import { type RegistryColumns, findRegistryHeader } from './registry-columns';
import { makeUnitCode } from './unit-from-document';
import { type UnitType, parseUnitName, unitKey, unitTypeOf } from './unit-names';

export interface UnitRegistry {
  units: Unit[];
  findings: Finding[];
}

export async function readUnitRegistry(bytes: Buffer, fileName: string): Promise<UnitRegistry> {
  const document = await readRegistryDocument(bytes, fileName);
  let withoutEmail: SourceTable | undefined;
  for (const table of document.tables) {
    const header = findRegistryHeader(table);
    if (header && header.columns.email.length > 0) return new RegistryRows(fileName, header.columns).read(table.rows.slice(header.row + 1), table);
    if (header) withoutEmail ??= table;
  }
  if (withoutEmail) {
    // The app's own consolidated workbook has codes and names but no addresses: a table of units, not their registry.
    throw new ReadError(
      'units-no-email',
      `Tệp danh sách đơn vị ${fileName} (trang "${withoutEmail.name}") có tên đơn vị nhưng không có cột "Email": danh sách đơn vị cần các cột `
        + '"Mã đơn vị", "Tên đơn vị", "Email" (có thể thêm "Loại", "Số học sinh"). Tệp này có thể là một bảng tổng hợp chứ không phải danh sách đơn vị.',
    );
  }
  throw new ReadError(
    'units-no-header',
    `Tệp danh sách đơn vị ${fileName} không có dòng tiêu đề với các cột "Mã đơn vị", "Tên đơn vị", "Email" `
      + '(có thể thêm "Loại", "Số học sinh"): hãy thêm dòng tiêu đề này phía trên danh sách.',
  );
}

async function readRegistryDocument(bytes: Buffer, fileName: string): Promise<SourceDocument> {
  if (looksLikeZip(bytes)) return readXlsx(bytes, fileName);
  if (isCfb(bytes)) {
    throw new ReadError(
      'units-unsupported',
      `Tệp danh sách đơn vị ${fileName} là bảng tính Excel cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx hoặc .csv.`,
    );
  }
  return readCsv(bytes, fileName);
}

/** Rows under the header → units, with a finding for each row that cannot be taken as it is. */
class RegistryRows {
  private readonly units: Unit[] = [];
  private readonly findings: Finding[] = [];
  private readonly codeRow = new Map<string, number>();
  private readonly writtenCodes = new Set<string>();
  private readonly nameRow = new Map<string, { row: number; name: string }>();
  private readonly emailRow = new Map<string, { row: number; name: string }>();
  /** The type of the group heading above the current row. */
  private groupType: UnitType | undefined;

  constructor(
    private readonly fileName: string,
    private readonly columns: RegistryColumns,
  ) {}

  read(rows: SourceCell[][], table: SourceTable): UnitRegistry {
    const code = this.columns.code;
    if (code !== undefined) for (const cells of rows) if (cells[code]?.text) this.writtenCodes.add(cells[code].text.toUpperCase());
    for (const cells of rows) this.readRow(cells);
    if (this.units.length === 0) {
      this.finding('warning', 'units-empty', table.name, `Tệp danh sách đơn vị ${this.fileName} không có đơn vị nào dưới dòng tiêu đề.`);
    }
    return { units: this.units, findings: this.findings };
  }

  private readRow(cells: SourceCell[]): void {
    const get = (c: number | undefined): SourceCell | undefined => (c === undefined ? undefined : cells[c]);
    const [codeCell, nameCell, typeCell, studentsCell] = [
      get(this.columns.code), get(this.columns.name), get(this.columns.type), get(this.columns.students),
    ];
    const emailCells = this.columns.email.map(get).filter((c): c is SourceCell => !!c?.text);
    if (emailCells.length === 0 && [codeCell, nameCell, typeCell, studentsCell].every((c) => !c?.text)) return;
    const row = rowNumber(cells);
    const name = nameCell?.text ?? '';
    // A totals row is never a unit, whatever its other cells say ("Tổng cộng" merged over the code and name).
    const total = [nameCell, codeCell].find((c) => c?.text && isTotalLabel(c.text));
    if (total) {
      this.rowFinding('info', 'unit-total-row', total, row, `"${total.text}" là dòng tổng, không phải đơn vị; bỏ qua.`);
      return;
    }
    if (!codeCell?.text && emailCells.length === 0 && this.isGroupHeading(name)) return;
    if (!name) {
      this.rowFinding('warning', 'unit-missing-name', nameCell ?? cells[0], row, `thiếu tên đơn vị${codeCell?.text ? ` (mã "${codeCell.text}")` : ''}; dòng này bị bỏ qua.`);
      return;
    }
    const type = this.typeOf(typeCell, row) ?? (parseUnitName(name).type ? undefined : this.groupType);
    const code = this.codeOf(codeCell, name, row, cells[0]);
    if (code === null) return;
    const unit: Unit = { code, name, emails: this.emailsOf(emailCells, row, name), ...(type ? { type } : {}) };
    const students = this.studentsOf(studentsCell, row);
    if (students !== undefined) unit.students = students;
    this.checkSameName(unit, row, nameCell ?? cells[0]);
    this.units.push(unit);
  }

  /** A group heading ("I. KHỐI MẦM NON"): the rows under it take its type when their names lack one. */
  private isGroupHeading(name: string): boolean {
    const heading = groupHeadingType(name);
    if (heading) this.groupType = heading;
    return heading !== undefined;
  }

  private codeOf(cell: SourceCell | undefined, name: string, row: number, rowStart: SourceCell): string | null {
    const written = cell?.text ?? '';
    if (!written) {
      // A made code must not take a code written further down the list.
      const made = makeUnitCode(name, new Set([...this.codeRow.keys(), ...this.writtenCodes]));
      this.codeRow.set(made.toUpperCase(), row);
      this.rowFinding('info', 'unit-missing-code', cell ?? rowStart, row, `thiếu mã đơn vị cho "${name}"; dùng mã tự tạo "${made}".`);
      return made;
    }
    const earlier = this.codeRow.get(written.toUpperCase());
    if (earlier !== undefined) {
      this.rowFinding('error', 'unit-duplicate-code', cell ?? rowStart, row, `mã đơn vị "${written}" trùng với dòng ${earlier}; dòng này bị bỏ qua.`);
      return null;
    }
    this.codeRow.set(written.toUpperCase(), row);
    return written;
  }

  private emailsOf(cells: SourceCell[], row: number, name: string): string[] {
    const emails: string[] = [];
    for (const cell of cells) {
      for (const piece of splitAddresses(cell.text)) {
        const address = normaliseAddress(piece);
        if (!address) {
          this.rowFinding('warning', 'unit-bad-email', cell, row, `địa chỉ email "${piece}" không hợp lệ, bỏ qua.`);
          continue;
        }
        if (emails.includes(address)) continue;
        const earlier = this.emailRow.get(address);
        if (earlier) {
          this.rowFinding('warning', 'unit-shared-email', cell, row,
            `địa chỉ ${address} cũng là của "${earlier.name}" (dòng ${earlier.row}); tệp gửi từ địa chỉ này sẽ được nhận theo nội dung và tên tệp.`);
        } else this.emailRow.set(address, { row, name });
        emails.push(address);
      }
    }
    return emails;
  }

  private typeOf(cell: SourceCell | undefined, row: number): string | undefined {
    const written = cell?.text ?? '';
    if (!written) return undefined;
    const type = unitTypeOf(written);
    if (type) return type;
    this.rowFinding('warning', 'unit-unknown-type', cell, row, `không rõ loại đơn vị "${written}" (MN, TH, THCS, TH&THCS, TTGDTX, TTGDNN-GDTX, TTHTCĐ); giữ nguyên như đã ghi.`);
    return written;
  }

  private studentsOf(cell: SourceCell | undefined, row: number): number | undefined {
    if (!cell?.text) return undefined;
    const parsed = cell.num !== undefined ? { ok: true as const, value: cell.num } : parseVietnameseNumber(cell.text);
    if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 0 && !('partial' in parsed && parsed.partial)) return parsed.value;
    this.rowFinding('warning', 'unit-bad-students', cell, row, `số học sinh "${cell.text}" không phải là một số nguyên không âm; bỏ qua.`);
    return undefined;
  }

  /** Two rows that name one unit (however spelled) cannot be told apart by name. */
  private checkSameName(unit: Unit, row: number, cell: SourceCell): void {
    const key = unitKey(unit);
    const earlier = this.nameRow.get(key);
    if (earlier) {
      this.rowFinding('warning', 'unit-duplicate-name', cell, row,
        `"${unit.name}" trùng tên với "${earlier.name}" (dòng ${earlier.row}); tệp của hai đơn vị này không nhận ra được theo tên.`);
    } else this.nameRow.set(key, { row, name: unit.name });
  }

  private rowFinding(severity: Finding['severity'], rule: string, cell: SourceCell | undefined, row: number, text: string): void {
    this.finding(severity, rule, cell?.where ?? null, `Dòng ${row}: ${text} (tệp ${this.fileName})`);
  }

  private finding(severity: Finding['severity'], rule: string, where: string | null, message: string): void {
    this.findings.push({ severity, rule, where, message });
  }
}

/**
 * "Tổng cộng", "Cộng:", "Tổng số (toàn huyện)", "Tổng cộng (các đơn vị đã tiếp nhận)"; not
 * "Cộng đồng …" or "Tổng đội …", which start a name.
 */
function isTotalLabel(text: string): boolean {
  return /^(tong cong|tong so|tong|cong)( (toan|cac|chung|\d)\b.*)?$/.test(fold(text));
}

/** "I. KHỐI MẦM NON", "Cấp Tiểu học", "2. THCS" → the type it heads; a unit's name → undefined. */
function groupHeadingType(name: string): UnitType | undefined {
  const words = fold(name).split(' ').filter(Boolean);
  const start = words.findIndex((w) => !/^([ivx]+|\d+|[a-h])$/.test(w) && !GROUP_WORDS.has(w));
  return start < 0 ? undefined : unitTypeOf(words.slice(start).join(' '));
}

const GROUP_WORDS = new Set(['khoi', 'cap', 'bac', 'nganh', 'cac', 'truong', 'don', 'vi']);

/** The row's number as the specialist sees it in the file ("Sheet1!A7" → 7). */
function rowNumber(cells: SourceCell[]): number {
  return Number(/(\d+)$/.exec(cells[0]?.where ?? '')?.[1] ?? 0);
}
