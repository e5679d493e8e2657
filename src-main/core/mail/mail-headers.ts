/**
 * Sender and date from raw Internet headers, shared by .eml and .msg (Outlook keeps the
 * transport headers of a received message as one text block).
 */

/** The address in "Tên <a@b.vn>" or "a@b.vn", lower case. */
export function addressIn(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /<([^<>\s]+@[^<>\s]+)>/.exec(value) ?? /([^\s<>"',;:]+@[^\s<>"',;:]+)/.exec(value);
  return match ? match[1].toLowerCase() : undefined;
}

/** ISO date of a Date or a date text, or undefined when it does not parse. */
export function isoDate(value: Date | string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The values of one header (case-insensitive), folded lines joined. */
export function headerValues(headerText: string, name: string): string[] {
  const unfolded = headerText.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const prefix = `${name.toLowerCase()}:`;
  return unfolded
    .split(/\r?\n/)
    .filter((line) => line.toLowerCase().startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim());
}

/**
 * When the message was sent: its Date header, else the latest date a mail server stamped in
 * a Received header ("…; Mon, 6 Oct 2025 08:12:00 +0700").
 */
export function messageDate(headerText: string): string | undefined {
  const date = headerValues(headerText, 'date').map((value) => isoDate(value)).find((iso) => iso !== undefined);
  if (date) return date;
  const stamps = headerValues(headerText, 'received')
    .map((value) => isoDate(value.slice(value.lastIndexOf(';') + 1).trim()))
    .filter((iso): iso is string => iso !== undefined)
    .sort();
  return stamps[stamps.length - 1];
}
