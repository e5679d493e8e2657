import { describe, expect, it } from 'vitest';
import { makeUnitCode, unitFromDocument } from '../../src-main/core/units/unit-from-document';

describe('unitFromDocument', () => {
  it('takes the school line of the letterhead, not the district office', () => {
    const unit = unitFromDocument({
      fileName: 'baocao.docx',
      headerText: 'PHÒNG GD&ĐT THANH OAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC LIÊN CHÂU | Độc lập - Tự do - Hạnh phúc\nSố: 15/BC-THLC | Thanh Oai, ngày 9 tháng 10 năm 2023',
      sender: 'Trường TH <C1LienChau@hanoiedu.vn>',
    });
    expect(unit).toEqual({ code: 'TH-LIEN-CHAU', name: 'Trường Tiểu học Liên Châu', emails: ['c1lienchau@hanoiedu.vn'], type: 'TH' });
  });

  it('takes the school that writes the plan, from NFD running text', () => {
    const unit = unitFromDocument({
      fileName: 'KH.docx',
      headerText: 'KẾ HOẠCH\nCăn cứ Hướng dẫn số 207/HD-PGDĐT của phòng giáo dục và đào tạo huyện Vĩnh Thuận;\nTrường TH&THCS Vĩnh Bình Nam xây dựng kế hoạch tổ chức tuần lễ như sau:'.normalize('NFD'),
    });
    expect(unit).toMatchObject({ code: 'TH-THCS-VINH-BINH-NAM', name: 'Trường TH&THCS Vĩnh Bình Nam', type: 'TH&THCS' });
  });

  it('names a community centre by its commune', () => {
    expect(unitFromDocument({ fileName: 'a.docx', headerText: 'UBND XÃ KIM AN\nTRUNG TÂM HỌC TẬP CỘNG ĐỒNG' }))
      .toMatchObject({ code: 'TTHTCD-KIM-AN', name: 'Trung tâm học tập cộng đồng xã Kim An' });
    expect(unitFromDocument({ fileName: 'a.docx', headerText: 'TRUNG TÂM HTCĐ XÃ KIM AN' }))
      .toMatchObject({ code: 'TTHTCD-KIM-AN', name: 'Trung tâm học tập cộng đồng xã Kim An' });
  });

  it('joins a school name broken over two letterhead lines, but not with the line that follows a bare type', () => {
    expect(unitFromDocument({ fileName: 'a.docx', headerText: 'PHÒNG GD&ĐT THANH OAI\nTRƯỜNG MẦM NON\nBÍCH HOÀ\nBÁO CÁO' }))
      .toMatchObject({ code: 'MN-BICH-HOA', name: 'Trường Mầm non Bích Hoà' });
    expect(unitFromDocument({ fileName: 'a.docx', headerText: 'PHÒNG GD&ĐT THANH OAI\nTRƯỜNG MẦM NON\nBÁO CÁO' })).toBeNull();
    expect(unitFromDocument({ fileName: 'a.docx', headerText: 'TRƯỜNG MẦM NON\nSố: 12/BC-MN' })).toBeNull();
  });

  it('falls back to the file name', () => {
    expect(unitFromDocument({ fileName: 'BC HTSĐ TH Lien Chau 2023.xlsx', headerText: 'BÁO CÁO KẾT QUẢ' }))
      .toMatchObject({ code: 'TH-LIEN-CHAU', name: 'Trường Tiểu học Lien Chau' });
    expect(unitFromDocument({ fileName: 'baocao_thcs_caoduong.docx' })).toMatchObject({ code: 'THCS-CAODUONG', type: 'THCS' });
  });

  it('finds no unit in the district office\'s own documents or a template for all schools', () => {
    expect(unitFromDocument({ fileName: 'Báo cáo (1).doc', headerText: 'UBND HUYỆN THANH OAI\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nBÁO CÁO' })).toBeNull();
    expect(unitFromDocument({ fileName: 'mau.xlsx', headerText: 'PHÒNG GD&ĐT THANH OAI\nMẪU BÁO CÁO DÀNH CHO CÁC TRƯỜNG MẦM NON, TIỂU HỌC, THCS' })).toBeNull();
    expect(unitFromDocument({ fileName: 'mau.xlsx', headerText: 'TRƯỜNG: ......................\nBÁO CÁO' })).toBeNull();
  });

  it('gives no unit when the text names two schools as equals', () => {
    expect(unitFromDocument({ fileName: 'a.docx', headerText: 'Trường Tiểu học Liên Châu và Trường THCS Cao Dương phối hợp tổ chức' })).toBeNull();
  });
});

describe('makeUnitCode', () => {
  it('makes the same readable code for every spelling of a name', () => {
    expect(makeUnitCode('Trường Tiểu học Liên Châu')).toBe('TH-LIEN-CHAU');
    expect(makeUnitCode('TRƯỜNG TH LIÊN CHÂU'.normalize('NFD'))).toBe('TH-LIEN-CHAU');
    expect(makeUnitCode('THCS Cao Dương')).toBe('THCS-CAO-DUONG');
    expect(makeUnitCode('Trường Mầm non Bích Hoà')).toBe('MN-BICH-HOA');
    expect(makeUnitCode('Trung tâm GDNN-GDTX huyện Thanh Oai')).toBe('TTGDNN-GDTX-THANH-OAI');
    expect(makeUnitCode('Phòng Giáo dục')).toBe('PHONG-GIAO-DUC');
    expect(makeUnitCode('...')).toBe('DON-VI');
  });

  it('stays unique against codes already taken, in any case', () => {
    expect(makeUnitCode('TH Liên Châu', new Set(['th-lien-chau', 'TH-LIEN-CHAU-2']))).toBe('TH-LIEN-CHAU-3');
  });
});
