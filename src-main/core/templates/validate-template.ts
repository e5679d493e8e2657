import { measureColumns, type Template, type TemplateList, type TemplateRow, type TemplateRule } from '../model/template';

/** One thing wrong with a template, where the editor can mark it. */
export interface TemplateProblem {
  /** "rows.3.code", "rules.0.of", "lists.0.sortBy": the field, as the editor names it. */
  path: string;
  message: string;
}

/** "Dòng thứ 5 (mã 1.3)": rows are named by their place in the table and their code. */
function rowName(row: TemplateRow, index: number): string {
  return row.code ? `Dòng thứ ${index + 1} (mã ${row.code})` : `Dòng thứ ${index + 1}`;
}

function headerProblems(t: Template): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  if (!t.id?.trim()) out.push({ path: 'id', message: 'Mẫu chưa có mã.' });
  if (!t.version?.trim()) out.push({ path: 'version', message: 'Mẫu chưa có phiên bản.' });
  if (!t.name?.trim()) out.push({ path: 'name', message: 'Mẫu chưa có tên.' });
  const keys = t.columns.map((c) => c.key);
  if (t.rows.length && !keys.includes('label')) out.push({ path: 'columns', message: 'Bảng của mẫu chưa có cột nội dung (cột "label").' });
  if (t.rows.some((r) => r.kind === 'measured') && !measureColumns(t).length) {
    out.push({ path: 'columns', message: 'Bảng của mẫu chưa có cột số liệu nào.' });
  }
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) out.push({ path: `columns.${i}.key`, message: `Cột "${k}" có hai lần trong bảng của mẫu.` });
  });
  if (!t.rows.some((r) => r.kind === 'measured') && !t.lists?.length) {
    out.push({ path: 'rows', message: 'Mẫu không có dòng nào có số liệu và không có bảng danh sách nào.' });
  }
  return out;
}

function rowProblems(t: Template): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  const firstAt = new Map<string, number>();
  const byCode = new Map(t.rows.map((r) => [r.code, r]));
  const columnKeys = new Set(measureColumns(t).map((c) => c.key));
  t.rows.forEach((row, i) => {
    const name = rowName(row, i);
    if (!row.code.trim()) out.push({ path: `rows.${i}.code`, message: `${name} chưa có mã dòng.` });
    const first = firstAt.get(row.code);
    if (first !== undefined && row.code) out.push({ path: `rows.${i}.code`, message: `Mã ${row.code} dùng cho hai dòng: dòng thứ ${first + 1} và dòng thứ ${i + 1}.` });
    else firstAt.set(row.code, i);
    if (!row.label.trim()) out.push({ path: `rows.${i}.label`, message: `${name} chưa có nội dung.` });
    if (row.kind === 'measured' && row.measures.length === 0) {
      out.push({ path: `rows.${i}.measures`, message: `${name} là dòng có số liệu nhưng chưa chọn cột số nào.` });
    }
    if (row.kind !== 'measured' && row.measures.length > 0) {
      out.push({ path: `rows.${i}.measures`, message: `${name} là dòng tiêu đề hoặc dòng chữ nhưng lại có số liệu.` });
    }
    // 'value' needs no column of its own: a single number goes to the first number column.
    const unknown = row.measures.filter((m) => m !== 'value' && !columnKeys.has(m));
    if (unknown.length) out.push({ path: `rows.${i}.measures`, message: `${name} có số liệu "${unknown.join('", "')}" mà bảng của mẫu không có cột nào như vậy.` });
    if (new Set(row.measures).size < row.measures.length) out.push({ path: `rows.${i}.measures`, message: `${name} có một số liệu ghi hai lần.` });
    if (row.parent !== undefined) {
      if (row.parent === row.code) out.push({ path: `rows.${i}.parent`, message: `${name} nằm dưới chính nó.` });
      else if (!byCode.has(row.parent)) out.push({ path: `rows.${i}.parent`, message: `${name} nằm dưới dòng ${row.parent}, nhưng mẫu không có dòng mã ${row.parent}.` });
    }
  });
  return [...out, ...parentCycles(t)];
}

/** A row that is, through its parents, under itself. */
function parentCycles(t: Template): TemplateProblem[] {
  const parentOf = new Map(t.rows.filter((r) => r.parent && r.parent !== r.code).map((r) => [r.code, r.parent!]));
  const reported = new Set<string>();
  const out: TemplateProblem[] = [];
  t.rows.forEach((row, i) => {
    const seen = new Set<string>([row.code]);
    for (let p = parentOf.get(row.code); p !== undefined; p = parentOf.get(p)) {
      if (p === row.code && !reported.has(row.code)) {
        for (const c of seen) reported.add(c);
        out.push({ path: `rows.${i}.parent`, message: `Các dòng ${[...seen].join(', ')} nằm dưới nhau thành vòng tròn.` });
        break;
      }
      if (seen.has(p)) break;
      seen.add(p);
    }
  });
  return out;
}

function ruleRowProblem(byCode: Map<string, TemplateRow>, rule: TemplateRule & { row: string }, path: string, what: string): TemplateProblem[] {
  const row = byCode.get(rule.row);
  if (!row) return [{ path, message: `Quy tắc ${what} nói về dòng ${rule.row}, nhưng mẫu không có dòng mã ${rule.row}.` }];
  if (row.kind !== 'measured' && rule.type !== 'district-only') return [{ path, message: `Quy tắc ${what} nói về dòng ${rule.row}, nhưng dòng này không có số liệu.` }];
  return [];
}

function ruleProblems(t: Template): TemplateProblem[] {
  const byCode = new Map(t.rows.map((r) => [r.code, r]));
  const out: TemplateProblem[] = [];
  t.rules.forEach((rule, i) => {
    if (rule.type === 'people-vs-count') return;
    if (rule.type === 'max-per-unit') {
      out.push(...ruleRowProblem(byCode, rule, `rules.${i}.row`, `"tối đa ${rule.max} cho mỗi đơn vị"`));
      return;
    }
    if (rule.type === 'district-only') {
      out.push(...ruleRowProblem(byCode, rule, `rules.${i}.row`, '"phòng tự điền"'));
      return;
    }
    const what = `"dòng ${rule.row} bằng tổng các dòng ${rule.of.join(', ')}"`;
    out.push(...ruleRowProblem(byCode, rule, `rules.${i}.row`, what));
    for (const code of rule.of) {
      if (code === rule.row) out.push({ path: `rules.${i}.of`, message: `Quy tắc ${what} cộng cả chính dòng ${code}.` });
      else if (!byCode.has(code)) out.push({ path: `rules.${i}.of`, message: `Quy tắc ${what} cộng dòng ${code}, nhưng mẫu không có dòng mã ${code}.` });
    }
    const twice = rule.of.filter((c, k) => rule.of.indexOf(c) !== k);
    if (twice.length) out.push({ path: `rules.${i}.of`, message: `Quy tắc ${what} cộng dòng ${[...new Set(twice)].join(', ')} hai lần.` });
  });
  return [...out, ...sumCycles(t)];
}

/** Sums that, through other sums, add up their own row: a total that can never be checked. */
function sumCycles(t: Template): TemplateProblem[] {
  const sums = new Map<string, { index: number; of: string[] }>();
  t.rules.forEach((r, index) => {
    if (r.type === 'sum') sums.set(r.row, { index, of: r.of.filter((c) => c !== r.row) });
  });
  const out: TemplateProblem[] = [];
  const inCycle = new Set<string>();
  for (const [start, { index }] of sums) {
    if (inCycle.has(start)) continue;
    const path = findPath(start, start, sums, new Set());
    if (!path) continue;
    for (const c of path) inCycle.add(c);
    out.push({ path: `rules.${index}.of`, message: `Các quy tắc tổng cộng vòng tròn: ${[start, ...path].join(' → ')}; một dòng không thể là tổng của chính nó.` });
  }
  return out;
}

function findPath(from: string, target: string, sums: Map<string, { of: string[] }>, visited: Set<string>): string[] | null {
  for (const next of sums.get(from)?.of ?? []) {
    if (next === target) return [next];
    if (visited.has(next)) continue;
    visited.add(next);
    const rest = findPath(next, target, sums, visited);
    if (rest) return [next, ...rest];
  }
  return null;
}

function listProblems(lists: TemplateList[], rowCodes: Set<string>): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  const codes = new Set<string>();
  lists.forEach((list, i) => {
    const name = `Bảng danh sách "${list.title || list.code}"`;
    if (codes.has(list.code) || rowCodes.has(list.code)) out.push({ path: `lists.${i}.code`, message: `${name}: mã ${list.code} đã dùng cho một dòng hoặc bảng khác.` });
    codes.add(list.code);
    if (!list.title.trim()) out.push({ path: `lists.${i}.title`, message: `Bảng danh sách mã ${list.code} chưa có tên.` });
    const keys = new Set<string>();
    list.columns.forEach((column, k) => {
      if (keys.has(column.key)) out.push({ path: `lists.${i}.columns.${k}.key`, message: `${name}: cột "${column.key}" có hai lần.` });
      keys.add(column.key);
      if (!column.header.trim()) out.push({ path: `lists.${i}.columns.${k}.header`, message: `${name}: cột "${column.key}" chưa có tiêu đề.` });
    });
    for (const key of list.sortBy) {
      if (!keys.has(key)) out.push({ path: `lists.${i}.sortBy`, message: `${name} sắp xếp theo cột "${key}", nhưng bảng không có cột này.` });
    }
    if (list.unitColumn !== undefined && !keys.has(list.unitColumn)) {
      out.push({ path: `lists.${i}.unitColumn`, message: `${name}: cột ghi tên đơn vị "${list.unitColumn}" không có trong bảng.` });
    }
  });
  return out;
}

/**
 * Everything that would make a template wrong to collect with, in the specialist's words,
 * each naming the row, rule or list. Empty: the template can be saved.
 */
export function validateTemplate(t: Template): TemplateProblem[] {
  const rowCodes = new Set(t.rows.map((r) => r.code));
  return [...headerProblems(t), ...rowProblems(t), ...ruleProblems(t), ...listProblems(t.lists ?? [], rowCodes)];
}
