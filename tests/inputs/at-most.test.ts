import { describe, expect, it } from 'vitest';
import { mapAtMost, SizeGate } from '../../src-main/core/at-most';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('opening files several at a time', () => {
  it('gives the results in the order of the files, however long each takes, with no more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const names = Array.from({ length: 20 }, (_, i) => `Trường ${i}.xlsx`);
    const results = await mapAtMost(names, 4, async (name, i) => {
      most = Math.max(most, ++running);
      await pause((i * 7) % 5);
      running--;
      return name.normalize('NFD');
    });
    expect(results).toEqual(names.map((n) => n.normalize('NFD')));
    expect(most).toBe(4);
  });

  it('opens small files together but a big one alone', async () => {
    const gate = new SizeGate(100);
    const open = new Set<string>();
    const seenWith = new Map<string, string[]>();
    const work = (name: string, size: number) =>
      gate.run(size, async () => {
        open.add(name);
        seenWith.set(name, [...open]);
        await pause(5);
        open.delete(name);
      });
    await Promise.all([work('a', 30), work('b', 30), work('lớn', 500), work('c', 30), work('d', 30)]);
    expect(seenWith.get('b')).toContain('a');
    expect(seenWith.get('lớn')).toEqual(['lớn']);
    for (const small of ['a', 'b', 'c', 'd']) expect(seenWith.get(small)).not.toContain('lớn');
  });
});
