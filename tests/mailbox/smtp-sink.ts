import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  /** Recipients of each message taken, in the order they came. */
  received: string[][];
  close(): Promise<void>;
}

/** An SMTP server on 127.0.0.1 (plain, as a local relay) that takes the mail of one password and keeps who it was for. */
export async function startSmtpSink(password: string): Promise<SmtpSink> {
  const received: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _s, cb) => (auth.password === password ? cb(null, { user: auth.username }) : cb(new Error('Sai mật khẩu'))),
    onData: (stream, session, cb) => {
      stream.resume();
      stream.on('end', () => {
        received.push(session.envelope.rcptTo.map((r) => r.address));
        cb();
      });
    },
  });
  const port = await new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.server.address() as { port: number }).port)));
  return { port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
