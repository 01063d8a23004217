/** Validates one imported article against the article schema, turning schema errors into located import issues. */
import { ArticleContentSchema, type ArticleContent } from '../articles';
import type { ImportIssue } from './import-issues';
import type { Lang } from '../../contracts';

export function validateContent(raw: unknown, where: { file?: string; line: number }, issues: ImportIssue[]): ArticleContent | undefined {
  const parsed = ArticleContentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const id = (raw as { id?: unknown })?.id;
  for (const issue of parsed.error.issues) {
    const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
    issues.push({ ...where, message: `${typeof id === 'string' && id ? `article ${id}: ` : ''}${field}${issue.message}` });
  }
  return undefined;
}

/** "en", "EN", "en-US" → en; "zh", "zh-CN", "zh-Hans" → zh; anything else is passed on for the schema to reject. */
export function normalizeLang(value: string): Lang | string {
  const lower = value.trim().toLowerCase();
  if (/^en(?:[-_].*)?$/.test(lower)) return 'en';
  if (/^zh(?:[-_].*)?$/.test(lower)) return 'zh';
  return value.trim();
}

/** Splits a list cell ("a; b" or "a, b" or "a|b") into trimmed, non-empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[;,|]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Rejects ids that appear twice and follow-ups that point nowhere; returns the issues found. */
export function checkReferences(
  articles: ReadonlyArray<{ content: ArticleContent; file?: string; line: number }>,
  knownIds: ReadonlySet<string>,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Map<string, { file?: string; line: number }>();
  for (const { content, file, line } of articles) {
    const first = seen.get(content.id);
    if (first) {
      issues.push({ file, line, message: `article ${content.id} appears again (first at ${first.file ? `${first.file}:` : ''}line ${first.line})` });
    } else {
      seen.set(content.id, { file, line });
    }
  }
  for (const { content, file, line } of articles) {
    for (const followUp of content.followUps) {
      if (!seen.has(followUp) && !knownIds.has(followUp)) {
        issues.push({ file, line, message: `article ${content.id}: follow-up ${followUp} is neither in the import nor in the knowledge base` });
      }
    }
  }
  return issues;
}
