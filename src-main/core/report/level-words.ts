import type { RoundLevel } from '../model/round';

/** How the report names who reported and whom the office directs: schools at a district, districts at a province. */
export interface LevelWords {
  /** Counted in a sentence: "3/3 huyện, thành phố báo cáo", "28/30 đơn vị báo cáo". */
  units: string;
  /** Whom the office's plan went to: "các đơn vị trường học", "các Phòng Giáo dục và Đào tạo". */
  directed: string;
}

const WORDS: Record<RoundLevel, LevelWords> = {
  school: { units: 'đơn vị', directed: 'các đơn vị trường học' },
  district: { units: 'huyện, thành phố', directed: 'các Phòng Giáo dục và Đào tạo' },
};

export function levelWords(level: RoundLevel | undefined): LevelWords {
  return WORDS[level ?? 'school'];
}
