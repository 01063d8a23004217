/** Problems found in an import file, each with where it is, so an editor can fix the file and try again. */
import { CodedError } from '../../contracts';

export interface ImportIssue {
  /** File (for a folder import) or undefined for a single file. */
  file?: string;
  /** 1-based line number. */
  line: number;
  message: string;
}

export function formatIssue(issue: ImportIssue): string {
  return `${issue.file ? `${issue.file}:` : ''}line ${issue.line}: ${issue.message}`;
}

/** Raised when any issue is found: nothing is imported (all or nothing). */
export class ImportError extends CodedError {
  constructor(readonly issues: ImportIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super(
      'invalid_request',
      `nothing was imported: ${issues.length} problem${issues.length === 1 ? '' : 's'} found\n${[...shown, ...more].join('\n')}`,
      issues,
    );
    this.name = 'ImportError';
  }
}

/** The import's parsed articles, each with where it started. */
export interface SourcedArticle<T> {
  content: T;
  file?: string;
  line: number;
}
