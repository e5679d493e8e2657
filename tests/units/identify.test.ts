import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import type { Unit } from '../../src-main/core/model/unit';
import { identifyUnit } from '../../src-main/core/units/identify';

const units: Unit[] = [
  { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['c1lienchau@hanoiedu.vn'], type: 'TH' },
  { code: 'THCS-LC', name: 'Trường THCS Liên Châu', emails: ['c2lienchau@hanoiedu.vn'], type: 'THCS' },
  { code: 'THCS-CD', name: 'THCS Cao Dương', emails: ['thcscaoduong@hanoiedu.vn'] },
  { code: 'MN-BH', name: 'Trường Mầm non Bích Hòa', emails: [] },
  { code: 'TTHTCD-KA', name: 'TTHTCĐ xã Kim An', emails: ['tthtcdkiman@gmail.com'] },
  { code: 'TH-THCS-TA', name: 'Trường TH&THCS Thủy An', emails: ['ketoan.chung@gmail.com'] },
  { code: 'MN-TA', name: 'Trường Mầm non Thủy An', emails: ['ketoan.chung@gmail.com'] },
];

const identify = (input: { fileName: string; sender?: string; headerText?: string }) => identifyUnit({ ...input, units });

describe('identifyUnit by sender', () => {
  it('takes a registered address first, whatever its case or display name', () => {
    const r = identify({ fileName: 'baocao.docx', sender: 'Trường TH Liên Châu <C1LienChau@HanoiEdu.vn>' });
    expect(r.match).toMatchObject({ unit: { code: 'TH-LC' }, by: 'email', score: 1 });
    expect(r.match?.evidence).toContain('c1lienchau@hanoiedu.vn');
  });

  it('keeps the sender but says so when the document names another unit', () => {
    const r = identify({ fileName: 'baocao.docx', sender: 'c1lienchau@hanoiedu.vn', headerText: 'TRƯỜNG THCS CAO DƯƠNG' });
    expect(r.match?.unit.code).toBe('TH-LC');
    expect(r.match?.evidence).toContain('THCS Cao Dương');
  });

  it('takes a personal gmail address not in the registry as no evidence at all', () => {
    const r = identify({ fileName: 'baocao.docx', sender: 'nguyenvana1985@gmail.com' });
    expect(r.match).toBeNull();
    expect(r.reason).toBe("Không xác định được đơn vị gửi: tên tệp 'baocao.docx' và nội dung không nêu tên trường; địa chỉ gửi nguyenvana1985@gmail.com không có trong danh sách đơn vị");
  });

  it('uses the document between units that share one address', () => {
    const r = identify({ fileName: 'bc.xlsx', sender: 'ketoan.chung@gmail.com', headerText: 'TRƯỜNG MẦM NON THỦY AN' });
    expect(r.match).toMatchObject({ unit: { code: 'MN-TA' }, by: 'document' });
    const none = identify({ fileName: 'bc.xlsx', sender: 'ketoan.chung@gmail.com' });
    expect(none.match).toBeNull();
    expect(none.reason).toContain('dùng chung cho nhiều đơn vị (Trường TH&THCS Thủy An, Trường Mầm non Thủy An)');
  });
});

describe('identifyUnit by the document', () => {
  it('reads the letterhead under the district office, not the office itself', () => {
    const header = 'PHÒNG GD&ĐT THANH OAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC LIÊN CHÂU | Độc lập - Tự do - Hạnh phúc\nBÁO CÁO\nKết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023';
    const r = identify({ fileName: 'Báo cáo (1).xlsx', headerText: header });
    expect(r.match).toMatchObject({ unit: { code: 'TH-LC' }, by: 'document', score: 0.9 });
    expect(r.match?.evidence).toBe('tên "TRƯỜNG TIỂU HỌC LIÊN CHÂU" ở dòng 2 phần đầu văn bản');
    const asParagraphs = identify({ fileName: 'Báo cáo (1).doc', headerText: header.replace(/ \| /g, '\n') });
    expect(asParagraphs.match?.evidence).toBe('tên "TRƯỜNG TIỂU HỌC LIÊN CHÂU" ở dòng 3 phần đầu văn bản');
  });

  it('reads the letterhead of a school workbook as the reader gives it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = 'PHÒNG GD&ĐT THANH OAI';
    ws.mergeCells('A1:C1');
    ws.getCell('E1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    ws.getCell('A2').value = 'TRƯỜNG THCS CAO DƯƠNG'.normalize('NFD');
    ws.mergeCells('A2:C2');
    ws.getCell('E2').value = 'Độc lập - Tự do - Hạnh phúc';
    ws.getCell('A4').value = 'KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023';
    ws.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Số người tham gia']);
    const document = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'BC HTSĐ 2023.xlsx');
    const r = identify({ fileName: document.fileName, headerText: document.headerText, sender: 'gv.nguyenthib@gmail.com' });
    expect(r.match).toMatchObject({ unit: { code: 'THCS-CD' }, by: 'document', score: 0.9 });
  });

  it('reads NFD text, abbreviations and old tone placement', () => {
    expect(identify({ fileName: 'a.docx', headerText: 'Trường MN Bích Hoà'.normalize('NFD') }).match?.unit.code).toBe('MN-BH');
    expect(identify({ fileName: 'a.docx', headerText: 'Trung tâm học tập cộng đồng Kim An' }).match?.unit.code).toBe('TTHTCD-KA');
    expect(identify({ fileName: 'a.docx', headerText: 'Trường Tiểu học và Trung học cơ sở Thuỷ An' }).match?.unit.code).toBe('TH-THCS-TA');
  });

  it('finds the unit named as the subject of the first sentence', () => {
    const r = identify({ fileName: 'a.docx', headerText: 'Thực hiện Kế hoạch của UBND huyện Thanh Oai, Trường Tiểu học Liên Châu báo cáo kết quả như sau:' });
    expect(r.match).toMatchObject({ unit: { code: 'TH-LC' }, by: 'document', score: 0.75 });
  });

  it('reads a community centre whose letterhead names the commune council above it', () => {
    const r = identify({ fileName: 'a.xlsx', headerText: 'UBND XÃ KIM AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM HỌC TẬP CỘNG ĐỒNG | Độc lập - Tự do - Hạnh phúc\nBÁO CÁO' });
    expect(r.match?.unit.code).toBe('TTHTCD-KA');
  });

  it('reads a letterhead that breaks the school name over two lines', () => {
    const r = identify({ fileName: 'a.xlsx', headerText: 'PHÒNG GD&ĐT THANH OAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC | Độc lập - Tự do - Hạnh phúc\nLIÊN CHÂU' });
    expect(r.match).toMatchObject({ unit: { code: 'TH-LC' }, score: 0.9, evidence: 'tên "TRƯỜNG TIỂU HỌC / LIÊN CHÂU" ở dòng 3 phần đầu văn bản' });
  });

  it('never takes THCS Liên Châu for TH Liên Châu, nor the combined school for either', () => {
    expect(identify({ fileName: 'a.docx', headerText: 'TRƯỜNG THCS LIÊN CHÂU' }).match?.unit.code).toBe('THCS-LC');
    expect(identify({ fileName: 'a.docx', headerText: 'TRƯỜNG TH LIÊN CHÂU' }).match?.unit.code).toBe('TH-LC');
    const combined = identify({ fileName: 'a.docx', headerText: 'TRƯỜNG TH&THCS LIÊN CHÂU' });
    expect(combined.match).toBeNull();
    expect(combined.reason).toContain('nội dung nêu "TRƯỜNG TH&THCS LIÊN CHÂU" (Trường TH&THCS Liên Châu) nhưng đơn vị này không có trong danh sách');
    expect(identify({ fileName: 'a.docx', headerText: 'TRƯỜNG TIỂU HỌC LIÊN CHÂU A' }).match).toBeNull();
  });

  it('gives no unit when the document names two units equally, and says which', () => {
    const r = identify({ fileName: 'bc.docx', headerText: 'Trường Tiểu học Liên Châu phối hợp với Trường THCS Liên Châu tổ chức Lễ khai mạc' });
    expect(r.match).toBeNull();
    expect(r.reason).toBe("Không xác định được đơn vị gửi tệp 'bc.docx': nội dung văn bản nêu tên nhiều đơn vị (Trường Tiểu học Liên Châu, Trường THCS Liên Châu)");
  });

  it('takes the unit named first and most often in a narrative that also names a partner, with a lower score', () => {
    const text = 'Trường Tiểu học Liên Châu đã xây dựng kế hoạch.\nTrường Tiểu học Liên Châu phối hợp với TTHTCĐ xã Kim An.\nTrường TH Liên Châu tổ chức Lễ khai mạc.';
    const r = identify({ fileName: 'bc.docx', headerText: text });
    expect(r.match).toMatchObject({ unit: { code: 'TH-LC' }, score: 0.6 });
    expect(r.match?.evidence).toContain('được nêu 3 lần, nhiều hơn các đơn vị khác (TTHTCĐ xã Kim An)');
  });

  it('lets the file name settle between units the document names', () => {
    const r = identify({ fileName: 'BC TH Lien Chau.docx', headerText: 'Trường Tiểu học Liên Châu phối hợp với Trường THCS Liên Châu' });
    expect(r.match).toMatchObject({ unit: { code: 'TH-LC' }, by: 'file-name' });
  });

  it('does not take a template addressed to all schools as a school', () => {
    const r = identify({ fileName: 'mau-bao-cao.xlsx', headerText: 'PHÒNG GD&ĐT THANH OAI\nBIỂU TỔNG HỢP SỐ LIỆU DÀNH CHO CÁC TRƯỜNG MẦM NON, TIỂU HỌC, THCS' });
    expect(r.match).toBeNull();
  });
});

describe('identifyUnit by the file name', () => {
  it.each([
    ['BC HTSĐ TH Lien Chau 2023.xlsx', 'TH-LC'],
    ['baocao_thcs_caoduong.docx', 'THCS-CD'],
    ['THCSCaoDuong.xlsx', 'THCS-CD'],
    ['Báo cáo tuần lễ - MN Bích Hòa.docx', 'MN-BH'],
    ['hop-thu/thu1.eml/TTHTCD Kim An.pdf', 'TTHTCD-KA'],
  ])('%s → %s', (fileName, code) => {
    const r = identify({ fileName });
    expect(r.match).toMatchObject({ unit: { code }, by: 'file-name' });
  });

  it('does not read THCS Liên Châu into a TH Liên Châu file name', () => {
    expect(identify({ fileName: 'BC_THCS_LienChau.xlsx' }).match?.unit.code).toBe('THCS-LC');
    expect(identify({ fileName: 'BC_TH_LienChau.xlsx' }).match?.unit.code).toBe('TH-LC');
  });

  it('accepts a proper name alone only when one unit bears it, with a lower score', () => {
    expect(identify({ fileName: 'Cao Duong.xlsx' }).match).toMatchObject({ unit: { code: 'THCS-CD' }, score: 0.4 });
    const twoSchools = identify({ fileName: 'Lien Chau.xlsx' });
    expect(twoSchools.match).toBeNull();
    expect(twoSchools.reason).toContain('tên tệp hợp với nhiều đơn vị');
  });

  it('says why when nothing names the school', () => {
    const r = identify({ fileName: 'Báo cáo (1).doc', headerText: 'BÁO CÁO\nKết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023' });
    expect(r.match).toBeNull();
    expect(r.reason).toBe("Không xác định được đơn vị gửi: tên tệp 'Báo cáo (1).doc' và nội dung không nêu tên trường");
  });
});
