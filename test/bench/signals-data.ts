/**
 * Readers for the shared data sets the signals benchmark uses. The data stays in ../shared/data (read by path, never
 * copied into the repository).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DATA = path.resolve(__dirname, '../../../shared/data');

export interface BitextRow {
  instruction: string;
  intent: string;
  tags: string;
}

export interface LabelledReview {
  /** 0 = negative, 1 = positive, as in the files. */
  label: 0 | 1;
  review: string;
  cat?: string;
}

export function loadBitext(): BitextRow[] {
  return readCsv(path.join(SHARED_DATA, 'bitext_customer_support/Bitext_Sample_Customer_Support_Training_Dataset.csv')).map(
    (row) => ({ instruction: row.instruction, intent: row.intent, tags: row.tags }),
  );
}

/** online_shopping_10_cats; some reviews start with U+FEFF, which is stripped. Empty reviews are dropped. */
export function loadOnlineShopping(): LabelledReview[] {
  return readCsv(path.join(SHARED_DATA, 'online_shopping_10_cats/online_shopping_10_cats.csv'))
    .map((row) => ({ cat: row.cat, label: toLabel(row.label), review: row.review.replace(/^\uFEFF/, '').trim() }))
    .filter((row) => row.review.length > 0);
}

export function loadChnSentiCorp(): LabelledReview[] {
  return readCsv(path.join(SHARED_DATA, 'chnsenticorp_htl_all/ChnSentiCorp_htl_all.csv'))
    .map((row) => ({ label: toLabel(row.label), review: row.review.replace(/^\uFEFF/, '').trim() }))
    .filter((row) => row.review.length > 0);
}

function toLabel(value: string): 0 | 1 {
  return value.trim() === '0' ? 0 : 1;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and new lines) into objects keyed by the header row. */
export function readCsv(file: string): Array<Record<string, string>> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body
    .filter((cells) => cells.length > 1 || cells[0] !== '')
    .map((cells) => Object.fromEntries(header.map((name, k) => [name.trim(), cells[k] ?? ''])));
}
