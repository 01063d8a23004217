/**
 * Text as the engine reads it: Unicode NFKC (full-width letters and digits become ASCII, as Chinese keyboards often
 * type them), control characters dropped, white space collapsed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
