/**
 * RFC 4180 CSV: fields separated by commas, quoted with double quotes when they hold a comma, a quote or a line
 * break, quotes inside doubled. Reading also tolerates a UTF-8 byte-order mark (Excel writes one) and bare LF line
 * ends; every record remembers the line it starts on, for error messages.
 */
import type { ImportIssue } from './import-issues';

export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string, delimiter = ','): { records: CsvRecord[]; issues: ImportIssue[] } {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const issues: ImportIssue[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let afterQuote = false;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === delimiter) {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"' && field === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
    } else if (afterQuote) {
      issues.push({ line, message: `unexpected character ${JSON.stringify(c)} after a closing quote; double a quote inside a quoted field ("")` });
      afterQuote = false;
      field += c;
    } else {
      field += c;
    }
  }
  if (quoted) issues.push({ line: quoteLine, message: 'a quoted field is never closed (missing ")' });
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return { records, issues };
}

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes records with CRLF line ends, quoting only where needed. */
export function writeCsv(rows: readonly string[][], delimiter = ','): string {
  return rows.map((row) => row.map((v) => quote(v, delimiter)).join(delimiter) + '\r\n').join('');
}
