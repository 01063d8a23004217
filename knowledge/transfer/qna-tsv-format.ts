/**
 * QnA Maker's TSV export: `Question\tAnswer\tSource\tMetadata`, one row per question, rows of one QnA pair repeating
 * its answer. Metadata is `key:value|key:value`. Baton writes its own fields there (`id`, `lang`, `title`, `tags`,
 * `product`, `follow_ups`, values percent-encoded) so an export imports back unchanged; a file from QnA Maker itself
 * (no `id`) is grouped by QnaId when present, otherwise by answer and source, and its other metadata become tags.
 * Tabs, line breaks and backslashes inside fields are written as \t, \n and \\.
 */
import type { ArticleContent } from '../articles';
import type { ImportIssue, SourcedArticle } from './import-issues';
import { normalizeLang, validateContent } from './validate-content';

export const TSV_COLUMNS = ['Question', 'Answer', 'Source', 'Metadata'] as const;
/** Columns newer QnA Maker exports add; read when present (QnaId groups rows), otherwise ignored. */
const KNOWN_EXTRA_COLUMNS = ['suggestedquestions', 'iscontextonly', 'prompts', 'qnaid'];
const SOURCE = 'Baton';

const unescapeField = (value: string) =>
  value.replace(/\\([\\ntr])/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' })[c] ?? c);
const escapeField = (value: string) => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
const encodeValue = (value: string) => value.replace(/[%|:;\t\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const decodeValue = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

function parseMetadata(cell: string): Array<[string, string]> {
  return cell
    .split('|')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const colon = pair.indexOf(':');
      return colon < 0 ? [pair.toLowerCase(), ''] : [pair.slice(0, colon).trim().toLowerCase(), pair.slice(colon + 1).trim()];
    });
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

interface Group {
  line: number;
  questions: string[];
  answer: string;
  source: string;
  metadata: Array<[string, string]>;
  qnaId?: string;
}

export function parseArticlesTsv(text: string): { articles: SourcedArticle<ArticleContent>[]; issues: ImportIssue[] } {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  const issues: ImportIssue[] = [];
  const header = lines[0]?.split('\t').map((h) => h.trim().toLowerCase()) ?? [];
  const expected = TSV_COLUMNS.map((c) => c.toLowerCase());
  if (expected.some((c, i) => header[i] !== c)) {
    return { articles: [], issues: [{ line: 1, message: `the header must start with ${TSV_COLUMNS.join('\\t')} (QnA Maker's TSV export)` }] };
  }
  const unknown = header.slice(4).filter((h) => !KNOWN_EXTRA_COLUMNS.includes(h));
  if (unknown.length) return { articles: [], issues: [{ line: 1, message: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` }] };
  const qnaIdColumn = header.indexOf('qnaid');

  const groups = new Map<string, Group>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const fields = raw.split('\t');
    if (fields.length !== header.length) {
      issues.push({ line, message: `expected ${header.length} tab-separated fields but found ${fields.length}; write tabs inside a field as \\t` });
      return;
    }
    const [question, answer, source] = fields.slice(0, 3).map((f) => unescapeField(f).trim());
    if (!question) issues.push({ line, message: 'Question is empty' });
    if (!answer) issues.push({ line, message: 'Answer is empty' });
    const metadata = parseMetadata(fields[3]);
    const id = metadata.find(([k]) => k === 'id')?.[1];
    const qnaId = qnaIdColumn >= 0 ? fields[qnaIdColumn].trim() : undefined;
    const key = id ? `id:${decodeValue(id)}` : qnaId ? `qna:${qnaId}` : `answer:${source}\u0000${answer}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { line, questions: question ? [question] : [], answer, source, metadata, qnaId });
    } else {
      if (answer && answer !== group.answer) issues.push({ line, message: `the answer differs from line ${group.line} for the same article` });
      if (question) group.questions.push(question);
    }
  });

  const articles: SourcedArticle<ArticleContent>[] = [];
  let unnamed = 0;
  for (const group of groups.values()) {
    const meta = new Map(group.metadata.map(([k, v]) => [k, decodeValue(v)]));
    const baton = meta.has('id');
    const list = (key: string) => (group.metadata.find(([k]) => k === key)?.[1] ?? '').split(';').filter(Boolean).map(decodeValue);
    const foreignTags = group.metadata
      .filter(([k]) => !['id', 'lang', 'title', 'tags', 'product', 'follow_ups'].includes(k))
      .map(([k, v]) => (v ? `${k}:${decodeValue(v)}` : k));
    unnamed += baton ? 0 : 1;
    const content = validateContent(
      {
        id: meta.get('id') ?? (group.qnaId ? `qna-${group.qnaId}` : `qna-${unnamed}`),
        title: meta.get('title') ?? group.questions[0] ?? '',
        questions: group.questions,
        answer: group.answer,
        tags: [...list('tags'), ...foreignTags],
        lang: meta.has('lang') ? normalizeLang(meta.get('lang')!) : hasHan(group.questions.join('') + group.answer) ? 'zh' : 'en',
        ...(meta.get('product') ? { product: meta.get('product') } : {}),
        followUps: list('follow_ups'),
      },
      { line: group.line },
      issues,
    );
    if (content) articles.push({ content, line: group.line });
  }
  return { articles, issues };
}

export function articlesToTsv(articles: readonly ArticleContent[]): string {
  const rows = [TSV_COLUMNS.join('\t')];
  for (const article of articles) {
    const metadata = [
      `id:${encodeValue(article.id)}`,
      `lang:${article.lang}`,
      `title:${encodeValue(article.title)}`,
      ...(article.tags.length ? [`tags:${article.tags.map(encodeValue).join(';')}`] : []),
      ...(article.product ? [`product:${encodeValue(article.product)}`] : []),
      ...(article.followUps.length ? [`follow_ups:${article.followUps.map(encodeValue).join(';')}`] : []),
    ].join('|');
    for (const question of article.questions) {
      rows.push([escapeField(question), escapeField(article.answer), SOURCE, metadata].join('\t'));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
