/** A failed connection to a mail server, told in the specialist's words with what to do about it. */
import type { ConnectionFailure, MailServer } from '../model/mailbox';
import { UntrustedCertificate } from './certificate-check';

interface ErrorLike {
  code?: string;
  message?: string;
  authenticationFailed?: boolean;
  responseStatus?: string;
  responseText?: string;
  tlsFailed?: boolean;
}

const HOST_NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA']);
const REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);
const TIMEOUT = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT', 'ESOCKET_TIMEOUT']);

/** The certificate fault Node names, in plain words. */
function certificateReason(code: string): string {
  if (code === 'CERT_HAS_EXPIRED') return 'chứng chỉ đã hết hạn';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') return 'chứng chỉ cấp cho một tên máy khác';
  if (/SELF_SIGNED/.test(code)) return 'chứng chỉ tự ký, không do tổ chức chứng thực nào cấp';
  return 'không tổ chức chứng thực nào xác nhận chứng chỉ';
}

/** One of the failure classes of the settings screen, never a raw English error. */
export function describeConnectionFailure(error: unknown, server: MailServer, timeoutSeconds: number): ConnectionFailure {
  const where = `${server.host}:${server.port}`;
  const found = findCause(error);
  if (found instanceof UntrustedCertificate) {
    return {
      kind: 'certificate',
      message:
        `Máy chủ ${where} dùng chứng chỉ không được tin cậy (${certificateReason(found.reason)}). ` +
        `Mật khẩu chưa được gửi đi. Nếu đây đúng là máy chủ thư của đơn vị, hãy hỏi người quản trị mã SHA-256 của chứng chỉ; ` +
        `nếu trùng với ${found.sha256} thì chấp nhận đúng chứng chỉ này.`,
      certificate: { sha256: found.sha256, subject: found.subject, issuer: found.issuer, validTo: found.validTo },
    };
  }
  const e = (found ?? {}) as ErrorLike;
  const code = e.code ?? '';
  if (e.authenticationFailed || /AUTHENTICATIONFAILED|AUTHORIZATIONFAILED|EAUTH/i.test(`${code} ${e.responseText ?? ''}`)) {
    return {
      kind: 'auth',
      message: `Máy chủ ${where} không nhận tên đăng nhập "${server.user}" với mật khẩu này. Hãy kiểm tra lại mật khẩu (với Gmail hoặc Microsoft 365, dùng mật khẩu ứng dụng).`,
    };
  }
  if (HOST_NOT_FOUND.has(code)) {
    return { kind: 'host-not-found', message: `Không tìm thấy máy chủ "${server.host}": hãy kiểm tra tên máy chủ (ví dụ imap.gmail.com) và kết nối mạng.` };
  }
  if (REFUSED.has(code)) {
    return { kind: 'refused', message: `Máy chủ ${where} từ chối kết nối: hãy kiểm tra cổng (thường là 993 với TLS, 143 với STARTTLS) và tường lửa.` };
  }
  if (TIMEOUT.has(code)) {
    return { kind: 'timeout', message: `Máy chủ ${where} không trả lời sau ${timeoutSeconds} giây: hãy kiểm tra kết nối mạng, cổng và kiểu bảo mật (TLS/STARTTLS).` };
  }
  if (e.tlsFailed || /^ERR_SSL|^EPROTO|ClosedAfterConnectTLS/.test(code)) {
    return { kind: 'tls', message: `Không thiết lập được kết nối bảo mật với ${where}: hãy kiểm tra kiểu bảo mật (TLS hay STARTTLS) và cổng.` };
  }
  return { kind: 'other', message: `Không kết nối được với máy chủ ${where}: ${e.message ?? String(error)}.` };
}

/** imapflow wraps socket errors; the first error in the chain that says what happened. */
function findCause(error: unknown): unknown {
  let current = error as { _err?: unknown; cause?: unknown } | undefined;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof UntrustedCertificate) return current;
    const next = current._err ?? current.cause;
    if (!next) break;
    current = next as typeof current;
  }
  return error;
}
