/** Sender addresses as the registry keeps them: bare, lower case. */

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[a-z]{2,}$/;

/** "Trường TH <TH.LienChau@Gmail.com>" → "th.lienchau@gmail.com"; not an address → undefined. */
export function normaliseAddress(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const inBrackets = /<([^>]*)>/.exec(text);
  const address = (inBrackets ? inBrackets[1] : text).trim().replace(/^mailto:/i, '').toLowerCase();
  return ADDRESS.test(address) ? address : undefined;
}

/** The pieces of a registry cell holding several addresses ("a@x.vn; b@y.vn, c@z.vn"). */
export function splitAddresses(text: string): string[] {
  return text.split(/[\s,;]+/).map((s) => s.replace(/^mailto:/i, '').replace(/^<|>$/g, '')).filter(Boolean);
}
