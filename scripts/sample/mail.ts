import MailComposer from 'nodemailer/lib/mail-composer';

export interface SampleEmail {
  from: { name?: string; address: string };
  date: Date;
  subject: string;
  text: string;
  attachments: Array<{ filename: string; content: Buffer; contentType?: string }>;
}

export const OFFICE_ADDRESS = 'phonggd@thanhoai.edu.vn';

/** A saved email (.eml) as a mail client exports it. */
export function composeEmail(mail: SampleEmail): Promise<Buffer> {
  return new MailComposer({
    from: mail.from.name ? `"${mail.from.name}" <${mail.from.address}>` : mail.from.address,
    to: OFFICE_ADDRESS,
    subject: mail.subject,
    date: mail.date,
    text: mail.text,
    attachments: mail.attachments,
  })
    .compile()
    .build();
}
