/**
 * Sending the reminders: through the office's SMTP account, or, in a dry run, written as .eml
 * files to look at first. Every one is recorded (to whom, when, what, its Message-ID); a unit
 * reminded less than a day ago is not reminded again unless the specialist insists (force).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailServer } from '../model/mailbox';
import type { Round } from '../model/round';
import { describeConnectionFailure } from '../mailbox/connection-failure';
import { MailConnectionError } from '../mailbox/imap-session';
import { shortDate } from '../report/vn-format';
import { safeBaseName } from '../readers/expand-file-names';
import type { Store } from '../store/store';
import { problemsText, remindersNeeded } from './reminder-list';
import { fillTemplate, type ReminderTemplate } from './reminder-template';

export type ReminderDelivery =
  /** A dry run may not know the office's address yet: the files then have no sender. */
  | { kind: 'dry-run'; outDir: string; from?: string }
  | { kind: 'smtp'; server: MailServer; password: string; from: string };

export interface RemindJob {
  store: Store;
  round: Round;
  template: ReminderTemplate;
  officeName: string;
  delivery: ReminderDelivery;
  force?: boolean;
  now?: Date;
}

export interface ReminderOutcome {
  unit: string;
  name: string;
  to: string[];
  subject: string;
  messageId: string;
  /** The .eml a dry run wrote. */
  file?: string;
}

export interface RemindReport {
  sent: ReminderOutcome[];
  /** Units not reminded, with why (no address, reminded within the day). */
  skipped: Array<{ unit: string; name: string; reason: string }>;
  errors: string[];
}

const DAY_MS = 24 * 3600_000;
const SMTP_TIMEOUT_SECONDS = 30;

function transportFor(delivery: ReminderDelivery) {
  if (delivery.kind === 'dry-run') return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const { server, password } = delivery;
  return nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    requireTLS: server.security === 'starttls',
    ignoreTLS: server.security === 'none',
    auth: { user: server.user, pass: password },
    connectionTimeout: SMTP_TIMEOUT_SECONDS * 1000,
  });
}

function vietnamTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${shortDate(local)}`;
}

export async function sendReminders(job: RemindJob): Promise<RemindReport> {
  const { store, round, delivery } = job;
  const now = job.now ?? new Date();
  const mail = store.mailbox;
  const report: RemindReport = { sent: [], skipped: [], errors: [] };
  const transport = transportFor(delivery);
  try {
    if (delivery.kind === 'smtp') {
      // A wrong password or an unreachable server is said once, before any school, not once per school.
      await transport.verify().catch((error: unknown) => {
        throw new MailConnectionError(describeConnectionFailure(error, delivery.server, SMTP_TIMEOUT_SECONDS));
      });
    }
    for (const need of remindersNeeded(store, round)) {
      if (need.recipients.length === 0) {
        report.skipped.push({ unit: need.unitCode, name: need.unitName, reason: 'danh sách đơn vị không có địa chỉ thư của đơn vị này' });
        continue;
      }
      const last = delivery.kind === 'smtp' ? mail.lastSentReminder(round.id, need.unitCode) : undefined;
      if (last && !job.force && now.getTime() - Date.parse(last.sentAt) < DAY_MS) {
        report.skipped.push({ unit: need.unitCode, name: need.unitName, reason: `đã gửi nhắc lúc ${vietnamTime(last.sentAt)}; muốn gửi lại trong vòng một ngày thì dùng --force` });
        continue;
      }
      const letter = fillTemplate(job.template, {
        unitName: need.unitName,
        roundName: round.name,
        deadline: shortDate(round.deadline),
        problems: problemsText(need),
        officeName: job.officeName,
      });
      try {
        const info = await transport.sendMail({ from: delivery.from, to: need.recipients, subject: letter.subject, text: letter.body, date: now });
        let file: string | undefined;
        if (delivery.kind === 'dry-run') {
          mkdirSync(delivery.outDir, { recursive: true });
          file = join(delivery.outDir, `${safeBaseName(`${need.unitCode} ${need.unitName}`).replace(/[<>:"|?*]/g, '_')}.eml`);
          writeFileSync(file, info.message as Buffer);
        }
        const messageId = String(info.messageId);
        mail.recordReminder({ roundId: round.id, unitCode: need.unitCode, recipients: need.recipients, subject: letter.subject, body: letter.body, messageId, mode: delivery.kind === 'smtp' ? 'sent' : 'dry-run', file, sentAt: now.toISOString() });
        report.sent.push({ unit: need.unitCode, name: need.unitName, to: need.recipients, subject: letter.subject, messageId, ...(file ? { file } : {}) });
      } catch (error) {
        report.errors.push(`Không gửi được thư nhắc cho ${need.unitName} (${need.recipients.join(', ')}): ${(error as Error).message}`);
      }
    }
  } finally {
    transport.close();
  }
  return report;
}
