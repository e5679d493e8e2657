import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nativeInflate } from '../../src-main/core/report/pdf-deferred-modules';

// The JavaScript inflate the PDF's libraries ship with, which nativeInflate stands in for.
const tinyInflate = createRequire(import.meta.url)('tiny-inflate') as (source: Uint8Array, dest: Uint8Array) => Uint8Array;

describe("Node's inflate in place of tiny-inflate", () => {
  const text = Buffer.from('Trường Tiểu học Đông Hòa | 1.500.000 | '.repeat(400) + randomBytes(3000).toString('hex'));
  const packed = deflateRawSync(text);

  it('fills a destination of the exact size and returns it, as tiny-inflate does', () => {
    const dest = new Uint8Array(text.length);
    const out = nativeInflate(packed, dest);
    expect(out).toBe(dest);
    expect(Buffer.from(out).equals(text)).toBe(true);
    expect(Buffer.from(out).equals(Buffer.from(tinyInflate(packed, new Uint8Array(text.length))))).toBe(true);
  });

  it('returns a copy of the part filled when the destination is longer than the data', () => {
    const dest = new Uint8Array(text.length + 100);
    const out = nativeInflate(packed, dest);
    expect(out).not.toBe(dest);
    expect(out.length).toBe(text.length);
    expect(Buffer.from(out).equals(Buffer.from(tinyInflate(packed, new Uint8Array(text.length + 100))))).toBe(true);
  });
});
