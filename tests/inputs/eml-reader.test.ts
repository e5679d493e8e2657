import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../src-main/core/mail/eml-reader';
import { composeEmail } from './build-mail';

const SCHOOL = 'Trường TH Số 1 Đông Hà <C1.So1.DongHa@Quangtri.Edu.Vn>';
const SENT = new Date('2025-10-06T08:30:00+07:00');

describe('readEml', () => {
  it('gives every attachment with its Vietnamese name, the sender, the date and the subject', async () => {
    const longName = 'Báo cáo tổng hợp kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 của trường.xlsx';
    const bytes = await composeEmail({
      from: SCHOOL,
      replyTo: 'hieutruong@gmail.com',
      subject: 'Báo cáo Tuần lễ học tập suốt đời',
      date: SENT,
      attachments: [
        { filename: 'Kế hoạch.docx', content: Buffer.from('docx') },
        { filename: 'Biểu thống kê.xlsx'.normalize('NFD'), content: Buffer.from('xlsx') },
        { filename: longName, content: Buffer.from('long') },
      ],
    });
    const { files, problems } = await readEml(bytes, 'hop-thu/thu1.eml');
    expect(problems).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['Kế hoạch.docx', 'Biểu thống kê.xlsx', longName]);
    expect(files.map((f) => f.bytes.toString())).toEqual(['docx', 'xlsx', 'long']);
    for (const file of files) {
      expect(file.sender).toBe('c1.so1.dongha@quangtri.edu.vn');
      expect(file.receivedAt).toBe('2025-10-06T01:30:00.000Z');
      expect(file.subject).toBe('Báo cáo Tuần lễ học tập suốt đời');
    }
    expect(files[0].origin).toBe('hop-thu/thu1.eml › Kế hoạch.docx');
  });

  it('keeps inline images, marked in the origin', async () => {
    const bytes = await composeEmail({
      from: SCHOOL,
      subject: 'Ảnh hoạt động',
      html: '<p>Ảnh:</p><img src="cid:anh1">',
      attachments: [{ filename: 'ảnh lễ khai mạc.jpg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0]), cid: 'anh1' }],
    });
    const { files } = await readEml(bytes, 'thu.eml');
    expect(files).toHaveLength(1);
    expect(files[0].name).toBe('ảnh lễ khai mạc.jpg');
    expect(files[0].origin).toBe('thu.eml › ảnh lễ khai mạc.jpg (ảnh chèn trong thư)');
  });

  it('opens a forwarded email: the files keep the outer sender unless the inner one is a school', async () => {
    const original = await composeEmail({
      from: SCHOOL,
      subject: 'Báo cáo tuần lễ',
      date: new Date('2025-10-01T02:00:00Z'),
      attachments: [{ filename: 'BC Tuần lễ.docx', content: Buffer.from('bc') }],
    });
    const forward = await composeEmail({
      from: 'Chuyên viên <ChuyenVien@pgd.edu.vn>',
      subject: 'Fwd: Báo cáo tuần lễ',
      date: SENT,
      attachments: [{ content: original, contentType: 'message/rfc822' }],
    });
    const plain = await readEml(forward, 'thu.eml');
    expect(plain.problems).toEqual([]);
    expect(plain.files).toHaveLength(1);
    const [file] = plain.files;
    expect(file.name).toBe('BC Tuần lễ.docx');
    expect(file.origin).toBe('thu.eml › Báo cáo tuần lễ › BC Tuần lễ.docx');
    expect(file.sender).toBe('chuyenvien@pgd.edu.vn');
    expect(file.receivedAt).toBe('2025-10-06T01:30:00.000Z');
    expect(file.senderChain).toEqual(['chuyenvien@pgd.edu.vn', 'c1.so1.dongha@quangtri.edu.vn']);

    const credited = await readEml(forward, 'thu.eml', { isSchoolAddress: (a) => a.endsWith('@quangtri.edu.vn') });
    expect(credited.files[0].sender).toBe('c1.so1.dongha@quangtri.edu.vn');
  });

  it('opens .eml files and zips attached to an email', async () => {
    const original = await composeEmail({ from: SCHOOL, subject: 'Gửi lại', attachments: [{ filename: 'Biểu 1.xlsx', content: Buffer.from('b1') }] });
    const zip = new JSZip();
    zip.file('Minh chứng/Ảnh 1.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const forward = await composeEmail({
      from: SCHOOL,
      subject: 'Hồ sơ',
      attachments: [
        { filename: 'thu-cu.eml', content: original, contentType: 'application/octet-stream' },
        { filename: 'Minh chứng.zip', content: await zip.generateAsync({ type: 'nodebuffer' }) },
      ],
    });
    const { files, problems } = await readEml(forward, 'thu.eml');
    expect(problems).toEqual([]);
    expect(files.map((f) => f.origin)).toEqual(['thu.eml › thu-cu › Biểu 1.xlsx', 'thu.eml › Minh chứng.zip › Minh chứng/Ảnh 1.png']);
    expect(files.every((f) => f.sender === 'c1.so1.dongha@quangtri.edu.vn' && f.subject === 'Hồ sơ')).toBe(true);
  });

  it('repairs broken names in hand-written headers, names unnamed parts, dates by Received', async () => {
    const raw = Buffer.concat([
      Buffer.from([
        'Received: from mx.quangtri.edu.vn by mail.pgd.edu.vn; Mon, 6 Oct 2025 09:15:00 +0700',
        'Received: from [10.0.0.5] by mx.quangtri.edu.vn; Mon, 6 Oct 2025 09:14:58 +0700',
        'From: =?utf-8?B?VHLGsOG7nW5nIFRIQ1M=?= <THCS.NguyenTrai@Quangtri.edu.vn>',
        'Subject: =?utf-8?Q?B=C3=A1o_c=C3=A1o?=',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="ranh-gioi"',
        '',
        '--ranh-gioi',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Kính gửi',
        '--ranh-gioi',
        'Content-Type: application/octet-stream',
        'Content-Disposition: attachment; filename="',
      ].join('\r\n')),
      Buffer.from('Danh sách đơn vị.xlsx', 'utf8'),
      Buffer.from(['"', 'Content-Transfer-Encoding: base64', '', 'eGxzeA==', '--ranh-gioi', 'Content-Type: application/octet-stream', 'Content-Disposition: attachment; filename="'].join('\r\n')),
      Buffer.from('BÃ¡o cÃ¡o.docx', 'utf8'),
      Buffer.from(['"', 'Content-Transfer-Encoding: base64', '', 'ZG9jeA==', '--ranh-gioi', 'Content-Type: application/octet-stream', 'Content-Disposition: attachment; filename="'].join('\r\n')),
      Buffer.from([0x74, 0xf4, 0xd2, 0x6e, 0x67, 0x20, 0x68, 0xf5, 0xf2, 0x70]),
      Buffer.from([
        '.pdf"', 'Content-Transfer-Encoding: base64', '', 'cGRm',
        '--ranh-gioi', 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Transfer-Encoding: base64', '', 'bm9uYW1l',
        '--ranh-gioi--', '',
      ].join('\r\n')),
    ]);
    const { files, problems } = await readEml(raw, 'thu-loi.eml');
    expect(problems).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['Danh sách đơn vị.xlsx', 'Báo cáo.docx', 'tổng hợp.pdf', 'tep-dinh-kem-4.xlsx']);
    expect(files[0].sender).toBe('thcs.nguyentrai@quangtri.edu.vn');
    expect(files[0].subject).toBe('Báo cáo');
    expect(files[0].receivedAt).toBe('2025-10-06T02:15:00.000Z');
  });

  it('says so when an email has no attachments, keeping its subject and sender', async () => {
    const bytes = await composeEmail({ from: SCHOOL, subject: 'Số liệu tuần lễ', text: 'Số người tham gia: 1.500 người.' });
    const { files, problems } = await readEml(bytes, 'thu-trong.eml');
    expect(files).toEqual([]);
    expect(problems).toEqual([{ origin: 'thu-trong.eml', reason: expect.stringContaining('«Số liệu tuần lễ» của c1.so1.dongha@quangtri.edu.vn không có tệp đính kèm') }]);
  });

  it('keeps to the limits on attachments and forwarding depth', async () => {
    const many = await composeEmail({
      from: SCHOOL,
      subject: 'Nhiều tệp',
      attachments: ['a', 'b', 'c'].map((n) => ({ filename: `${n}.pdf`, content: Buffer.from('%PDF') })),
    });
    const limited = await readEml(many, 'nhieu.eml', { limits: { maxAttachments: 2 } });
    expect(limited.files.map((f) => f.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(limited.problems).toEqual([{ origin: 'nhieu.eml', reason: expect.stringContaining('chỉ lấy 2 tệp đầu') }]);

    let nested = await composeEmail({ from: SCHOOL, subject: 'Tầng 0', attachments: [{ filename: 'sau.docx', content: Buffer.from('x') }] });
    for (let level = 1; level <= 3; level++) {
      nested = await composeEmail({ from: SCHOOL, subject: `Tầng ${level}`, attachments: [{ content: nested, contentType: 'message/rfc822' }] });
    }
    const deep = await readEml(nested, 'sau.eml', { limits: { maxDepth: 2 } });
    expect(deep.files).toEqual([]);
    expect(deep.problems).toEqual([{ origin: 'sau.eml › Tầng 2 › Tầng 1', reason: expect.stringContaining('quá nhiều tầng') }]);
  });

  it('never throws on garbage', async () => {
    const garbage = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const result = await readEml(garbage, 'rac.eml');
    expect(result.files).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
