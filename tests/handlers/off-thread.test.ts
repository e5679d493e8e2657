import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { dispatch } from '../../src-main/handlers';
import { apiOver } from './api';

let dir: string;
let inbox: SampleInbox;
let api: ReturnType<typeof apiOver>;
let ctx: { shell: 'web'; dbFile: string };
let roundId: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ngoai-luong-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), defaultTemplate(), { schools: 12, year: 2023, asEmails: true });
  ctx = { shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') };
  api = apiOver(ctx);
  await api.ok('units/import-registry', { file: inbox.registry });
  ({ id: roundId } = await api.ok('rounds/create', { name: 'Tuần lễ HTSĐ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' }));
  await api.job('jobs/import', { roundId, paths: [inbox.folder] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** How often the calling thread's event loop turned while `work` ran. */
async function turnsDuring(work: Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const spin = () => {
    turns++;
    if (running) setImmediate(spin);
  };
  setImmediate(spin);
  await work;
  running = false;
  return turns;
}

describe('a request that checks the whole round again', () => {
  it('runs in a thread of its own: the caller keeps answering meanwhile, and the change is stored', async () => {
    const turns = await turnsDuring(
      dispatch('rounds/update', { roundId, deadline: '2023-10-08', by: 'Nguyễn Thị Hoa' }, ctx).then((r) => expect(r).toMatchObject({ ok: true })),
    );
    // Checked inline, the round's re-check would hold the loop for all of it; handed to a thread, the loop turns on.
    expect(turns).toBeGreaterThan(20);
    const board = await api.ok('rounds/board', { roundId });
    expect(board.round.deadline).toBe('2023-10-08');
    // Every report was sent from 9 October on: after the new deadline, every one is late.
    const received = board.rows.filter((r) => r.state !== 'missing');
    expect(received.length).toBeGreaterThan(5);
    expect(received.every((r) => r.late)).toBe(true);
  });

  it('answers a refusal from the thread as any other: code, Vietnamese message', async () => {
    const res = await dispatch('decisions/undo', { decisionId: 999_999 }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
