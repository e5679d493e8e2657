import { int, pick } from './random';

export interface SampleSchool {
  code: string;
  name: string;
  short: string;
  type: string;
  email: string;
  students: number;
}

const places = [
  'Liên Châu', 'Cao Dương', 'Bích Hòa', 'Kim An', 'Thanh Cao', 'Tam Hưng', 'Xuân Dương', 'Dân Hòa', 'Hồng Dương', 'Phương Trung',
  'Kim Thư', 'Bình Minh', 'Cự Khê', 'Thanh Mai', 'Thanh Văn', 'Mỹ Hưng', 'Đỗ Động', 'Tân Ước', 'Cao Viên', 'Thanh Thùy',
  'Kim Bài', 'Phương Trung', 'Tam Hưng', 'Bích Hòa',
];

const kinds = [
  { type: 'MN', long: 'Trường Mầm non', prefix: 'mn' },
  { type: 'TH', long: 'Trường Tiểu học', prefix: 'th' },
  { type: 'THCS', long: 'Trường THCS', prefix: 'thcs' },
] as const;

function ascii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A district's schools: each place has a preschool, a primary and a lower-secondary school. */
export function sampleSchools(count: number, rand: () => number): SampleSchool[] {
  const out: SampleSchool[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < count; i++) {
    const kind = kinds[i % kinds.length];
    const base = places[Math.floor(i / kinds.length) % places.length];
    const round = Math.floor(i / (kinds.length * places.length));
    const place = round === 0 ? base : `${base} ${round + 1}`;
    const code = `${kind.type}-${ascii(place).toUpperCase().replace(/\s+/g, '-')}`;
    if (seen.has(code)) continue;
    seen.add(code);
    const slug = ascii(place).toLowerCase().replace(/\s+/g, '');
    out.push({
      code,
      name: `${kind.long} ${place}`,
      short: `${kind.type} ${place}`,
      type: kind.type,
      email: `${kind.prefix}${slug}@thanhoai.edu.vn`,
      students: kind.type === 'MN' ? int(rand, 150, 400) : int(rand, 300, 1200),
    });
  }
  return out;
}

export { pick };
