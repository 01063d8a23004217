/**
 * What changed between two versions of an article, field by field, as added / removed / unchanged lines (the editor
 * page shows it before a rollback or a publish).
 */
import type { ArticleContent } from '../articles';

export interface DiffLine {
  op: 'equal' | 'add' | 'remove';
  text: string;
}

export interface FieldDiff {
  field: 'title' | 'lang' | 'product' | 'tags' | 'questions' | 'answer' | 'followUps';
  changed: boolean;
  lines: DiffLine[];
}

/** Above this many line pairs the diff is reported as "all removed, all added" instead of computed (bounded work). */
const MAX_CELLS = 4_000_000;

/** Line diff by longest common subsequence. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  if (n * m > MAX_CELLS) {
    return [...before.map((text) => ({ op: 'remove' as const, text })), ...after.map((text) => ({ op: 'add' as const, text }))];
  }
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      lines.push({ op: 'equal', text: before[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      lines.push({ op: 'remove', text: before[i++] });
    } else {
      lines.push({ op: 'add', text: after[j++] });
    }
  }
  while (i < n) lines.push({ op: 'remove', text: before[i++] });
  while (j < m) lines.push({ op: 'add', text: after[j++] });
  return lines;
}

function fieldLines(content: ArticleContent | null, field: FieldDiff['field']): string[] {
  if (!content) return [];
  switch (field) {
    case 'title':
    case 'lang':
      return [content[field]];
    case 'product':
      return content.product ? [content.product] : [];
    case 'tags':
    case 'questions':
    case 'followUps':
      return [...(content[field] ?? [])];
    case 'answer':
      return content.answer.split(/\r?\n/);
  }
}

const FIELDS: FieldDiff['field'][] = ['title', 'lang', 'product', 'tags', 'questions', 'answer', 'followUps'];

/** Field-by-field diff from `before` (null: nothing yet) to `after`. */
export function diffContent(before: ArticleContent | null, after: ArticleContent): FieldDiff[] {
  return FIELDS.map((field) => {
    const lines = diffLines(fieldLines(before, field), fieldLines(after, field));
    return { field, changed: lines.some((line) => line.op !== 'equal'), lines };
  });
}
