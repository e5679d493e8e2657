import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface FieldProblem {
  path: string;
  message: string;
}

/** "signer.name", "distribution.2": a zod issue's path as a form names its field. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** The bad fields of a failed parse, by path; a field that should not be there is named by its own path. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: fieldPath([...issue.path, key]), message: 'trường này không dùng đến (gõ sai tên?)' }))
      : [{ path: fieldPath(issue.path), message: issue.message }],
  );
}

/**
 * Input a person wrote (a settings file, a corrected mapping, a request from the window)
 * that cannot be used, with every problem in Vietnamese, each naming its field.
 */
export class InvalidInput extends Error {
  constructor(
    /** What was being read: "Tệp cài đặt caidat.json". */
    readonly what: string,
    readonly problems: string[],
    /** Each bad field by its path ("signer.name"), so a form can mark it. */
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${what} không dùng được:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidInput';
  }
}

const typeWords = new Map<string, string>(Object.entries({
  string: 'chữ (đặt trong dấu ngoặc kép)',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách [ … ]',
  object: 'một nhóm { … }',
  null: 'null',
}));

const quote = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

/** zod's issues in words a specialist reads, not a programmer's ("expected string, received number"). */
export const plainVietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'còn thiếu, cần điền';
      return `phải là ${typeWords.get(issue.expected) ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'không được để trống' : `cần ít nhất ${issue.minimum} ký tự`;
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục`;
      return `phải từ ${issue.minimum} trở lên`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `nhiều nhất ${issue.maximum} mục`;
      return `không được quá ${issue.maximum}`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map(quote).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không dùng đến: ${issue.keys.map(quote).join(', ')} (gõ sai tên?)`;
    default:
      return 'không đúng dạng';
  }
};

/** "signer.name", "distribution, mục 3": the place of an issue as the person wrote it. */
function placeOf(path: ReadonlyArray<PropertyKey>, fieldName: (path: string) => string | undefined): string {
  const keys = path.filter((k): k is string => typeof k === 'string').join('.');
  const items = path.filter((k): k is number => typeof k === 'number').map((i) => `mục ${i + 1}`);
  if (!keys) return items.length ? items.join(', ') : 'Nội dung';
  const name = fieldName(keys);
  return [`Trường "${keys}"${name ? ` (${name})` : ''}`, ...items].join(', ');
}

/** One line per problem: "Trường "signer.name" (Họ tên người ký): không được để trống". */
export function describeIssues(error: z.ZodError, fieldName: (path: string) => string | undefined = () => undefined): string[] {
  return error.issues.map((issue) => `${placeOf(issue.path, fieldName)}: ${issue.message}`);
}

/** Parses with Vietnamese messages; throws InvalidInput naming `what` and each bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  what: string,
  fieldName?: (path: string) => string | undefined,
): z.output<S> {
  const parsed = schema.safeParse(data, { error: plainVietnameseErrors });
  if (!parsed.success) throw new InvalidInput(what, describeIssues(parsed.error, fieldName), fieldProblems(parsed.error));
  return parsed.data;
}

/** A JSON file a person wrote; a missing file or broken JSON is an InvalidInput naming `what`. */
export function readJsonInput(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tìm thấy tệp' : `không phải JSON hợp lệ (${(e as Error).message})`;
    throw new InvalidInput(what, [reason]);
  }
}
