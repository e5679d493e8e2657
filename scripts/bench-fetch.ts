/**
 * Speed of "Lấy báo cáo từ hộp thư" (a script, not a test): report emails with a school
 * workbook attached, fetched from a throw-away Dovecot on 127.0.0.1 into a fresh store
 * (download, read, identify, check, record), then fetched again (nothing new).
 * `npx tsx scripts/bench-fetch.ts [messages=300] [--json]`; skipped with its reason where
 * Dovecot is not installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchMailbox } from '../src-main/core/mailbox/fetch-mailbox';
import { createRound } from '../src-main/core/round/rounds';
import { Store } from '../src-main/core/store/store';
import { llw2022 } from '../src-main/core/templates/llw-2022';
import { dovecotMissing, startDovecot } from './mailbox/dovecot';
import { registryUnits, reportEmail, testSchools } from './mailbox/school-mail';

const SCHOOLS = 150;
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'bench' };

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 300);
  const missing = dovecotMissing();
  if (missing) {
    console.log(json ? JSON.stringify({ skipped: missing }) : `Lấy thư từ hộp thư: ${missing}`);
    return;
  }
  const dovecot = await startDovecot([office]);
  const dir = mkdtempSync(join(tmpdir(), 'bench-fetch-'));
  try {
    const schools = testSchools(SCHOOLS);
    const messages = [];
    for (let i = 0; i < count; i++) {
      const mail = await reportEmail(schools[i % SCHOOLS], i);
      messages.push({ raw: mail.raw, arrived: mail.sent });
    }
    await dovecot.appendAll(office, 'INBOX', messages);
    const megabytes = messages.reduce((n, m) => n + m.raw.length, 0) / 1024 / 1024;

    const store = new Store(join(dir, 'kho.sqlite'));
    store.units.save(registryUnits(schools), true);
    const round = createRound(store, llw2022, { year: 2023 }, 'bench');
    const job = {
      store,
      round,
      actor: 'bench',
      login: { server: { host: '127.0.0.1', port: dovecot.imapPort, security: 'none' as const, user: office.user }, password: office.password },
      criteria: { folders: ['INBOX'], since: '2023-10-01', until: '2023-11-01', subjectWords: [] },
    };
    const t0 = performance.now();
    const first = await fetchMailbox(job);
    const t1 = performance.now();
    const second = await fetchMailbox(job);
    const t2 = performance.now();
    store.close();
    const seconds = (t1 - t0) / 1000;
    const result = {
      messages: count,
      megabytes: Number(megabytes.toFixed(1)),
      fetched: first.fetched,
      errors: first.errors.length,
      seconds: Number(seconds.toFixed(2)),
      messagesPerSecond: Number((first.fetched / seconds).toFixed(1)),
      secondFetch: { fetched: second.fetched, seconds: Number(((t2 - t1) / 1000).toFixed(2)) },
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    if (json) console.log(JSON.stringify(result));
    else {
      console.log(
        `Lấy ${result.fetched}/${count} thư có tệp đính kèm (${result.megabytes} MB) từ Dovecot trên máy: ${result.seconds} s, ` +
          `${result.messagesPerSecond} thư/giây (tải, đọc, kiểm tra, lưu); lấy lần hai (không có gì mới): ${result.secondFetch.seconds} s; ` +
          `bộ nhớ đỉnh ${result.peakMb} MB${result.errors ? `; ${result.errors} lỗi` : ''}`,
      );
    }
  } finally {
    dovecot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
