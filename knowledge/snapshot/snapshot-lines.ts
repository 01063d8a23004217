/**
 * The serialized index as lines of JSON, so it can be parsed a line at a time (runInSlices) instead of in one
 * JSON.parse of tens of megabytes at 10k articles, which would hold the event loop that long. The first line is the index with
 * its long parts left empty; each further line adds to one part: `{"p": path, "a": [items]}` appends items to an
 * array, `{"p": path, "s": "text"}` appends text to a string (a packed typed array). Lines stay around a quarter of a
 * megabyte.
 */
import { z } from 'zod';
import type { KnowledgeIndex, SerializedIndex } from '../search';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../search/snapshot';
import { stepCounter, type Steps } from '../search/steps';

/** Arrays split into lines, and packed strings given a line each; paths into SerializedIndex. */
const ARRAY_PATHS = [
  'articles',
  'variantQuestions',
  'vocabulary',
  'classifier.features',
  'fieldIndex.terms',
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
  'fieldIndex.postingOffsets',
  'fieldIndex.postingDocuments',
  'fieldIndex.vectorOffsets',
  'fieldIndex.vectorTerms',
  'fieldIndex.vectorScores',
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

/** Bytes per packed line: a multiple of 3, so each line's base64 can simply be appended to the previous ones'. */
const PACKED_BYTES_PER_LINE = (LINE_CHARS / 4) * 3;

/**
 * The lines of `index`'s snapshot, one at a time: what the first line leaves empty is read straight from the index
 * and packed a line at a time, so writing a 10k-article snapshot never packs tens of megabytes in one go.
 */
export function* snapshotLines(index: KnowledgeIndex): Generator<string, void, void> {
  const parts = index.parts;
  const arrays: Record<(typeof ARRAY_PATHS)[number], ReadonlyArray<unknown>> = {
    articles: parts.articles,
    variantQuestions: parts.variantQuestions,
    vocabulary: parts.vocabulary,
    'classifier.features': parts.classifier.features,
    'fieldIndex.terms': parts.fieldIndex.terms,
  };
  const c = parts.classifier;
  const f = parts.fieldIndex;
  const packed: Record<(typeof STRING_PATHS)[number], Uint32Array | Float32Array | Float64Array> = {
    'classifier.idf': c.idf,
    'classifier.articleVariants': c.articleVariants,
    'classifier.variantPostingOffsets': c.variantPostingOffsets,
    'classifier.variantPostingVariants': c.variantPostingVariants,
    'classifier.variantPostingWeights': c.variantPostingWeights,
    'classifier.postingOffsets': c.postingOffsets,
    'classifier.postingArticles': c.postingArticles,
    'classifier.centroidWeights': c.centroidWeights,
    'classifier.bayesWeights': c.bayesWeights,
    'classifier.bayesPrior': c.bayesPrior,
    'fieldIndex.postingOffsets': f.postingOffsets,
    'fieldIndex.postingDocuments': f.postingDocuments,
    'fieldIndex.vectorOffsets': f.vectorOffsets,
    'fieldIndex.vectorTerms': f.vectorTerms,
    'fieldIndex.vectorScores': f.vectorScores,
  };
  const skeleton: SerializedIndex = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    options: parts.options,
    articles: [],
    variantQuestions: [],
    vocabulary: [],
    synonymGroups: parts.synonymGroups,
    fieldIndex: { documentCount: f.documentCount, terms: [], postingOffsets: '', postingDocuments: '', vectorOffsets: '', vectorTerms: '', vectorScores: '' },
    classifier: {
      features: [],
      idf: '',
      articleVariants: '',
      variantPostingOffsets: '',
      variantPostingVariants: '',
      variantPostingWeights: '',
      postingOffsets: '',
      postingArticles: '',
      centroidWeights: '',
      bayesWeights: '',
      bayesPrior: '',
      unseenIdf: c.unseenIdf,
    },
  };
  yield JSON.stringify(skeleton);
  for (const path of ARRAY_PATHS) {
    const prefix = `{"p":${JSON.stringify(path)},"a":[`;
    let chunk: string[] = [];
    let chars = 0;
    for (const item of arrays[path]) {
      const text = JSON.stringify(item);
      chunk.push(text);
      chars += text.length + 1;
      if (chars >= LINE_CHARS) {
        yield `${prefix}${chunk.join(',')}]}`;
        chunk = [];
        chars = 0;
      }
    }
    if (chunk.length > 0) yield `${prefix}${chunk.join(',')}]}`;
  }
  for (const path of STRING_PATHS) {
    const array = packed[path];
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    for (let from = 0; from < bytes.length; from += PACKED_BYTES_PER_LINE) {
      yield JSON.stringify({ p: path, s: bytes.subarray(from, from + PACKED_BYTES_PER_LINE).toString('base64') });
    }
  }
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
      const target = holder[key];
      if (typeof target !== 'string') throw new Error(`snapshot ${part.p} is not a string`);
      holder[key] = target + part.s;
    }
    if (tick()) yield;
  }
  if (skeleton === undefined) throw new Error('snapshot is empty');
  return skeleton as unknown as SerializedIndex;
}
