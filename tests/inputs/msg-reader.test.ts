import { describe, expect, it } from 'vitest';
import { readMsg } from '../../src-main/core/mail/msg-reader';
import { buildMsg } from './build-msg';

describe('readMsg', () => {
  const inner = {
    subject: 'Báo cáo của trường',
    senderSmtp: 'C1.SoMot@QuangTri.edu.vn',
    deliveredAt: new Date('2025-10-01T02:00:00Z'),
    attachments: [{ fileName: 'Biểu thống kê tuần lễ.xlsx', content: Buffer.from('xlsx') }],
  };
  const message = buildMsg({
    subject: 'Fwd: Báo cáo Tuần lễ học tập suốt đời',
    senderSmtp: 'ChuyenVien@PGD.edu.vn',
    deliveredAt: new Date('2025-10-06T03:04:05Z'),
    attachments: [{ fileName: 'Kế hoạch.docx'.normalize('NFD'), content: Buffer.from('docx') }, { message: inner }],
  });

  it('gives the attachments with sender, date and subject, embedded messages opened', async () => {
    const { files, problems } = await readMsg(message, 'Hop thu/thu.msg');
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.name, f.origin, f.bytes.toString()])).toEqual([
      ['Kế hoạch.docx', 'Hop thu/thu.msg › Kế hoạch.docx', 'docx'],
      ['Biểu thống kê tuần lễ.xlsx', 'Hop thu/thu.msg › Báo cáo của trường › Biểu thống kê tuần lễ.xlsx', 'xlsx'],
    ]);
    for (const file of files) {
      expect(file.sender).toBe('chuyenvien@pgd.edu.vn');
      expect(file.receivedAt).toBe('2025-10-06T03:04:05.000Z');
      expect(file.subject).toBe('Fwd: Báo cáo Tuần lễ học tập suốt đời');
    }
    expect(files[1].senderChain).toEqual(['chuyenvien@pgd.edu.vn', 'c1.somot@quangtri.edu.vn']);
  });

  it('credits a forwarded school message to the school when told which addresses are schools', async () => {
    const { files } = await readMsg(message, 'thu.msg', { isSchoolAddress: (a) => a.endsWith('quangtri.edu.vn') });
    expect(files.map((f) => f.sender)).toEqual(['chuyenvien@pgd.edu.vn', 'c1.somot@quangtri.edu.vn']);
  });

  it('falls back to the transport headers for sender and date', async () => {
    const bytes = buildMsg({
      subject: 'Báo cáo',
      headers: 'Received: from mx by pgd; Tue, 7 Oct 2025 10:00:00 +0700\r\nFrom: "Trường THCS" <THCS@school.vn>\r\nDate: Tue, 7 Oct 2025 09:59:00 +0700\r\n',
      attachments: [{ fileName: 'BC.pdf', content: Buffer.from('%PDF-1.4') }],
    });
    const { files } = await readMsg(bytes, 'thu.msg');
    expect(files[0].sender).toBe('thcs@school.vn');
    expect(files[0].receivedAt).toBe('2025-10-07T02:59:00.000Z');
  });

  it('says so when the message has no attachments', async () => {
    const { files, problems } = await readMsg(buildMsg({ subject: 'Trống', senderSmtp: 'a@b.vn' }), 'trong.msg');
    expect(files).toEqual([]);
    expect(problems).toEqual([{ origin: 'trong.msg', reason: expect.stringContaining('không có tệp đính kèm') }]);
  });

  it('turns a truncated or corrupt .msg into a problem, never an exception', async () => {
    for (const bytes of [message.subarray(0, 1500), message.subarray(0, 600), Buffer.from('không phải thư Outlook'), Buffer.alloc(4096, 0xd0)]) {
      const { files, problems } = await readMsg(bytes, 'hong.msg');
      expect(files).toEqual([]);
      expect(problems).toEqual([{ origin: 'hong.msg', reason: expect.stringContaining('bị hỏng') }]);
    }
  });

  // msgreader follows these until an end marker and never returns (checked by hand: it hangs).
  it('refuses a .msg whose sector chain or directory loops, instead of hanging', async () => {
    const directorySector = message.readUInt32LE(0x30);
    const fatOffset = 512 + message.readUInt32LE(0x4c) * 512;
    const loopingChain = Buffer.from(message);
    loopingChain.writeUInt32LE(directorySector, fatOffset + directorySector * 4);
    const loopingTree = Buffer.from(message);
    const directory = 512 + directorySector * 512;
    const firstChild = loopingTree.readUInt32LE(directory + 0x4c);
    loopingTree.writeUInt32LE(0, directory + firstChild * 128 + 0x44);
    for (const [bytes, why] of [[loopingChain, 'chuỗi khối bị vòng'], [loopingTree, 'thư mục bị vòng']] as const) {
      const { files, problems } = await readMsg(bytes, 'vong.msg');
      expect(files).toEqual([]);
      expect(problems).toEqual([{ origin: 'vong.msg', reason: expect.stringContaining(why) }]);
    }
  });
});
