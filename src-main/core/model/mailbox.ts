/** The office's mailbox: where the schools' emails are read (IMAP) and reminders sent from (SMTP). */

/** How the connection is protected: TLS from the first byte, STARTTLS, or none (only for a server on this computer). */
export type MailSecurity = 'tls' | 'starttls' | 'none';

export interface MailServer {
  host: string;
  port: number;
  security: MailSecurity;
  user: string;
}

/** A certificate the specialist accepted by hand although no authority vouches for it. */
export interface TrustedCertificate {
  /** host:port it was accepted for. */
  server: string;
  /** SHA-256 fingerprint as openssl prints it ("AB:CD:…"). */
  sha256: string;
}

/** What the store keeps of the mailbox; never the password. */
export interface MailboxSettings {
  imap: MailServer;
  smtp?: MailServer & { from?: string };
  /** Folders to read, INBOX by default. */
  folders: string[];
  trusted: TrustedCertificate[];
}

/** Why a connection failed, one class per thing the specialist can do about it. */
export type ConnectionFailureKind = 'auth' | 'host-not-found' | 'refused' | 'certificate' | 'timeout' | 'tls' | 'other';

export interface ConnectionFailure {
  kind: ConnectionFailureKind;
  /** Vietnamese, naming the server and what to do. */
  message: string;
  /** For a certificate nobody vouches for: the fingerprint of the very certificate the server showed. */
  certificate?: { sha256: string; subject: string; issuer: string; validTo: string };
}

/** What to fetch: a date range (inclusive, yyyy-mm-dd) and optional subject words. */
export interface FetchCriteria {
  folders: string[];
  since: string;
  until: string;
  /** Every word must appear in the subject, compared without diacritics. */
  subjectWords: string[];
}

export interface FetchProgress {
  folder: string;
  /** Messages of the folder looked at so far, of how many in the date range. */
  done: number;
  total: number;
  subject: string;
}

export interface FetchedFile {
  /** Where it came from: "office@…/INBOX/12.eml › BC HTSĐ.xlsx". */
  file: string;
  /** The unit it was tied to, or null when it could not be tied. */
  unit: string | null;
}

export interface FetchReport {
  /** Messages downloaded and imported by this fetch. */
  fetched: number;
  /** Messages in the date range not downloaded: no attachment, subject not matching, already imported. */
  skipped: number;
  imported: FetchedFile[];
  /** Vietnamese, one per problem (a folder that does not exist, a dropped connection, a message that could not be read). */
  errors: string[];
  cancelled: boolean;
  /** Folders whose UIDVALIDITY changed since the last fetch: matched again by Message-ID. */
  resynced: string[];
}
