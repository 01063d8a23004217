/**
 * Front matter for Markdown articles: the block between `---` lines at the top of a file. Reads the small YAML subset
 * articles need (scalars, plain, "double" or 'single' quoted; lists as `[a, b]` or `- item` lines) and reports
 * anything else with its line number instead of guessing. Writes values as double-quoted JSON strings, which YAML reads
 * back exactly.
 */
import type { ImportIssue } from './import-issues';

export type FrontMatterValue = string | string[];

export interface FrontMatter {
  values: Map<string, FrontMatterValue>;
  /** Line of each key, 1-based, in the whole file. */
  lines: Map<string, number>;
  body: string;
  /** Line where the body starts. */
  bodyLine: number;
}

function scalar(raw: string, line: number, issues: ImportIssue[]): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      /* reported below */
    }
    issues.push({ line, message: `cannot read the quoted value ${value}; close the quotes and escape inner ones as \\"` });
    return '';
  }
  if (value.startsWith("'")) {
    if (value.length >= 2 && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
    issues.push({ line, message: `cannot read the quoted value ${value}; close the quotes` });
    return '';
  }
  // A comment starts at the first " #"; found with a two-character search, as /\s+#.*$/ is quadratic on long blanks.
  const comment = value.search(/\s#/);
  return comment < 0 ? value : value.slice(0, comment).trimEnd();
}

/** Splits a flow list body on commas outside quotes. */
function flowItems(inner: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      current += c;
      if (c === '\\' && quote === '"' && i + 1 < inner.length) current += inner[++i];
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim() !== '') items.push(current);
  return items;
}

export function parseFrontMatter(text: string, issues: ImportIssue[]): FrontMatter | undefined {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    issues.push({ line: 1, message: 'the file does not start with front matter (a line with ---, then id, lang, title, questions…, then ---)' });
    return undefined;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    issues.push({ line: 1, message: 'the front matter is never closed with a --- line' });
    return undefined;
  }
  const values = new Map<string, FrontMatterValue>();
  const keyLines = new Map<string, number>();
  let listKey: string | null = null;
  for (let i = 1; i < end; i++) {
    const line = i + 1;
    const raw = lines[i];
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const item = /^\s+-\s?(.*)$/.exec(raw) ?? /^-\s(.*)$/.exec(raw);
    if (item && listKey) {
      (values.get(listKey) as string[]).push(scalar(item[1], line, issues));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(raw);
    if (!pair) {
      issues.push({ line, message: `cannot read "${raw.trim()}"; write key: value, or a list item as "  - value" under a key` });
      listKey = null;
      continue;
    }
    const key = pair[1].toLowerCase();
    const rest = pair[2].trim();
    if (values.has(key)) issues.push({ line, message: `${key} is given twice` });
    keyLines.set(key, line);
    listKey = null;
    if (rest === '') {
      values.set(key, []);
      listKey = key;
    } else if (rest.startsWith('[')) {
      if (!rest.endsWith(']')) issues.push({ line, message: `the list for ${key} is not closed with ]` });
      values.set(key, flowItems(rest.replace(/^\[|\]$/g, '')).map((v) => scalar(v, line, issues)));
    } else {
      values.set(key, scalar(rest, line, issues));
    }
  }
  return { values, lines: keyLines, body: lines.slice(end + 1).join('\n').trim(), bodyLine: end + 2 };
}

export function writeFrontMatter(entries: ReadonlyArray<[string, FrontMatterValue | undefined]>, body: string): string {
  const lines = ['---'];
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...value.map((v) => `  - ${JSON.stringify(v)}`));
    } else {
      lines.push(`${key}: ${JSON.stringify(value)}`);
    }
  }
  lines.push('---', '', body, '');
  return lines.join('\n');
}
