import { describe, expect, it } from 'vitest';
import { decodeLegacyText, detectLegacyEncoding, legacyFont, legacyToUnicode } from '../../src-main/core/text/legacy-encoding';

const SENTENCE = 'Báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023';
/** The sentence as typed with the ABC keyboard in TCVN3 (bytes read as Windows-1252). */
const TCVN3 = 'B¸o c¸o kÕt qu¶ tæ chøc TuÇn lÔ h\u00adëng øng häc tËp suèt ®êi n¨m 2023';
/** The same typed in VNI. */
const VNI = 'Baùo caùo keát quaû toå chöùc Tuaàn leã höôûng öùng hoïc taäp suoát ñôøi naêm 2023';

describe('legacy Vietnamese encodings', () => {
  it('converts TCVN3 and VNI to Unicode', () => {
    expect(legacyToUnicode(TCVN3, 'tcvn3')).toBe(SENTENCE);
    expect(legacyToUnicode(VNI, 'vni')).toBe(SENTENCE);
    expect(legacyToUnicode('§µo t¹o, ¦u tiªn, ¥n, ¡n, ¢m, £m, ¤m', 'tcvn3')).toBe('Đào tạo, Ưu tiên, Ơn, Ăn, Âm, Êm, Ôm');
    expect(legacyToUnicode('ÑAÏI HOÏC, Öu tieân, Ôn', 'vni')).toBe('ĐẠI HỌC, Ưu tiên, Ơn');
  });

  it('knows the legacy fonts, and the capitals-only TCVN3 fonts', () => {
    expect(legacyFont('.VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFont('VNI-Times')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyFont('Times New Roman')).toBeNull();
    expect(decodeLegacyText('uû ban nh©n d©n', '.VnTimeH')).toEqual({ text: 'UỶ BAN NHÂN DÂN', encoding: 'tcvn3' });
  });

  it('detects the encoding from the text when the font was changed, and leaves Unicode alone', () => {
    expect(detectLegacyEncoding(TCVN3)).toBe('tcvn3');
    expect(detectLegacyEncoding(VNI)).toBe('vni');
    expect(detectLegacyEncoding(SENTENCE)).toBeNull();
    expect(detectLegacyEncoding(SENTENCE, '.VnTime')).toBeNull();
    expect(detectLegacyEncoding('Hoà bình, café, 1.500.000 đ')).toBeNull();
    expect(detectLegacyEncoding('STT')).toBeNull();
    expect(detectLegacyEncoding('«Company» © 2023 · 3 × 4')).toBeNull();
  });
});
