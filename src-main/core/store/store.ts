import { dirname, join } from 'node:path';
import { AuditLog } from './audit-log';
import { backupDatabase } from './backup';
import { openDatabase, type Db } from './database';
import { DecisionsRepo } from './decisions-repo';
import { MailboxRepo } from './mailbox-repo';
import { OriginalsStore } from './originals';
import { ProvinceRepo } from './province-repo';
import { ReceivedRepo } from './received-repo';
import { RoundsRepo } from './rounds-repo';
import { SettingsRepo } from './settings-repo';
import { TemplatesRepo } from './templates-repo';
import { UnitsRepo } from './units-repo';
import { VersionsRepo } from './versions-repo';

/**
 * The one source of truth: the SQLite database and, beside it, the originals as received
 * and the outputs written. The store owns its SQL; the rest of the core calls the domain
 * operations of its parts.
 */
export interface StoreOptions {
  originalsDir?: string;
  /** A store made for one run and removed after it (the command line without --db): not flushed, no originals kept. */
  scratch?: boolean;
}

export class Store {
  private readonly db: Db;
  readonly originals: OriginalsStore;
  readonly audit: AuditLog;
  readonly templates: TemplatesRepo;
  readonly units: UnitsRepo;
  readonly rounds: RoundsRepo;
  readonly received: ReceivedRepo;
  readonly decisions: DecisionsRepo;
  readonly versions: VersionsRepo;
  readonly settings: SettingsRepo;
  readonly province: ProvinceRepo;
  readonly mailbox: MailboxRepo;

  /** `originalsDir` defaults to the `originals` folder beside the database file. */
  constructor(
    readonly file: string,
    opts: StoreOptions = {},
  ) {
    this.db = openDatabase(file, opts);
    this.originals = new OriginalsStore(opts.originalsDir ?? join(dirname(file), 'originals'), { scratch: !!opts.scratch });
    this.audit = new AuditLog(this.db);
    this.templates = new TemplatesRepo(this.db);
    this.units = new UnitsRepo(this.db);
    this.rounds = new RoundsRepo(this.db, this.audit);
    this.received = new ReceivedRepo(this.db, this.originals);
    this.decisions = new DecisionsRepo(this.db, this.audit);
    this.versions = new VersionsRepo(this.db, join(dirname(file), 'outputs'));
    this.settings = new SettingsRepo(this.db, this.audit);
    this.province = new ProvinceRepo(this.db, this.audit);
    this.mailbox = new MailboxRepo(this.db);
  }

  /** Runs `work` in one transaction: all of it is stored, or (when it throws) none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** A consistent copy of the live database (SQLite's online backup). */
  backup(destination: string): Promise<void> {
    return backupDatabase(this.db, destination);
  }

  /** Bytes of the database file and its write-ahead log, and how many originals it refers to. */
  size(): { dbBytes: number; originals: number } {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    const originals = this.db.prepare('SELECT count(*) FROM originals').pluck().get() as number;
    return { dbBytes: pages * pageSize, originals };
  }

  close(): void {
    this.db.close();
  }
}
