import type { AppInfo, Channel, Request, Responses } from '../api/contract';
import type { SecretStore } from '../core/mailbox/secret-store';
import { Store } from '../core/store/store';

export interface HandlerContext {
  shell: AppInfo['shell'];
  /** The store the desktop app and the CLI share. */
  dbFile: string;
  /** Where the mailbox password is kept (the desktop's safeStorage); without it, nothing is kept. */
  secrets?: SecretStore;
}

export type Handler<C extends Channel> = (request: Request<C>, ctx: HandlerContext) => Promise<Responses[C]>;
export type Handlers<C extends Channel = Channel> = { [K in C]: Handler<K> };

/** The shared store, open for one request only, so the CLI and the window never hold it at once for long. */
export async function withStore<T>(ctx: HandlerContext, use: (store: Store) => T | Promise<T>): Promise<T> {
  const store = new Store(ctx.dbFile);
  try {
    return await use(store);
  } finally {
    store.close();
  }
}
