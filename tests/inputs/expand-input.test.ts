import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpandedInput } from '../../src-main/core/model/received';
import { expandInputs } from '../../src-main/core/readers/expand-input';
import { buildMsg } from './build-msg';
import { composeEmail } from './build-mail';
import { buildZip } from './build-zip';

const MTIME = new Date('2025-10-05T10:00:00Z');

describe('expandInputs over a folder of everything an office receives', () => {
  let root: string;
  let outside: string;
  let result: ExpandedInput;
  const progress: [number, number, string][] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'nhan-'));
    outside = mkdtempSync(join(tmpdir(), 'ngoai-'));
    const inbox = join(root, 'Hộp thư');
    mkdirSync(join(inbox, 'Trường A'), { recursive: true });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Biểu 1').getCell('A1').value = 'Tổng số';
    const write = (path: string, bytes: Buffer | string): void => {
      writeFileSync(join(inbox, path), bytes);
      utimesSync(join(inbox, path), MTIME, MTIME);
    };
    write('Trường A/Báo cáo tuần lễ.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    write('Trường A/Kế hoạch.pdf', '%PDF-1.4 kế hoạch');
    write('thu1.eml', await composeEmail({
      from: 'THCS Nguyễn Trãi <THCS.NT@school.vn>',
      subject: 'Báo cáo',
      date: new Date('2025-10-06T01:00:00Z'),
      attachments: [{ filename: 'BC Nguyễn Trãi.docx', content: Buffer.from('docx') }],
    }));
    write('thu2.msg', buildMsg({
      subject: 'Gửi báo cáo',
      senderSmtp: 'TH.LeLoi@school.vn',
      deliveredAt: new Date('2025-10-07T01:00:00Z'),
      attachments: [{ fileName: 'BC Lê Lợi.xlsx', content: Buffer.from('xlsx') }],
    }));
    const zip = new JSZip();
    zip.file('Trường B/Biểu 2.xlsx', 'b2');
    write('Trường B.zip', await zip.generateAsync({ type: 'nodebuffer' }));
    write('mat-khau.zip', buildZip([{ name: 'BC.xlsx', data: Buffer.from('x'), encrypted: true }]));
    write('hong.zip', (await zip.generateAsync({ type: 'nodebuffer' })).subarray(0, 40));
    write('nen.rar', Buffer.concat([Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), Buffer.alloc(100)]));
    write('rong.docx', '');
    write('hong.msg', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0xff)]));
    write('.an.xlsx', 'hidden');
    write('~$Báo cáo.xlsx', 'lock');
    write('Thumbs.db', 'cache');
    writeFileSync(join(outside, 'bi-mat.txt'), 'secret');
    symlinkSync(join(outside, 'bi-mat.txt'), join(inbox, 'lien-ket.txt'));
    symlinkSync(outside, join(inbox, 'thu-muc-ngoai'));

    result = await expandInputs([inbox, join(root, 'khong-co.eml')], {
      onProgress: (done, total, name) => progress.push([done, total, name]),
    });
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const file = (name: string) => result.files.find((f) => f.name === name);
  const problem = (origin: string) => result.problems.find((p) => p.origin === origin)?.reason;

  it('gives every good file with its name, sender and date', () => {
    expect(result.files.map((f) => f.origin).sort()).toEqual([
      'Hộp thư/Trường A/Báo cáo tuần lễ.xlsx',
      'Hộp thư/Trường A/Kế hoạch.pdf',
      'Hộp thư/Trường B.zip › Trường B/Biểu 2.xlsx',
      'Hộp thư/thu1.eml › BC Nguyễn Trãi.docx',
      'Hộp thư/thu2.msg › BC Lê Lợi.xlsx',
    ]);
    expect(file('Báo cáo tuần lễ.xlsx')).toMatchObject({ receivedAt: MTIME.toISOString() });
    expect(file('Báo cáo tuần lễ.xlsx')!.sender).toBeUndefined();
    expect(file('Biểu 2.xlsx')).toMatchObject({ receivedAt: MTIME.toISOString() });
    expect(file('BC Nguyễn Trãi.docx')).toMatchObject({ sender: 'thcs.nt@school.vn', receivedAt: '2025-10-06T01:00:00.000Z', subject: 'Báo cáo' });
    expect(file('BC Lê Lợi.xlsx')).toMatchObject({ sender: 'th.leloi@school.vn', receivedAt: '2025-10-07T01:00:00.000Z', subject: 'Gửi báo cáo' });
  });

  it('gives every bad file as a problem with a clear Vietnamese reason', () => {
    expect(problem(join(root, 'khong-co.eml'))).toContain('Không tìm thấy');
    expect(problem('Hộp thư/rong.docx')).toContain('tệp rỗng (0 byte)');
    expect(problem('Hộp thư/nen.rar')).toBe('Tệp .rar/.7z chưa đọc được: hãy giải nén rồi thêm các tệp bên trong, hoặc đề nghị trường gửi tệp .zip');
    expect(problem('Hộp thư/mat-khau.zip › BC.xlsx')).toContain('tệp nén có mật khẩu');
    expect(problem('Hộp thư/hong.zip')).toContain('tệp nén bị hỏng');
    expect(problem('Hộp thư/hong.msg')).toContain('bị hỏng');
    expect(result.problems).toHaveLength(6);
  });

  it('skips hidden and system files and follows no link out of the folder', () => {
    const all = [...result.files.map((f) => f.origin), ...result.problems.map((p) => p.origin)].join('\n');
    for (const skipped of ['.an.xlsx', '~$', 'Thumbs.db', 'lien-ket', 'bi-mat', 'thu-muc-ngoai']) expect(all).not.toContain(skipped);
  });

  it('reports progress for each picked file', () => {
    expect(progress).toHaveLength(10);
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress.every(([, total]) => total === 10)).toBe(true);
  });
});

describe('expandInputs limits', () => {
  it('does not load a file over the size limit, and goes on with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lon-'));
    try {
      writeFileSync(join(dir, 'video.mp4'), Buffer.alloc(5000));
      writeFileSync(join(dir, 'BC.pdf'), '%PDF-1.4');
      const { files, problems } = await expandInputs([join(dir, 'video.mp4'), join(dir, 'BC.pdf')], { limits: { maxFileBytes: 1000 } });
      expect(files.map((f) => f.origin)).toEqual(['BC.pdf']);
      expect(problems).toEqual([{ origin: 'video.mp4', reason: expect.stringContaining('tệp quá lớn') }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a file picked twice (itself and in its folder) once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trung-'));
    try {
      writeFileSync(join(dir, 'BC.pdf'), '%PDF-1.4');
      const { files } = await expandInputs([join(dir, 'BC.pdf'), dir]);
      expect(files).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
