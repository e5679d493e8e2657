/**
 * The reminder a school receives, from a template the specialist can edit. Placeholders in
 * braces are filled per school; an unknown one is refused, naming it, rather than sent as is.
 */
import { InvalidInput } from '../settings/validation';
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

const PLACEHOLDERS = new Map<string, keyof ReminderFacts>([
  ['ten_don_vi', 'unitName'],
  ['ten_dot', 'roundName'],
  ['han_nop', 'deadline'],
  ['van_de', 'problems'],
  ['ten_phong', 'officeName'],
]);

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

/** Problems of a template, each naming the placeholder or the part. */
export function templateProblems(t: ReminderTemplate): string[] {
  const problems: string[] = [];
  for (const [part, text] of [['subject', t.subject], ['body', t.body]] as const) {
    if (typeof text !== 'string' || !text.trim()) {
      problems.push(`${part}: không được để trống`);
      continue;
    }
    for (const m of text.matchAll(PLACEHOLDER)) {
      if (!PLACEHOLDERS.has(m[1])) {
        problems.push(`${part}: không có chỗ điền {${m[1]}} (dùng được: ${[...PLACEHOLDERS.keys()].map((k) => `{${k}}`).join(', ')})`);
      }
    }
  }
  return problems;
}

export function fillTemplate(t: ReminderTemplate, facts: ReminderFacts): ReminderTemplate {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const field = PLACEHOLDERS.get(name);
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
  const problems = typeof input === 'object' && input !== null ? templateProblems(candidate) : ['phải là một nhóm { "subject": …, "body": … }'];
  if (problems.length) throw new InvalidInput(what, problems);
  store.settings.set(REMINDER_TEMPLATE_KEY, candidate, actor);
  return candidate;
}
