import { readFileSync } from 'node:fs';
import { readMailboxSettings } from '../core/mailbox/mailbox-settings';
import { readReminderTemplate, saveReminderTemplate } from '../core/reminders/reminder-template';
import { sendReminders, type ReminderDelivery } from '../core/reminders/send-reminders';
import { chooseRound } from '../core/round/choose-round';
import { officeInSentence } from '../core/report/vn-format';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { readOfficeSettings } from '../core/settings/office-settings';
import { InvalidInput } from '../core/settings/validation';
import { Store } from '../core/store/store';
import type { RemindArgs } from './args';
import { failedConnection, mailPassword } from './fetch-command';
import { printJson, say } from './output';

function readTemplateFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InvalidInput(`Tệp mẫu thư nhắc ${file}`, [(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tìm thấy tệp' : `không phải JSON: ${(e as Error).message}`]);
  }
}

/** `remind`: a reminder to every unit of the round that has not reported, or whose report cannot be used. */
export async function runRemind(args: RemindArgs): Promise<number> {
  const templateInput = args.template ? readTemplateFile(args.template) : undefined;
  const store = new Store(args.db);
  try {
    const template = templateInput ? saveReminderTemplate(store, templateInput, `Tệp mẫu thư nhắc ${args.template}`, DEFAULT_ACTOR) : readReminderTemplate(store);
    const round = chooseRound(store, args.choice, DEFAULT_ACTOR);
    const from = args.from ?? readMailboxSettings(store)?.imap.user;
    const delivery: ReminderDelivery = args.dryRun
      ? { kind: 'dry-run', outDir: args.out!, from }
      : { kind: 'smtp', server: args.smtp!, password: await mailPassword(['SMTP_PASSWORD', 'IMAP_PASSWORD'], `${args.smtp!.user}@${args.smtp!.host}`), from: from ?? args.smtp!.user };
    const report = await sendReminders({ store, round, template, officeName: officeInSentence(readOfficeSettings(store).settings.officeName), delivery, force: args.force }).catch(
      failedConnection,
    );
    for (const s of report.sent) say(`${args.dryRun ? 'Đã ghi thư nhắc' : 'Đã gửi thư nhắc'} cho ${s.name} (${s.to.join(', ')})${s.file ? `: ${s.file}` : ''}`);
    for (const s of report.skipped) say(`Không nhắc ${s.name}: ${s.reason}${s.recent ? ' (muốn gửi lại ngay thì thêm --force)' : ''}.`);
    for (const e of report.errors) say(`Lỗi: ${e}`);
    say(`Xong: ${report.sent.length} thư nhắc ${args.dryRun ? 'đã ghi ra tệp (chưa gửi)' : 'đã gửi'}, ${report.skipped.length} đơn vị không nhắc, ${report.errors.length} lỗi.`);
    if (args.json) printJson({ round: round.id, year: round.year, dryRun: args.dryRun, ...report });
    return report.errors.length ? 1 : 0;
  } finally {
    store.close();
  }
}
