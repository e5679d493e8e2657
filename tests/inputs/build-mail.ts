/** Emails as mail clients write them, built with nodemailer's composer. */
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';

export function composeEmail(options: Mail.Options): Promise<Buffer> {
  return new MailComposer({ to: 'phonggd@pgd.edu.vn', text: 'Kính gửi Phòng GD&ĐT.', ...options }).compile().build();
}
