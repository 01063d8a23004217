/**
 * Which links an answer may hold. Answers are Markdown; Baton renders them for the editor page and Web Chat renders them
 * for customers, with its own renderer (HTML allowed, then sanitised). So a link that could run script (`javascript:`, `vbscript:`, `data:` and any
 * other scheme but web, mail and phone) is refused when an article is saved or imported, wherever Markdown reads a
 * link: inline links and images, reference definitions (`[r]: javascript:…`), autolinks, and URL attributes of HTML
 * written into the answer. Links within the site (no scheme) are fine.
 */
import MarkdownIt from 'markdown-it';

const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a link destination is safe to render: no scheme, or http(s), mailto, tel. */
export function isSafeLink(url: string): boolean {
  // Control characters and white space are what browsers strip before reading a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return !ANY_SCHEME.test(compact) || SAFE_SCHEME.test(compact);
}

// A parser that accepts every link and notes it, so that links a safe renderer would silently drop are found too.
let seen: string[] = [];
const collector = new MarkdownIt({ html: false, linkify: true });
collector.validateLink = (url: string): boolean => {
  seen.push(url);
  return true;
};
// markdown-it percent-encodes a destination before validating it; the link as written is what a browser reads.
collector.normalizeLink = (url: string): string => url;

// Web Chat renders HTML inside Markdown too (then sanitises it): URLs in HTML attributes are links as well.
const HTML_URL_ATTRIBUTE = /\b(?:href|src|srcset|action|formaction|poster|data|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi;

/** Every link destination of a Markdown text (HTML attributes included) that is not safe, as written. */
export function unsafeLinks(markdown: string): string[] {
  seen = [];
  try {
    collector.parse(markdown, {});
    const inHtml = [...markdown.matchAll(HTML_URL_ATTRIBUTE)].map((m) => m[1]);
    return [...seen, ...inHtml].filter((url) => !isSafeLink(decodeEntities(url)));
  } finally {
    seen = [];
  }
}

/** `&#106;avascript:` reads as javascript: in a browser. */
function decodeEntities(url: string): string {
  return url
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_m, hex: string) => safeCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/g, (_m, dec: string) => safeCodePoint(Number(dec)))
    .replace(/&(?:colon|tab|newline);/gi, (m) => ({ '&colon;': ':', '&tab;': '\t', '&newline;': '\n' })[m.toLowerCase()] ?? m);
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
