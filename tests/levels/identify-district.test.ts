import { describe, expect, it } from 'vitest';
import { ContainerIdentifier } from '../../src-main/core/job/identify-containers';
import type { Unit } from '../../src-main/core/model/unit';
import { isDistrictName, parseDistrictName, registryLevel } from '../../src-main/core/units/district-names';
import { identifyDistrict } from '../../src-main/core/units/identify-district';

const unit = (code: string, name: string, emails: string[] = []): Unit => ({ code, name, emails });

/** A province's districts, written the several ways registries write them; Trà Vinh has both a huyện and a thị xã Duyên Hải. */
const districts: Unit[] = [
  unit('CT', 'Phòng GD&ĐT huyện Châu Thành', ['pgd@chauthanh.edu.vn']),
  unit('CTA', 'Phòng Giáo dục và Đào tạo huyện Châu Thành A'),
  unit('MCN', 'UBND huyện Mỏ Cày Nam'),
  unit('TPBT', 'Thành phố Bến Tre'),
  unit('HDH', 'Huyện Duyên Hải'),
  unit('TXDH', 'Thị xã Duyên Hải'),
  unit('Q1', 'Quận 1'),
];

const identify = (headerText: string, fileName = 'bao-cao.docx', sender?: string) => identifyDistrict({ fileName, headerText, sender, units: districts });

describe('district names', () => {
  it('reads the kind and the proper name behind the office words, with or without diacritics and abbreviated', () => {
    expect(parseDistrictName('Phòng GD&ĐT huyện Châu Thành')).toMatchObject({ kind: 'huyện', words: ['chau', 'thanh'], properName: 'Châu Thành' });
    expect(parseDistrictName('PHONG GIAO DUC VA DAO TAO TP. BEN TRE')).toMatchObject({ kind: 'thành phố', words: ['ben', 'tre'] });
    expect(parseDistrictName('H. Mỏ Cày Nam')).toMatchObject({ kind: 'huyện', words: ['mo', 'cay', 'nam'] });
    expect(parseDistrictName('Thị xã Duyên Hải'.normalize('NFD'))).toMatchObject({ kind: 'thị xã', words: ['duyen', 'hai'] });
  });

  it('tells a registry of district offices from one of schools', () => {
    expect(registryLevel(districts)).toBe('district');
    expect(isDistrictName('Trường THCS Châu Thành')).toBe(false);
    expect(registryLevel([...districts, unit('TH-LC', 'Trường Tiểu học Liên Châu')])).toBe('school');
    expect(registryLevel([])).toBe('school');
  });
});

describe('which district sent a report', () => {
  it('by the letterhead of a Word report, in capitals', () => {
    const r = identify('UBND HUYỆN MỎ CÀY NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.match?.unit.code).toBe('MCN');
    expect(r.match?.by).toBe('document');
    expect(r.reason).toMatch(/UBND HUYỆN MỎ CÀY NAM/);
  });

  it('never by the schools it names, even one named after another district', () => {
    const annex = 'PHỤ LỤC\nTrường THCS Châu Thành | 12 | 340\nTrường Tiểu học Thị trấn Mỏ Cày | 8 | 200';
    expect(identify(annex).match).toBeNull();
    expect(identify(annex).reason).toMatch(/không nêu tên Phòng GD&ĐT/);
  });

  it('"Châu Thành A" is not "Châu Thành", and a thị xã is not the huyện of the same name', () => {
    expect(identify('PHÒNG GD&ĐT HUYỆN CHÂU THÀNH A').match?.unit.code).toBe('CTA');
    expect(identify('Phòng Giáo dục và Đào tạo huyện Châu Thành A báo cáo kết quả như sau:').match?.unit.code).toBe('CTA');
    expect(identify('UBND HUYỆN CHÂU THÀNH').match?.unit.code).toBe('CT');
    expect(identify('UBND THỊ XÃ DUYÊN HẢI').match?.unit.code).toBe('TXDH');
    expect(identify('UBND HUYỆN DUYÊN HẢI').match?.unit.code).toBe('HDH');
  });

  it('by the sender first, then by the file name, and never a guess between two', () => {
    expect(identify('', 'x.xlsx', 'PGD@chauthanh.edu.vn').match?.by).toBe('email');
    expect(identify('', 'BC HTSD Mo Cay Nam 2023.xlsx').match?.unit.code).toBe('MCN');
    expect(identify('', 'tonghop_TPBenTre.xlsx').match?.unit.code).toBe('TPBT');
    const two = identify('UBND HUYỆN CHÂU THÀNH\nUBND HUYỆN MỎ CÀY NAM');
    expect(two.match).toBeNull();
    expect(two.reason).toMatch(/nhiều đơn vị/);
  });

  it('the app\'s own workbook: the line naming the office that consolidated it', () => {
    const r = identify('TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ NĂM 2023\nĐơn vị báo cáo: Phòng Giáo dục và Đào tạo thành phố Bến Tre\nSTT | Các hoạt động');
    expect(r.match?.unit.code).toBe('TPBT');
  });
});

describe('an office the registry lacks', () => {
  it('is made from its own letterhead, never from a row of a list further down', async () => {
    const { districtInHeading } = await import('../../src-main/core/units/identify-district');
    expect(districtInHeading('UBND HUYỆN GIỒNG TRÔM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO')?.name).toBe('Phòng GD&ĐT huyện Giồng Trôm');
    const list = ['PHỤ LỤC: SỐ LIỆU CỦA TỪNG ĐƠN VỊ', 'Mã đơn vị | Tên đơn vị', 'CT | Phòng GD&ĐT huyện Châu Thành', 'MCN | UBND huyện Mỏ Cày Nam', 'TPBT | Thành phố Bến Tre', 'GT | Phòng GD&ĐT huyện Giồng Trôm'];
    expect(districtInHeading(['TỔNG HỢP SỐ LIỆU NĂM 2023', ...list].join('\n'))).toBeNull();
  });

  it('once: its second report joins the office made from the first', () => {
    const identifier = new ContainerIdentifier(districts, [], 'district');
    const letterhead = 'UBND HUYỆN GIỒNG TRÔM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nBÁO CÁO';
    const first = identifier.identify([{ fileName: 'bao-cao.docx', headerText: letterhead }]);
    expect(first.newUnit?.name).toBe('Phòng GD&ĐT huyện Giồng Trôm');
    const second = identifier.identify([{ fileName: 'bieu-tong-hop.xlsx', headerText: letterhead.toLowerCase() }]);
    expect(second.newUnit).toBeUndefined();
    expect(second.match?.unit.code).toBe(first.newUnit?.code);
  });
});
