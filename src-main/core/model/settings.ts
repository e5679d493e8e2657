/**
 * What the office prints on its documents (Nghị định 30/2020: heading, number, signer,
 * distribution). The office sets these once; the app never guesses the signer, so the
 * defaults are visible placeholders a reader would notice on paper.
 */

/** Authority prefix in front of the signer's title: KT. (ký thay), TM. (thay mặt), Q. (quyền), TL., TUQ. */
export type SignerPrefix = '' | 'KT.' | 'TM.' | 'Q.' | 'TL.' | 'TUQ.';

export interface Signer {
  prefix: SignerPrefix;
  /** Title of the authority signed for ("TRƯỞNG PHÒNG"); printed after the prefix. */
  authorityTitle: string;
  /** The signer's own title ("PHÓ TRƯỞNG PHÒNG"); printed alone when there is no prefix. */
  title: string;
  name: string;
}

/** Page margins in millimetres. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface OfficeSettings {
  /** Tên cơ quan chủ quản, e.g. "UBND HUYỆN THANH OAI". */
  superiorBody: string;
  /** Tên cơ quan ban hành, e.g. "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO". */
  officeName: string;
  /** Place in the date line, e.g. "Thanh Oai". */
  place: string;
  /** Document code after the number, e.g. "BC-PGDĐT". */
  docCode: string;
  /** Left out, the number stays blank for the clerk ("Số:      /BC-PGDĐT"). */
  docNumber?: string;
  /** "Kính gửi": one recipient, or several separated by new lines. */
  recipientTo: string;
  signer: Signer;
  /** "Nơi nhận" lines without the leading "- " and the final ";" / ".". */
  distribution: string[];
  /** Path to a transparent PNG of the signature, for an electronic copy. */
  signatureImage?: string;
  /** Path to a transparent PNG of the office's seal, for an electronic copy. */
  sealImage?: string;
  /** Defaults to report-format.md's 20/20/30/15 mm. */
  margins?: PageMargins;
}

export const defaultMargins: PageMargins = { top: 20, bottom: 20, left: 30, right: 15 };

export const defaultOfficeSettings: OfficeSettings = {
  superiorBody: 'UBND HUYỆN …',
  officeName: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
  place: '…',
  docCode: 'BC-PGDĐT',
  recipientTo: 'Sở Giáo dục và Đào tạo …',
  signer: {
    prefix: 'KT.',
    authorityTitle: 'TRƯỞNG PHÒNG',
    title: 'PHÓ TRƯỞNG PHÒNG',
    name: '(Chưa cấu hình người ký)',
  },
  distribution: ['Sở GD&ĐT (để b/c)', 'UBND huyện (để b/c)', 'Lưu: VT'],
  margins: defaultMargins,
};
