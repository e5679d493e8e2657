import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllReceived } from '../../src-main/core/job/read-pool';
import { ReadSlot } from '../../src-main/core/job/read-pool-slot';
import { spawnReadWorker } from '../../src-main/core/worker-spawn';
import { readReceived, type ReadOutcome } from '../../src-main/core/job/read-received';
import type { ReceivedFile } from '../../src-main/core/model/received';
import { expandInputs } from '../../src-main/core/readers/expand-input';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox } from '../../scripts/sample/inbox';
import { hugeWorkbook } from './huge-workbook';

const nfd = (s: string) => s.normalize('NFD');

async function reportDocx(): Promise<Buffer> {
  const row = (cells: string[]) =>
    new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: nfd('TRƯỜNG TIỂU HỌC KIM AN'), bold: true })] }),
          new Paragraph(nfd('BÁO CÁO Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023')),
          new Table({ rows: [row(['STT', 'Các hoạt động', 'Số lượng']), row(['1', nfd('Số người tham gia'), '1.500.000'])] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function received(name: string, bytes: Buffer): ReceivedFile {
  return { name, origin: `hop-thu › ${name}`, bytes };
}

async function inProcess(files: ReceivedFile[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for (const f of files) out.push(await readReceived(f));
  return out;
}

let dir: string;
let schoolFiles: ReceivedFile[];
let huge: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'read-pool-'));
  const inbox = await writeSampleInbox(dir, defaultTemplate(), { schools: 12, year: 2023, asEmails: true });
  schoolFiles = (await expandInputs([inbox.folder])).files;
  // About 600,000 cells: seconds to read, and far more memory than any school report.
  huge = await hugeWorkbook(3, 40);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading received files on worker threads', () => {
  const crashingWorker = new URL('./crashing-worker.ts', import.meta.url);
  const slotOf = (timeoutMs: number, url: URL) => new ReadSlot({ timeoutMs, maxMemoryMb: 512, spawn: () => spawnReadWorker(url, 512) });

  it('reads a mixed batch on two threads exactly as in this thread, in order, reporting each file', async () => {
    const files = [
      ...schoolFiles.slice(0, 6),
      received(nfd('Báo cáo Tuần lễ HTSĐ Kim An.docx'), await reportDocx()),
      received('so-lieu.csv', Buffer.from('STT;Nội dung;Số lượng\n1;Số người tham gia;"1.500.000"\n', 'utf8')),
      received('ban-scan.pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1')),
      received('hong.xlsx', Buffer.from('PK\x03\x04 đây không phải tệp Excel', 'latin1')),
      received('rong.xlsx', Buffer.alloc(0)),
      ...schoolFiles.slice(6),
    ];
    const progress: Array<[number, number, string]> = [];
    const pooled = await readAllReceived(files, { threads: 2, onProgress: (done, total, name) => progress.push([done, total, name]) });

    expect(pooled).toEqual(await inProcess(files));
    expect(pooled.map((o) => o.status)).toEqual([
      ...Array(6).fill('read'), 'read', 'read', 'attachment', 'unreadable', 'unreadable', ...Array(schoolFiles.length - 6).fill('read'),
    ]);
    pooled.forEach((o, i) => {
      if (o.doc) expect(o.doc.fileName).toBe(files[i].name);
    });
    expect(progress.map(([done]) => done)).toEqual(files.map((_, i) => i + 1));
    expect(progress.every(([, total]) => total === files.length)).toBe(true);
    expect(progress.map(([, , name]) => name).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('gives up on files still being read after the time limit, names them, and reads the rest on fresh workers', async () => {
    const files = [
      received('BC TH Rất Lớn.xlsx', huge),
      received('BC THCS Rất Lớn.xlsx', huge),
      ...schoolFiles.slice(0, 4),
    ];
    const started = performance.now();
    const pooled = await readAllReceived(files, { threads: 2, timeoutMs: 1500 });

    for (const [i, name] of [[0, 'BC TH Rất Lớn.xlsx'], [1, 'BC THCS Rất Lớn.xlsx']] as const) {
      expect(pooled[i]).toMatchObject({ kind: 'xlsx', status: 'unreadable', doc: null });
      expect(pooled[i].findings).toHaveLength(1);
      expect(pooled[i].findings[0]).toMatchObject({ severity: 'error', rule: 'read-timeout', where: null });
      expect(pooled[i].findings[0].message).toContain(`Không đọc được tệp ${name}: quá thời gian xử lý (1,5 giây)`);
    }
    // Both workers were stopped: the school files after them were read by their replacements.
    expect(pooled.slice(2)).toEqual(await inProcess(files.slice(2)));
    expect(pooled.slice(2).every((o) => o.status === 'read')).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('stops a worker that runs out of memory on one file and reads the others', async () => {
    const files = [schoolFiles[0], received('Tổng hợp toàn huyện.xlsx', huge), schoolFiles[1], schoolFiles[2]];
    const pooled = await readAllReceived(files, { threads: 2, maxMemoryMb: 160 });

    expect(pooled[1]).toMatchObject({ kind: 'xlsx', status: 'unreadable', doc: null });
    expect(pooled[1].findings[0].rule).toBe('read-out-of-memory');
    expect(pooled[1].findings[0].message).toContain('Không đọc được tệp Tổng hợp toàn huyện.xlsx: tệp cần hơn 160 MB bộ nhớ để đọc');
    expect([pooled[0], ...pooled.slice(2)]).toEqual(await inProcess([files[0], ...files.slice(2)]));
  });

  it('reports a file whose reading throws outside the readers or ends the thread, and goes on', async () => {
    const files = [
      schoolFiles[0],
      received('BC MN sập.xlsx', schoolFiles[1].bytes),
      schoolFiles[2],
      received('BC TH thoát.xlsx', schoolFiles[3].bytes),
      schoolFiles[4],
    ];
    const pooled = await readAllReceived(files, { threads: 2, workerUrl: crashingWorker });

    expect(pooled[1].status).toBe('unreadable');
    expect(pooled[1].findings[0].rule).toBe('read-crashed');
    expect(pooled[1].findings[0].message).toContain('Không đọc được tệp BC MN sập.xlsx: bộ đọc gặp lỗi (lỗi không lường trước trong thư viện)');
    expect(pooled[3].status).toBe('unreadable');
    expect(pooled[3].findings[0].message).toContain('Không đọc được tệp BC TH thoát.xlsx: bộ đọc dừng đột ngột (mã 7)');
    expect([pooled[0], pooled[2], pooled[4]]).toEqual(await inProcess([files[0], files[2], files[4]]));
  });

  it('hands a thread the next file while it reads one: a file behind a stalled one is read by the replacement', async () => {
    const slot = slotOf(1500, new URL('../../src-main/core/job/read-worker.ts', import.meta.url));
    try {
      const [stalled, behind] = await Promise.all([slot.read(0, received('BC TH Rất Lớn.xlsx', huge)), slot.read(1, schoolFiles[0])]);
      expect(stalled.findings[0]).toMatchObject({ rule: 'read-timeout' });
      expect(behind).toEqual(await readReceived(schoolFiles[0]));
    } finally {
      await slot.close();
    }
  });

  it("counts in a file's time limit its own reading, not the wait behind the file before it", async () => {
    // Each takes 0.7 s: handed together, the second is done 1.4 s after it was handed, within its 1 s.
    const slot = slotOf(1000, crashingWorker);
    try {
      const outcomes = await Promise.all([0, 1].map((i) => slot.read(i, received(`BC chậm ${i}.xlsx`, schoolFiles[i].bytes))));
      expect(outcomes.map((o) => o.status)).toEqual(['read', 'read']);
    } finally {
      await slot.close();
    }
  });

  it('hands a thread at most 16 files ahead, and at most 32 MB of them', async () => {
    const heldWhenRead = async (files: ReceivedFile[]) => {
      const outcomes = await readAllReceived(files, { threads: 1, slots: [slotOf(10_000, new URL('./holding-worker.ts', import.meta.url))] });
      return outcomes.map((o) => o.findings[0].message.split(' ').map(Number));
    };
    const small = await heldWhenRead(Array.from({ length: 40 }, (_, i) => received(`nho-${i}.xlsx`, Buffer.alloc(1000))));
    // As the worker turns to a file, the one it just read is not replaced yet: 14 of the 15 others at most.
    expect(Math.max(...small.map(([files]) => files))).toBe(14);
    const large = await heldWhenRead(Array.from({ length: 8 }, (_, i) => received(`lon-${i}.xlsx`, Buffer.alloc(12 * 1024 * 1024))));
    expect(Math.max(...large.map(([files]) => files))).toBeGreaterThanOrEqual(1);
    expect(Math.max(...large.map(([files]) => files))).toBeLessThanOrEqual(2);
    expect(Math.max(...large.map(([, bytes]) => bytes))).toBeLessThanOrEqual(32 * 1024 * 1024);
  });

  // `npm test` builds before it tests; the app starts this very file beside out/main/index.js.
  const builtWorker = resolve('out/main/read-worker.js');
  it.skipIf(!existsSync(builtWorker))('reads with the worker of the electron-vite build as with the source one', async () => {
    const files = schoolFiles.slice(0, 4);
    const pooled = await readAllReceived(files, { threads: 2, workerUrl: pathToFileURL(builtWorker) });
    expect(pooled).toEqual(await inProcess(files));
  });

  it('leaves nothing running: a program that reads a batch, with a stalled file, exits by itself', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve('tests/read-pool/read-and-exit.ts')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.signal, 'the program had to be killed: a worker was left running').toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(['read', 'unreadable', 'read']);
  });
});
