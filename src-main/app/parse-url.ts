/** The address parsed, or null when it is not one: a refusal, never an exception. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
