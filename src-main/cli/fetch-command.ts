import { existsSync } from 'node:fs';
import { fetchCriteria } from '../core/mailbox/fetch-range';
import { accountKey, fetchMailbox } from '../core/mailbox/fetch-mailbox';
import { MailConnectionError, type ImapLogin } from '../core/mailbox/imap-session';
import { readMailboxSettings, saveMailboxSettings, trustedFingerprint } from '../core/mailbox/mailbox-settings';
import { campaignOf } from '../core/round/round-context';
import { chooseRound } from '../core/round/choose-round';
import { importRegistry } from '../core/round/rounds';
import { shortDate } from '../core/report/vn-format';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { Store } from '../core/store/store';
import { UsageError, type FetchArgs } from './args';
import { EnvironmentOrPrompt } from './cli-secrets';
import { CommandFailed } from './command-failed';
import { printJson, say } from './output';

/** The account's password from IMAP_PASSWORD or a prompt; a clear refusal where neither is possible. */
export async function mailPassword(variables: string[], account: string): Promise<string> {
  const password = await new EnvironmentOrPrompt(variables).password(account);
  if (password) return password;
  throw new UsageError(`Cần mật khẩu của ${account}: đặt biến môi trường ${variables.join(' hoặc ')}, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập mật khẩu.`);
}

/** A server that could not be reached or refused the login: said in one line (with the certificate to accept, if that was it), exit code 1. */
export function failedConnection(error: unknown): never {
  if (!(error instanceof MailConnectionError)) throw error;
  say(`Lỗi: ${error.message}`);
  const cert = error.failure.certificate;
  if (cert) say(`Để chấp nhận đúng chứng chỉ này, chạy lại lệnh với --trust-certificate ${cert.sha256}`);
  throw new CommandFailed(error.message);
}

/** `fetch`: the round's school emails from the mailbox into the store; 0 when every folder was read to the end. */
export async function runFetch(args: FetchArgs): Promise<number> {
  if (args.units && !existsSync(args.units)) throw new UsageError(`Không tìm thấy tệp ${args.units}.`);
  const login: ImapLogin = { server: args.imap, password: '' };
  login.password = await mailPassword(['IMAP_PASSWORD'], accountKey(login));
  const store = new Store(args.db);
  try {
    if (args.units) {
      for (const problem of (await importRegistry(store, args.units, DEFAULT_ACTOR)).problems) say(`Danh sách đơn vị: ${problem}`);
    }
    const round = chooseRound(store, args.choice, DEFAULT_ACTOR);
    const criteria = fetchCriteria(campaignOf(round), args);
    login.trustedSha256 = args.trustCertificate ?? trustedFingerprint(readMailboxSettings(store), args.imap);
    say(
      `Lấy thư của ${args.imap.user} (${args.imap.host}:${args.imap.port}) vào đợt báo cáo số ${round.id} "${round.name}": ` +
        `thư mục ${criteria.folders.join(', ')}, thư từ ${shortDate(criteria.since)} đến ${shortDate(criteria.until)}…`,
    );
    let lastSaid = 0;
    const report = await fetchMailbox({
      store,
      round,
      login,
      criteria,
      actor: DEFAULT_ACTOR,
      onProgress: (p) => {
        if (p.done - lastSaid >= 10 || p.done === 0) {
          lastSaid = p.done;
          say(`Thư mục ${p.folder}: ${p.done + 1}/${p.total}: ${p.subject}`);
        }
      },
    }).catch(failedConnection);
    saveMailboxSettings(store, { imap: args.imap, folders: args.folders }, args.trustCertificate ? { server: args.imap, sha256: args.trustCertificate } : undefined, DEFAULT_ACTOR);
    for (const e of report.errors) say(`Lỗi: ${e}`);
    for (const folder of report.resynced) say(`Thư mục ${folder} đã được máy chủ đánh số lại (UIDVALIDITY): đã đối chiếu lại theo Message-ID, không thư nào bị lấy hai lần.`);
    const tied = report.imported.filter((f) => f.unit).length;
    say(
      `Xong: ${report.fetched} thư đã tải, ${report.skipped} thư bỏ qua (không có tệp đính kèm, không đúng chủ đề hoặc đã lấy trước đây); ` +
        `${report.imported.length} tệp đã lưu, ${tied} tệp đã gắn với đơn vị.`,
    );
    if (args.json) {
      printJson({ round: round.id, year: round.year, since: criteria.since, until: criteria.until, ...report });
    }
    return report.errors.length ? 1 : 0;
  } finally {
    store.close();
  }
}
