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
import { safeBaseName } from '../readers/expand-file-names';
import type { Store } from '../store/store';
import { draftReminders } from './reminder-drafts';
import type { ReminderTemplate } from './reminder-template';

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
  /** Only these units (by code), of those needing a reminder: the ones the specialist ticked. */
  only?: ReadonlySet<string>;
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
  skipped: Array<{ unit: string; name: string; reason: string; recent: boolean }>;
  errors: string[];
}

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

export async function sendReminders(job: RemindJob): Promise<RemindReport> {
  const { store, round, delivery } = job;
  const now = job.now ?? new Date();
  const report: RemindReport = { sent: [], skipped: [], errors: [] };
  const transport = transportFor(delivery);
  try {
    if (delivery.kind === 'smtp') {
      // A wrong password or an unreachable server is said once, before any school, not once per school.
      await transport.verify().catch((error: unknown) => {
        throw new MailConnectionError(describeConnectionFailure(error, delivery.server, SMTP_TIMEOUT_SECONDS));
      });
    }
    for (const draft of draftReminders(store, round, job.template, job.officeName, now).filter((d) => !job.only || job.only.has(d.unitCode))) {
      // A dry run writes files: only a real send holds back a unit reminded within the day.
      if (draft.held && (draft.to.length === 0 || (delivery.kind === 'smtp' && !job.force))) {
        report.skipped.push({ unit: draft.unitCode, name: draft.unitName, reason: draft.held.reason, recent: draft.held.recent });
        continue;
      }
      try {
        const info = await transport.sendMail({ from: delivery.from, to: draft.to, subject: draft.subject, text: draft.body, date: now });
        let file: string | undefined;
        if (delivery.kind === 'dry-run') {
          mkdirSync(delivery.outDir, { recursive: true });
          file = join(delivery.outDir, `${safeBaseName(`${draft.unitCode} ${draft.unitName}`).replace(/[<>:"|?*]/g, '_')}.eml`);
          writeFileSync(file, info.message as Buffer);
        }
        const messageId = String(info.messageId);
        store.mailbox.recordReminder({
          roundId: round.id,
          unitCode: draft.unitCode,
          recipients: draft.to,
          subject: draft.subject,
          body: draft.body,
          messageId,
          mode: delivery.kind === 'smtp' ? 'sent' : 'dry-run',
          file,
          sentAt: now.toISOString(),
        });
        report.sent.push({ unit: draft.unitCode, name: draft.unitName, to: draft.to, subject: draft.subject, messageId, ...(file ? { file } : {}) });
      } catch (error) {
        report.errors.push(`Không gửi được thư nhắc cho ${draft.unitName} (${draft.to.join(', ')}): ${(error as Error).message}`);
      }
    }
  } finally {
    transport.close();
  }
  return report;
}
