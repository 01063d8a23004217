/**
 * The knowledge base as CSV: header `id,title,question,answer,tags,lang` (optionally `product`, `follow_ups`), one row
 * per question variant; rows sharing an id form one article. Title, answer, tags and lang may be left empty on an
 * article's later rows; when given they must agree with its first row. Tags and follow-ups are `;`-separated lists.
 */
import type { ArticleContent } from '../articles';
import { parseCsv, writeCsv } from './csv';
import type { ImportIssue, SourcedArticle } from './import-issues';
import { normalizeLang, splitList, validateContent } from './validate-content';

export const CSV_COLUMNS = ['id', 'title', 'question', 'answer', 'tags', 'lang'] as const;
export const CSV_OPTIONAL_COLUMNS = ['product', 'follow_ups'] as const;
type Column = (typeof CSV_COLUMNS)[number] | (typeof CSV_OPTIONAL_COLUMNS)[number];

interface Draft {
  line: number;
  id: string;
  title: string;
  answer: string;
  tags: string;
  lang: string;
  product: string;
  followUps: string;
  questions: string[];
}

export function parseArticlesCsv(text: string): { articles: SourcedArticle<ArticleContent>[]; issues: ImportIssue[] } {
  const { records, issues } = parseCsv(text);
  const [header, ...rows] = records;
  if (!header) return { articles: [], issues: [...issues, { line: 1, message: `the file is empty; it needs the header ${CSV_COLUMNS.join(',')}` }] };

  const names = header.fields.map((f) => f.trim().toLowerCase());
  const position = new Map<Column, number>();
  names.forEach((name, i) => {
    if ((CSV_COLUMNS as readonly string[]).includes(name) || (CSV_OPTIONAL_COLUMNS as readonly string[]).includes(name)) {
      if (position.has(name as Column)) issues.push({ line: header.line, message: `column ${name} appears twice` });
      position.set(name as Column, i);
    } else {
      issues.push({
        line: header.line,
        message: `unknown column "${header.fields[i]}"; the columns are ${CSV_COLUMNS.join(',')} (and optionally ${CSV_OPTIONAL_COLUMNS.join(', ')})`,
      });
    }
  });
  const missing = CSV_COLUMNS.filter((c) => !position.has(c));
  if (missing.length > 0) issues.push({ line: header.line, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` });
  if (issues.length > 0) return { articles: [], issues };

  const cell = (fields: string[], column: Column) => {
    const i = position.get(column);
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const drafts = new Map<string, Draft>();
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      issues.push({ line: row.line, message: `expected ${names.length} fields but found ${row.fields.length}; quote fields that contain commas` });
      continue;
    }
    const id = cell(row.fields, 'id');
    const question = cell(row.fields, 'question');
    if (!id) {
      issues.push({ line: row.line, message: 'id is empty; every row names the article it belongs to' });
      continue;
    }
    if (!question) issues.push({ line: row.line, message: `article ${id}: question is empty; each row is one question variant` });
    const values = {
      title: cell(row.fields, 'title'),
      answer: cell(row.fields, 'answer'),
      tags: cell(row.fields, 'tags'),
      lang: cell(row.fields, 'lang'),
      product: cell(row.fields, 'product'),
      followUps: cell(row.fields, 'follow_ups'),
    };
    const draft = drafts.get(id);
    if (!draft) {
      drafts.set(id, { line: row.line, id, ...values, questions: question ? [question] : [] });
      continue;
    }
    for (const [field, value] of Object.entries(values) as Array<[keyof typeof values, string]>) {
      if (value && value !== draft[field]) {
        issues.push({
          line: row.line,
          message: `article ${id}: ${field === 'followUps' ? 'follow_ups' : field} differs from line ${draft.line}; leave it empty on later rows or make it the same`,
        });
      }
    }
    if (question) draft.questions.push(question);
  }

  const articles: SourcedArticle<ArticleContent>[] = [];
  for (const draft of drafts.values()) {
    const content = validateContent(
      {
        id: draft.id,
        title: draft.title,
        questions: draft.questions,
        answer: draft.answer,
        tags: splitList(draft.tags),
        lang: normalizeLang(draft.lang),
        ...(draft.product ? { product: draft.product } : {}),
        followUps: splitList(draft.followUps),
      },
      { line: draft.line },
      issues,
    );
    if (content) articles.push({ content, line: draft.line });
  }
  return { articles, issues };
}

export function articlesToCsv(articles: readonly ArticleContent[]): string {
  const extras = CSV_OPTIONAL_COLUMNS.filter((column) =>
    articles.some((a) => (column === 'product' ? Boolean(a.product) : a.followUps.length > 0)),
  );
  const rows: string[][] = [[...CSV_COLUMNS, ...extras]];
  for (const article of articles) {
    for (const question of article.questions) {
      const row = [article.id, article.title, question, article.answer, article.tags.join(';'), article.lang];
      for (const extra of extras) row.push(extra === 'product' ? (article.product ?? '') : article.followUps.join(';'));
      rows.push(row);
    }
  }
  return writeCsv(rows);
}
