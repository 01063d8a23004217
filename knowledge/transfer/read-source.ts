/** Reads an import from disk: a CSV file, a QnA Maker TSV file, or a folder (or single file) of Markdown articles. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ArticleContent } from '../articles';
import { parseArticlesCsv } from './csv-format';
import { ImportError, type ImportIssue, type SourcedArticle } from './import-issues';
import { parseMarkdownArticle } from './markdown-format';
import { parseArticlesTsv } from './qna-tsv-format';
import { CodedError } from '../../contracts';

export const TransferFormatSchema = z.enum(['csv', 'tsv', 'md']);
export type TransferFormat = z.infer<typeof TransferFormatSchema>;

export function detectFormat(location: string): TransferFormat {
  let stats;
  try {
    stats = statSync(location);
  } catch {
    throw new CodedError('import_not_found', `${location} does not exist`);
  }
  if (stats.isDirectory()) return 'md';
  const ext = path.extname(location).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv' || ext === '.txt') return 'tsv';
  if (ext === '.md' || ext === '.markdown') return 'md';
  throw new CodedError('unknown_format', `cannot tell the format of ${location}: use a .csv or .tsv file or a folder of .md files`);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : markdownFiles(full);
      return /\.(md|markdown)$/i.test(entry.name) ? [full] : [];
    });
}

/** Parses text in a format (CSV and TSV); throws ImportError listing every problem. */
export function parseArticles(text: string, format: 'csv' | 'tsv'): SourcedArticle<ArticleContent>[] {
  const { articles, issues } = format === 'csv' ? parseArticlesCsv(text) : parseArticlesTsv(text);
  if (issues.length) throw new ImportError(issues);
  return articles;
}

export function readArticles(location: string, format: TransferFormat = detectFormat(location)): SourcedArticle<ArticleContent>[] {
  if (format !== 'md') return parseArticles(readFileSync(location, 'utf8'), format);
  const isDir = statSync(location).isDirectory();
  const files = isDir ? markdownFiles(location) : [location];
  if (files.length === 0) throw new CodedError('import_empty', `${location} holds no .md files`);
  const issues: ImportIssue[] = [];
  const articles: SourcedArticle<ArticleContent>[] = [];
  for (const file of files) {
    const name = isDir ? path.relative(location, file) : path.basename(file);
    const parsed = parseMarkdownArticle(name, readFileSync(file, 'utf8'));
    issues.push(...parsed.issues);
    if (parsed.article) articles.push(parsed.article);
  }
  if (issues.length) throw new ImportError(issues);
  return articles;
}
