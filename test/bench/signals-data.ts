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

/** A labelled text for a yes/no detector: `positive` is the class detected (a negative message, a request). */
export interface LabelledText {
  text: string;
  positive: boolean;
  /** The row's 1-based line (or record) number in its file: odd rows tune, even rows check. */
  line: number;
}

/**
 * The two halves of a development set: rules and thresholds are tuned on the rows with odd line numbers and checked on
 * the even ones, which were never read while tuning.
 */
export function halves<T extends { line: number }>(rows: readonly T[]): { tuning: T[]; check: T[] } {
  return { tuning: rows.filter((r) => r.line % 2 === 1), check: rows.filter((r) => r.line % 2 === 0) };
}

/**
 * Real reviews from one clothing store, title and text: negative = 1 or 2 stars. `clearOnly` leaves out the 3-star
 * reviews (mixed by design), which the airline-tweet style of "negative vs the rest" would count as not negative.
 */
export function loadWomensReviews(clearOnly = false): LabelledText[] {
  return readCsv(path.join(SHARED_DATA, 'womens_ecommerce_reviews/reviews_dev.csv'))
    .map((row, i) => ({ row, line: i + 1 }))
    .filter(({ row }) => (row.review_text ?? '').trim().length > 0 && !(clearOnly && row.rating === '3'))
    .map(({ row, line }) => ({ text: [row.title, row.review_text].filter(Boolean).join('. '), positive: Number(row.rating) <= 2, line }));
}

interface Stc3Row {
  id: string;
  mean_S: string;
  first_customer_text: string;
  all_customer_text: string;
}

/**
 * STC-3 DCH-1 Weibo exchanges between customers and service accounts: the customer's side of each dialogue (all their
 * turns), negative when the 19 annotators' mean satisfaction is below zero. Satisfaction is a proxy for the
 * customer's mood (a complaint well handled can end satisfied), so precision here is a floor. Chinese: the original;
 * English: the official human translations of a subset.
 */
export function loadStc3(lang: 'zh' | 'en'): LabelledText[] {
  const rows = readCsv(path.join(SHARED_DATA, 'stc3_dch1/customer_turns_cn_dev.csv')) as unknown as Stc3Row[];
  if (lang === 'zh') {
    return rows.map((row, i) => ({ text: row.all_customer_text, positive: Number(row.mean_S) < 0, line: i + 1 }));
  }
  const satisfaction = new Map(rows.map((row) => [row.id, Number(row.mean_S)]));
  return readFileSync(path.join(SHARED_DATA, 'stc3_dch1/dialogues_en_dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((json, i) => {
      const dialogue = JSON.parse(json) as { id: string; turns: Array<{ sender: string; text: string }> };
      const text = dialogue.turns.filter((t) => t.sender === 'customer').map((t) => t.text).join(' || ');
      return { text, positive: (satisfaction.get(dialogue.id) ?? 0) < 0, line: i + 1 };
    });
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

/** `label\ttext` rows after a header line (Baton's own sets and sets kept outside the repository): negative against the rest. */
export function readLabelledTsv(file: string): LabelledText[] {
  return readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((line, i) => {
    const [label, text] = line.split('\t');
    return { text, positive: label === 'negative', line: i + 1 };
  });
}

/**
 * Sets kept outside the repository (`SENTIMENT_HELD_OUT=a.tsv,b.tsv`, `label\ttext`), by halves: the odd rows may be
 * read while tuning, the even ones are only scored (`evenToo` false leaves them out altogether).
 */
export function heldOutSentimentSets(evenToo = true): Record<string, LabelledText[]> {
  const sets: Record<string, LabelledText[]> = {};
  for (const file of (process.env.SENTIMENT_HELD_OUT ?? '').split(',').filter(Boolean)) {
    const { tuning, check } = halves(readLabelledTsv(file));
    sets[`${path.basename(file)}:odd`] = tuning;
    if (evenToo) sets[`${path.basename(file)}:even`] = check;
  }
  return sets;
}
