/**
 * Loads the public data sets the knowledge benchmark uses (by path, never copied into the repository) and splits
 * them deterministically, so every run and every peer sees the same knowledge base and the same questions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DATA_DIR = path.resolve(__dirname, '../../../shared/data');

export interface LabelledText {
  text: string;
  label: string;
}

/** Small seeded PRNG (mulberry32): reproducible shuffles without a dependency. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function loadBanking77(): LabelledText[] {
  const [header, ...rows] = parseCsv(readFileSync(path.join(DATA_DIR, 'banking77/train.csv'), 'utf8'));
  const textAt = header.indexOf('text');
  const labelAt = header.indexOf('category');
  return rows.filter((r) => r.length > labelAt).map((r) => ({ text: r[textAt], label: r[labelAt] }));
}

export interface Clinc150 {
  train: LabelledText[];
  val: LabelledText[];
  oosTrain: LabelledText[];
  oosVal: LabelledText[];
}

export function loadClinc150(): Clinc150 {
  const raw = JSON.parse(readFileSync(path.join(DATA_DIR, 'clinc150/data_trainval.json'), 'utf8')) as Record<
    string,
    Array<[string, string]>
  >;
  const pairs = (key: string): LabelledText[] => raw[key].map(([text, label]) => ({ text, label }));
  return { train: pairs('train'), val: pairs('val'), oosTrain: pairs('oos_train'), oosVal: pairs('oos_val') };
}

export interface QuestionPair {
  first: string;
  second: string;
}

/** AFQMC pairs marked as the same question. */
export function loadAfqmcMatches(): QuestionPair[] {
  return readFileSync(path.join(DATA_DIR, 'afqmc/train.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 3 && cols[2].trim() === '1')
    .map(([first, second]) => ({ first, second }));
}

export interface BitextRow {
  instruction: string;
  intent: string;
  response: string;
}

export function loadBitext(): BitextRow[] {
  const file = path.join(DATA_DIR, 'bitext_customer_support/Bitext_Sample_Customer_Support_Training_Dataset.csv');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const at = (name: string): number => header.indexOf(name);
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => ({ instruction: r[at('instruction')], intent: r[at('intent')], response: r[at('response')] }));
}

export function groupByLabel(items: readonly LabelledText[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { text, label } of items) {
    const group = groups.get(label);
    if (group) group.push(text);
    else groups.set(label, [text]);
  }
  return groups;
}

/** A readable title from an intent label ("card_arrival" → "card arrival"), as an editor would write one. */
export function titleFromLabel(label: string): string {
  return label.replace(/[_-]+/g, ' ');
}
