import { describe, expect, it } from 'vitest';
import { readEml } from '../../src-main/core/mail/eml-reader';

/** Raw messages as real mail programs write them, each with its body marked some odd way. */
const HEAD = [
  'From: =?UTF-8?B?VHLGsOG7nW5nIFRIIExpw6puIENow6J1?= <thlienchau@thanhoai.edu.vn>',
  'To: phonggd@thanhoai.edu.vn',
  'Subject: =?UTF-8?B?QsOhbyBjw6FvIFR14bqnbiBs4buF?=',
  'Date: Tue, 10 Oct 2023 08:30:00 +0700',
  'MIME-Version: 1.0',
].join('\r\n');

const BODY = 'Kính gửi Phòng GD&ĐT,\r\nTrường TH Liên Châu gửi báo cáo Tuần lễ.\r\nTrân trọng.';
/** A scan as schools send them, and a photo's first bytes. */
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

function message(contentType: string, parts: string[]): Buffer {
  return Buffer.from(`${HEAD}\r\nContent-Type: ${contentType}; boundary="B1"\r\n\r\n${parts.map((p) => `--B1\r\n${p}\r\n`).join('')}--B1--\r\n`);
}

const attached = [
  'Content-Type: application/pdf; name="=?UTF-8?B?QsOhbyBjw6FvLnBkZg==?="',
  'Content-Disposition: attachment; filename="=?UTF-8?B?QsOhbyBjw6FvLnBkZg==?="',
  'Content-Transfer-Encoding: base64',
  '',
  PDF.toString('base64'),
].join('\r\n');

const bodies: Array<[string, string]> = [
  ['an unnamed text/plain part marked as an attachment', `Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment\r\n\r\n${BODY}`],
  ['an unnamed text/html part marked as an attachment', `Content-Type: text/html; charset=utf-8\r\nContent-Disposition: attachment\r\n\r\n<p>${BODY}</p>`],
  ['a part whose type header lacks its semicolon', `Content-Type: text/plain charset=utf-8\r\n\r\n${BODY}`],
  ['a part whose type is only "text"', `Content-Type: text\r\n\r\n${BODY}`],
  ['a part with a type header and no type', `Content-Type: ;charset=utf-8\r\n\r\n${BODY}`],
  ['an unnamed application/octet-stream holding text', `Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${BODY}`],
  ['text/enriched', `Content-Type: text/enriched; charset=utf-8\r\n\r\n${BODY}`],
  ['text/rtf', `Content-Type: text/rtf\r\n\r\n{\\rtf1 ${BODY}}`],
  ['Apple Watch\'s text/watch-html', `Content-Type: text/watch-html; charset=utf-8\r\n\r\n<b>${BODY}</b>`],
];

describe('the body of an email is never an attachment', () => {
  for (const [what, body] of bodies) {
    it(`${what}, beside a real attachment`, async () => {
      const { files, problems } = await readEml(message('multipart/mixed', [body, attached]), 'hop-thu/thu.eml');
      expect(files.map((f) => f.name)).toEqual(['Báo cáo.pdf']);
      expect(problems).toEqual([]);
    });
  }

  it('a plain-text body and an HTML alternative, both marked as attachments, with no file: the email has no attachment', async () => {
    const bytes = message('multipart/alternative', [
      `Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment\r\n\r\n${BODY}`,
      `Content-Type: text/html; charset=utf-8\r\nContent-Disposition: attachment\r\n\r\n<p>${BODY}</p>`,
    ]);
    const { files, problems } = await readEml(bytes, 'hop-thu/thu.eml');
    expect(files).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].reason).toMatch(/không có tệp đính kèm nào/);
  });

  it('a whole message that is one text/plain body marked as an attachment has no attachment', async () => {
    const bytes = Buffer.from(`${HEAD}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment\r\n\r\n${BODY}\r\n`);
    const { files, problems } = await readEml(bytes, 'hop-thu/thu.eml');
    expect(files).toEqual([]);
    expect(problems[0].reason).toMatch(/không có tệp đính kèm nào/);
  });

  it('named text files, CSV tables and unnamed binary parts stay attachments', async () => {
    const bytes = message('multipart/mixed', [
      `Content-Type: text/plain; charset=utf-8; name="ghi-chu.txt"\r\nContent-Disposition: attachment; filename="ghi-chu.txt"\r\n\r\n${BODY}`,
      'Content-Type: text/csv; charset=utf-8\r\nContent-Disposition: attachment\r\n\r\nMã đơn vị,Tên đơn vị\r\nTH-LC,Trường TH Liên Châu',
      `Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${PNG.toString('base64')}`,
    ]);
    const { files } = await readEml(bytes, 'hop-thu/thu.eml');
    expect(files.map((f) => f.name)).toEqual(['ghi-chu.txt', 'tep-dinh-kem-2.csv', 'tep-dinh-kem-3.bin']);
    expect(files[2].bytes).toEqual(PNG);
  });
});
