/** The command line's passwords: from the environment, or typed without echo at a terminal; never kept. */
import type { SecretStore } from '../core/mailbox/secret-store';

export class EnvironmentOrPrompt implements SecretStore {
  /** `variables`: the environment variables to look in, first found wins ("SMTP_PASSWORD", "IMAP_PASSWORD"). */
  constructor(private readonly variables: string[]) {}

  async password(account: string): Promise<string | undefined> {
    for (const name of this.variables) {
      const value = process.env[name];
      if (value) return value;
    }
    if (!process.stdin.isTTY) return undefined;
    return promptHidden(`Mật khẩu của ${account}: `);
  }

  async remember(): Promise<void> {
    // The command line keeps no password: the next run reads the environment or asks again.
  }
}

/** Reads one line from the terminal without showing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (result: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      result();
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new Error('Đã huỷ nhập mật khẩu.')));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
