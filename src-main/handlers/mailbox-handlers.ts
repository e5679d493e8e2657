import { accountKey } from '../core/mailbox/fetch-mailbox';
import { fetchCriteria } from '../core/mailbox/fetch-range';
import { testImapConnection } from '../core/mailbox/imap-session';
import { readMailboxSettings, saveMailboxSettings, trustedFingerprint } from '../core/mailbox/mailbox-settings';
import type { MailboxSettings, MailServer } from '../core/model/mailbox';
import { draftReminders } from '../core/reminders/reminder-drafts';
import { defaultReminderTemplate, readReminderTemplate, reminderPlaceholders, saveReminderTemplate } from '../core/reminders/reminder-template';
import { sendReminders } from '../core/reminders/send-reminders';
import { officeInSentence } from '../core/report/vn-format';
import { campaignOf } from '../core/round/round-context';
import { openRoundOrFail, roundOrFail } from '../core/round/rounds';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { readOfficeSettings } from '../core/settings/office-settings';
import type { Store } from '../core/store/store';
import { jobsFor } from '../jobs/job-runner';
import { ApiFailure } from './api-error';
import { withStore, type HandlerContext, type Handlers } from './context';

type MailboxChannel = 'mailbox/get' | 'mailbox/save' | 'mailbox/test' | 'jobs/fetch' | 'reminders/preview' | 'reminders/send' | 'reminders/template' | 'reminders/save-template';

const account = (server: MailServer) => accountKey({ server, password: '' });

function needs(path: string, message: string): ApiFailure {
  return new ApiFailure({ code: 'invalid-input', message, fields: [{ path, message }] });
}

function savedSettings(store: Store): MailboxSettings {
  const settings = readMailboxSettings(store);
  if (!settings) throw needs('imap', 'Chưa cài đặt hộp thư: vào Cài đặt › Hộp thư, điền máy chủ và tên đăng nhập rồi kiểm tra kết nối.');
  return settings;
}

/** The kept password of the account, or a refusal saying where to enter it. */
async function keptPassword(ctx: HandlerContext, server: MailServer): Promise<string> {
  const password = await ctx.secrets?.password(account(server));
  if (!password) throw needs('password', `Chưa có mật khẩu của ${server.user}: vào Cài đặt › Hộp thư, nhập mật khẩu và bấm "Kiểm tra kết nối".`);
  return password;
}

function templateView(store: Store) {
  const template = readReminderTemplate(store);
  const isDefault = template.subject === defaultReminderTemplate.subject && template.body === defaultReminderTemplate.body;
  return { template, isDefault, placeholders: reminderPlaceholders };
}

async function view(ctx: HandlerContext, settings: MailboxSettings | undefined) {
  const kept = settings ? await ctx.secrets?.password(account(settings.imap)) : undefined;
  return { settings: settings ?? null, passwordKept: kept !== undefined };
}

/** The mailbox in Settings, "Lấy báo cáo từ hộp thư" on the import screen, reminders from the board. */
export const mailboxHandlers: Handlers<MailboxChannel> = {
  'mailbox/get': async (_req, ctx) => view(ctx, await withStore(ctx, readMailboxSettings)),
  'mailbox/save': async (req, ctx) =>
    view(ctx, await withStore(ctx, (store) => saveMailboxSettings(store, { imap: req.imap, smtp: req.smtp, folders: req.folders }, undefined, req.by ?? DEFAULT_ACTOR))),
  'mailbox/test': async (req, ctx) => {
    const saved = await withStore(ctx, readMailboxSettings);
    const password = req.password ?? (await keptPassword(ctx, req.imap));
    const result = await testImapConnection({ server: req.imap, password, trustedSha256: req.trustCertificate ?? trustedFingerprint(saved, req.imap) });
    if (!result.ok) return result;
    if (req.password) await ctx.secrets?.remember(account(req.imap), req.password);
    if (req.trustCertificate) {
      const accepted = { server: req.imap, sha256: req.trustCertificate };
      await withStore(ctx, (store) => saveMailboxSettings(store, { imap: req.imap, smtp: saved?.smtp, folders: saved?.folders ?? ['INBOX'] }, accepted, req.by ?? DEFAULT_ACTOR));
    }
    return result;
  },
  'jobs/fetch': async (req, ctx) => {
    const { round, settings } = await withStore(ctx, (store) => ({ round: openRoundOrFail(store, req.roundId), settings: savedSettings(store) }));
    const { password: given, ...request } = req;
    const login = { server: settings.imap, password: given ?? (await keptPassword(ctx, settings.imap)), trustedSha256: trustedFingerprint(settings, settings.imap) };
    const criteria = fetchCriteria(campaignOf(round), request, settings.folders);
    return { jobId: jobsFor(ctx.dbFile).start({ kind: 'fetch', request, login, criteria }) };
  },
  'reminders/preview': async (req, ctx) =>
    withStore(ctx, (store) =>
      draftReminders(store, roundOrFail(store, req.roundId), readReminderTemplate(store), officeInSentence(readOfficeSettings(store).settings.officeName)),
    ),
  'reminders/template': async (_req, ctx) => withStore(ctx, templateView),
  'reminders/save-template': async (req, ctx) =>
    withStore(ctx, (store) => {
      const wording = req.reset ? defaultReminderTemplate : { subject: req.subject, body: req.body };
      saveReminderTemplate(store, wording, 'Mẫu thư nhắc', req.by ?? DEFAULT_ACTOR);
      return templateView(store);
    }),
  'reminders/send': async (req, ctx) => {
    const { smtp, imap } = await withStore(ctx, savedSettings);
    if (!smtp) throw needs('smtp', 'Chưa cài đặt máy chủ gửi thư (SMTP): vào Cài đặt › Hộp thư.');
    // The sending account usually is the mailbox itself: its password serves both.
    const password = req.password ?? (await ctx.secrets?.password(account(smtp))) ?? (await keptPassword(ctx, imap));
    return withStore(ctx, (store) =>
      sendReminders({
        store,
        round: roundOrFail(store, req.roundId),
        template: readReminderTemplate(store),
        officeName: officeInSentence(readOfficeSettings(store).settings.officeName),
        delivery: { kind: 'smtp', server: smtp, password, from: smtp.from ?? smtp.user },
        force: req.force,
        ...(req.units ? { only: new Set(req.units) } : {}),
      }),
    );
  },
};
