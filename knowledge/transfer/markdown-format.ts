/**
 * The knowledge base as a folder of Markdown files, one article per file: front matter with `id`, `lang`, `title`,
 * `questions`, `tags`, `product`, `follow_ups`, and the answer as the body. `id` defaults to the file name.
 */
import type { ArticleContent } from '../articles';
import { parseFrontMatter, writeFrontMatter } from './front-matter';
import type { ImportIssue, SourcedArticle } from './import-issues';
import { normalizeLang, validateContent } from './validate-content';

const KEYS = ['id', 'lang', 'title', 'questions', 'tags', 'product', 'follow_ups'];
const LISTS = new Set(['questions', 'tags', 'follow_ups']);

export function parseMarkdownArticle(file: string, text: string): { article?: SourcedArticle<ArticleContent>; issues: ImportIssue[] } {
  const local: ImportIssue[] = [];
  const matter = parseFrontMatter(text, local);
  const issues = () => local.map((issue) => ({ ...issue, file }));
  if (!matter) return { issues: issues() };
  for (const [key, value] of matter.values) {
    const line = matter.lines.get(key) ?? 1;
    if (!KEYS.includes(key)) local.push({ line, message: `unknown key ${key}; the keys are ${KEYS.join(', ')}` });
    else if (LISTS.has(key) && !Array.isArray(value)) local.push({ line, message: `${key} must be a list, e.g. ${key}: ["a", "b"]` });
    else if (!LISTS.has(key) && Array.isArray(value)) local.push({ line, message: `${key} must be a single value` });
  }
  if (local.length) return { issues: issues() };
  const get = (key: string) => matter.values.get(key);
  const fileId = file.replace(/\\/g, '/').split('/').pop()!.replace(/\.md$/i, '');
  const content = validateContent(
    {
      id: (get('id') as string | undefined) ?? fileId,
      lang: normalizeLang((get('lang') as string | undefined) ?? ''),
      title: get('title') ?? '',
      questions: get('questions') ?? [],
      answer: matter.body,
      tags: get('tags') ?? [],
      ...(get('product') ? { product: get('product') } : {}),
      followUps: get('follow_ups') ?? [],
    },
    { line: 1 },
    local,
  );
  return { article: content ? { content, file, line: 1 } : undefined, issues: issues() };
}

export function articleToMarkdown(article: ArticleContent): string {
  return writeFrontMatter(
    [
      ['id', article.id],
      ['lang', article.lang],
      ['title', article.title],
      ['questions', article.questions],
      ['tags', article.tags],
      ['product', article.product],
      ['follow_ups', article.followUps.length ? article.followUps : undefined],
    ],
    article.answer,
  );
}

/** A file name for an article's id (ids are already file-name safe: letters, digits, . _ : -; ':' is replaced). */
export function markdownFileName(id: string): string {
  return `${id.replace(/:/g, '_')}.md`;
}
