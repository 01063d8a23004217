/**
 * The serialized index as lines of JSON, so it can be parsed a line at a time (runInSlices) instead of in one
 * JSON.parse of 65 MB, which at 10k articles held the event loop for half a second. The first line is the index with
 * its long parts left empty; each further line fills one part: `{"p": path, "a": [items]}` appends items to an array,
 * `{"p": path, "s": "text"}` sets a string. Lines stay around a quarter of a megabyte; a packed typed array (one
 * string) may be larger, but parsing a string is a copy.
 */
import { z } from 'zod';
import type { SerializedIndex } from '../search';
import { stepCounter, type Steps } from '../search/steps';

/** Arrays split into lines, and packed strings given a line each; paths into SerializedIndex. */
const ARRAY_PATHS = [
  'articles',
  'variantQuestions',
  'vocabulary',
  'classifier.features',
  'lunr.lunr.fieldVectors',
  'lunr.lunr.invertedIndex',
] as const;
const STRING_PATHS = [
  'classifier.idf',
  'classifier.articleVariants',
  'classifier.variantPostingOffsets',
  'classifier.variantPostingVariants',
  'classifier.variantPostingWeights',
  'classifier.postingOffsets',
  'classifier.postingArticles',
  'classifier.centroidWeights',
  'classifier.bayesWeights',
  'classifier.bayesPrior',
  'lunr.fieldCounts',
] as const;
const LINE_CHARS = 256 * 1024;

const PartLineSchema = z.union([
  z.object({ p: z.enum(ARRAY_PATHS), a: z.array(z.unknown()) }),
  z.object({ p: z.enum(STRING_PATHS), s: z.string() }),
]);

type Container = Record<string, unknown>;

/** The object holding the last key of `path`, and that key. */
function locate(root: Container, path: string): { holder: Container; key: string } {
  const keys = path.split('.');
  let holder = root;
  for (const key of keys.slice(0, -1)) {
    const next = holder[key];
    if (typeof next !== 'object' || next === null) throw new Error(`snapshot has no ${path}`);
    holder = next as Container;
  }
  return { holder, key: keys[keys.length - 1] };
}

/** A copy of `json` whose objects along `paths` are copies, so their values can be replaced. */
function cloneAlong(json: SerializedIndex, paths: readonly string[]): Container {
  const root: Container = { ...(json as unknown as Container) };
  for (const path of paths) {
    const keys = path.split('.');
    let holder = root;
    for (const key of keys.slice(0, -1)) {
      holder[key] = { ...(holder[key] as Container) };
      holder = holder[key] as Container;
    }
  }
  return root;
}

export function toSnapshotLines(json: SerializedIndex): string[] {
  const skeleton = cloneAlong(json, [...ARRAY_PATHS, ...STRING_PATHS]);
  const parts: string[] = [];
  for (const path of ARRAY_PATHS) {
    const { holder, key } = locate(skeleton, path);
    const items = holder[key] as unknown[];
    holder[key] = [];
    const prefix = `{"p":${JSON.stringify(path)},"a":[`;
    let chunk: string[] = [];
    let chars = 0;
    for (const item of items) {
      const text = JSON.stringify(item);
      chunk.push(text);
      chars += text.length + 1;
      if (chars >= LINE_CHARS) {
        parts.push(`${prefix}${chunk.join(',')}]}`);
        chunk = [];
        chars = 0;
      }
    }
    if (chunk.length > 0) parts.push(`${prefix}${chunk.join(',')}]}`);
  }
  for (const path of STRING_PATHS) {
    const { holder, key } = locate(skeleton, path);
    parts.push(JSON.stringify({ p: path, s: holder[key] }));
    holder[key] = '';
  }
  return [JSON.stringify(skeleton), ...parts];
}

/** Puts the index back together from its lines (after the file header), one line per step. */
export function* fromSnapshotLines(lines: Iterable<string>): Steps<SerializedIndex> {
  let skeleton: Container | undefined;
  const tick = stepCounter(1);
  for (const line of lines) {
    if (skeleton === undefined) {
      skeleton = JSON.parse(line) as Container;
      if (typeof skeleton !== 'object' || skeleton === null) throw new Error('snapshot skeleton is not an object');
      yield;
      continue;
    }
    const part = PartLineSchema.parse(JSON.parse(line));
    const { holder, key } = locate(skeleton, part.p);
    if ('a' in part) {
      const target = holder[key];
      if (!Array.isArray(target)) throw new Error(`snapshot ${part.p} is not an array`);
      for (const item of part.a) target.push(item);
    } else {
      holder[key] = part.s;
    }
    if (tick()) yield;
  }
  if (skeleton === undefined) throw new Error('snapshot is empty');
  return skeleton as unknown as SerializedIndex;
}
