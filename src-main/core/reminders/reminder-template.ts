/**
 * The reminder a school receives, from a template the specialist can edit. Placeholders in
 * braces are filled per school; an unknown one is refused, naming it, rather than sent as is.
 */
import { InvalidInput, type FieldProblem } from '../settings/validation';
import type { Store } from '../store/store';

export interface ReminderTemplate {
  subject: string;
  body: string;
}

/** What a reminder says of one school. */
export interface ReminderFacts {
  unitName: string;
  roundName: string;
  /** dd/mm/yyyy */
  deadline: string;
  /** What is wrong, in plain words: nothing received, or the problems of what was. */
  problems: string;
  officeName: string;
}

/** A place in the letter filled per school, and what it is filled with, in the specialist's words. */
export interface ReminderPlaceholder {
  name: string;
  meaning: string;
}

const PLACEHOLDERS = new Map<string, { field: keyof ReminderFacts; meaning: string }>([
  ['ten_don_vi', { field: 'unitName', meaning: 'Tên đơn vị nhận thư' }],
  ['ten_dot', { field: 'roundName', meaning: 'Tên đợt báo cáo' }],
  ['han_nop', { field: 'deadline', meaning: 'Hạn nộp (ngày/tháng/năm)' }],
  ['van_de', { field: 'problems', meaning: 'Điều cần bổ sung: chưa nhận được báo cáo, hoặc những lỗi của báo cáo đã nhận' }],
  ['ten_phong', { field: 'officeName', meaning: 'Tên Phòng gửi thư' }],
]);

export const reminderPlaceholders: ReminderPlaceholder[] = [...PLACEHOLDERS].map(([name, { meaning }]) => ({ name, meaning }));

export const REMINDER_TEMPLATE_KEY = 'reminder-template';

export const defaultReminderTemplate: ReminderTemplate = {
  subject: 'Nhắc nộp báo cáo – {ten_dot} – {ten_don_vi}',
  body: [
    'Kính gửi: {ten_don_vi},',
    '',
    '{ten_phong} đề nghị đơn vị gửi báo cáo của đợt "{ten_dot}". Hạn nộp: ngày {han_nop}.',
    '',
    '{van_de}',
    '',
    'Nếu đơn vị đã gửi báo cáo đầy đủ, xin bỏ qua thư này.',
    'Trân trọng cảm ơn.',
    '',
    '{ten_phong}',
  ].join('\n'),
};

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Problems of a template by the part they are in (`subject`, `body`), each naming the placeholder. */
export function templateProblems(t: ReminderTemplate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [path, text] of [['subject', t.subject], ['body', t.body]] as const) {
    if (typeof text !== 'string' || !text.trim()) {
      problems.push({ path, message: 'không được để trống' });
      continue;
    }
    for (const m of text.matchAll(PLACEHOLDER)) {
      if (!PLACEHOLDERS.has(m[1])) {
        problems.push({ path, message: `không có chỗ điền {${m[1]}} (dùng được: ${[...PLACEHOLDERS.keys()].map((k) => `{${k}}`).join(', ')})` });
      }
    }
  }
  return problems;
}

export function fillTemplate(t: ReminderTemplate, facts: ReminderFacts): ReminderTemplate {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const field = PLACEHOLDERS.get(name)?.field;
      return field ? facts[field] : whole;
    });
  return { subject: fill(t.subject).replace(/\s+/g, ' ').trim(), body: fill(t.body) };
}

export function readReminderTemplate(store: Store): ReminderTemplate {
  return store.settings.get<ReminderTemplate>(REMINDER_TEMPLATE_KEY) ?? defaultReminderTemplate;
}

/** Checks and stores an edited template (audited like every setting). */
export function saveReminderTemplate(store: Store, input: unknown, what: string, actor: string): ReminderTemplate {
  const t = input as Partial<ReminderTemplate> | null;
  const candidate = { subject: t?.subject as string, body: t?.body as string };
  if (typeof input !== 'object' || input === null) throw new InvalidInput(what, ['phải là một nhóm { "subject": …, "body": … }']);
  const fields = templateProblems(candidate);
  if (fields.length) throw new InvalidInput(what, fields.map((p) => `${p.path}: ${p.message}`), fields);
  store.settings.set(REMINDER_TEMPLATE_KEY, candidate, actor);
  return candidate;
}
