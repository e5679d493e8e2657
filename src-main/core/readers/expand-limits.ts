/**
 * How much one received item (a file, an email, an archive, with everything nested in it)
 * may unpack into. Inputs are hostile or broken often enough: a zip bomb, a mail loop that
 * nests forwards forever, an archive of a whole hard disk must end as a clear problem,
 * never as a frozen or crashed app.
 */

import { defaultContainerLimits } from './ooxml-guard';

export interface ExpandLimits {
  /** Largest single file: on disk, as an attachment or as an archive entry. */
  maxFileBytes: number;
  /** Most files one received item may yield, all nesting levels together. */
  maxFiles: number;
  /** Most bytes one received item may yield, all nesting levels together. */
  maxTotalBytes: number;
  /** Most attachments read from one email. */
  maxAttachments: number;
  /** Containers in containers: a forwarded email with a zip inside is 3 levels deep. */
  maxDepth: number;
  /** Largest uncompressed/compressed ratio of a big archive entry (zip bombs reach 1000+). */
  maxRatio: number;
}

const MB = 1024 * 1024;

export const defaultExpandLimits: ExpandLimits = {
  maxFileBytes: defaultContainerLimits.maxBytes,
  maxFiles: 2000,
  maxTotalBytes: defaultContainerLimits.maxUncompressed,
  maxAttachments: 200,
  maxDepth: 5,
  maxRatio: defaultContainerLimits.maxRatio,
};

/** Well-compressed small entries are normal (repetitive XML, blank scans); only big ones can be bombs. */
export const RATIO_CHECK_MIN_BYTES = MB;

/** What is left of the limits while one received item is being unpacked. */
export class ExpandBudget {
  private files = 0;
  private bytes = 0;

  constructor(readonly limits: ExpandLimits) {}

  /** Counts a file; returns why it is refused, or null. */
  take(size: number): string | null {
    if (this.files + 1 > this.limits.maxFiles) {
      return `đã lấy đủ ${this.limits.maxFiles} tệp, giới hạn cho một lần nhận`;
    }
    if (this.bytes + size > this.limits.maxTotalBytes) {
      return `tổng dung lượng giải nén vượt ${megabytes(this.limits.maxTotalBytes)} MB`;
    }
    this.files++;
    this.bytes += size;
    return null;
  }
}

export function megabytes(n: number): string {
  return (n / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}
