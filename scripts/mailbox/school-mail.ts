/** Real school emails for the mailbox tests: generated workbooks attached to messages built by nodemailer. */
import MailComposer from 'nodemailer/lib/mail-composer';
import { sampleFigures } from '../sample/figures';
import { OFFICE_ADDRESS } from '../sample/mail';
import { seededRandom } from '../sample/random';
import { sampleSchools, type SampleSchool } from '../sample/schools';
import { schoolWorkbook, workbookStyleFor } from '../sample/school-workbook';
import type { Unit } from '../../src-main/core/model/unit';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

export interface SchoolMail {
  school: SampleSchool;
  sent: Date;
  raw: Buffer;
  messageId: string;
}

export function testSchools(n: number, seed = 9): SampleSchool[] {
  return sampleSchools(n, seededRandom(seed));
}

export function registryUnits(schools: SampleSchool[]): Unit[] {
  return schools.map((s) => ({ code: s.code, name: s.name, emails: [s.email], type: s.type, students: s.students }));
}

/** The i-th school's report email of 2023: its workbook (laid out its own way) attached, sent in October. */
export async function reportEmail(school: SampleSchool, i: number, opts: { attach?: boolean; subject?: string; day?: number } = {}): Promise<SchoolMail> {
  const rand = seededRandom(100 + i);
  const sent = new Date(Date.UTC(2023, 9, opts.day ?? 9 + (i % 8), 2 + (i % 7), 15));
  const messageId = `<bc-${i}-${school.code.toLowerCase()}@thanhoai.edu.vn>`;
  const attachments =
    opts.attach === false
      ? []
      : [
          {
            filename: i % 3 === 0 ? 'baocao.xlsx' : `BC HTSĐ ${school.short} 2023.xlsx`,
            content: await schoolWorkbook(school, llw2022, sampleFigures(llw2022, rand, school.students), 2023, workbookStyleFor(i)),
          },
        ];
  const raw = await new MailComposer({
    from: `"${school.name}" <${school.email}>`,
    to: OFFICE_ADDRESS,
    subject: opts.subject ?? `Báo cáo Tuần lễ HTSĐ năm 2023 - ${school.name}`,
    date: sent,
    messageId,
    text: `Kính gửi Phòng GD&ĐT, ${school.name} gửi báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023.`,
    attachments,
  })
    .compile()
    .build();
  return { school, sent, raw, messageId };
}
