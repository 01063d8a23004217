/**
 * Hands the halves of an index built on worker threads (build-parts.ts: the field index half, the classifier half)
 * to the main thread without serialising them. Their typed arrays (tens of megabytes at 10k articles) are
 * transferred, not copied; their long string lists travel as one string each with the lengths beside it, because
 * cloning 200k separate strings is one long pause on the receiving thread. The receiver cuts the strings and indexes terms and features in
 * steps (steps.ts), so the main thread takes the new index in without holding any request for long.
 */
import { KnowledgeIndex } from '../search';
import type { ClassifierHalf, FieldIndexHalf } from '../search/build-parts';
import type { ClassifierTables } from '../search/classifier';
import type { CommonParts } from '../search/knowledge-index';
import type { FieldIndexTables } from '../search/field-index-tables';
import { stepCounter, type Steps } from '../search/steps';

/** Strings laid end to end; a length of NULL_LENGTH stands for null. */
interface StringTable {
  text: string;
  lengths: Uint32Array;
}

const NULL_LENGTH = 0xffffffff;

export interface FieldIndexHalfMessage {
  vocabulary: StringTable;
  tables: Omit<FieldIndexTables, 'terms'> & { terms: StringTable };
}

export interface ClassifierHalfMessage {
  variantQuestions: StringTable;
  tables: Omit<ClassifierTables, 'features'> & { features: StringTable };
}

export interface Transferable<T> {
  message: T;
  transfer: ArrayBuffer[];
}

function stringTable(values: ReadonlyArray<string | null>, transfer: ArrayBuffer[]): StringTable {
  const lengths = new Uint32Array(values.length);
  values.forEach((value, i) => (lengths[i] = value === null ? NULL_LENGTH : value.length));
  transfer.push(lengths.buffer);
  return { text: values.map((value) => value ?? '').join(''), lengths };
}

function* stringsOf(table: StringTable): Steps<Array<string | null>> {
  const values: Array<string | null> = new Array<string | null>(table.lengths.length);
  const tick = stepCounter(2000);
  let at = 0;
  for (let i = 0; i < table.lengths.length; i++) {
    const length = table.lengths[i];
    if (length === NULL_LENGTH) values[i] = null;
    else {
      if (at + length > table.text.length) throw new Error('string table is shorter than its lengths');
      values[i] = table.text.slice(at, at + length);
      at += length;
    }
    if (tick()) yield;
  }
  return values;
}

function* nonNullStringsOf(table: StringTable): Steps<string[]> {
  const values = yield* stringsOf(table);
  if (values.includes(null)) throw new Error('string table holds a null where none may be');
  return values as string[];
}

/** `array` ready to transfer: arrays that share or partly use their buffer are copied first. */
function sent<T extends Uint32Array | Float32Array | Float64Array>(array: T, transfer: ArrayBuffer[]): T {
  const own = (array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : array.slice()) as T;
  if (!transfer.includes(own.buffer as ArrayBuffer)) transfer.push(own.buffer as ArrayBuffer);
  return own;
}

/** The field index half as a message; its arrays go with it (the sender must not use the half afterwards). */
export function toFieldIndexHalfMessage(half: FieldIndexHalf): Transferable<FieldIndexHalfMessage> {
  const transfer: ArrayBuffer[] = [];
  const t = half.fieldIndex.tables;
  const message: FieldIndexHalfMessage = {
    vocabulary: stringTable(half.vocabulary, transfer),
    tables: {
      fields: t.fields,
      documentCount: t.documentCount,
      terms: stringTable(t.terms, transfer),
      postingOffsets: sent(t.postingOffsets, transfer),
      postingDocuments: sent(t.postingDocuments, transfer),
      vectorOffsets: sent(t.vectorOffsets, transfer),
      vectorTerms: sent(t.vectorTerms, transfer),
      vectorScores: sent(t.vectorScores, transfer),
    },
  };
  return { message, transfer };
}

/** The classifier half as a message; its arrays go with it (the sender must not use the half afterwards). */
export function toClassifierHalfMessage(half: ClassifierHalf): Transferable<ClassifierHalfMessage> {
  const transfer: ArrayBuffer[] = [];
  const t = half.classifier.tables;
  const message: ClassifierHalfMessage = {
    variantQuestions: stringTable(half.variantQuestions, transfer),
    tables: {
      features: stringTable(t.features, transfer),
      idf: sent(t.idf, transfer),
      articleVariants: sent(t.articleVariants, transfer),
      variantPostingOffsets: sent(t.variantPostingOffsets, transfer),
      variantPostingVariants: sent(t.variantPostingVariants, transfer),
      variantPostingWeights: sent(t.variantPostingWeights, transfer),
      postingOffsets: sent(t.postingOffsets, transfer),
      postingArticles: sent(t.postingArticles, transfer),
      centroidWeights: sent(t.centroidWeights, transfer),
      bayesWeights: sent(t.bayesWeights, transfer),
      bayesPrior: sent(t.bayesPrior, transfer),
      unseenIdf: t.unseenIdf,
    },
  };
  return { message, transfer };
}

/** The index made of `common` and the two halves, in steps. Throws when the parts do not fit together. */
export function* fromHalvesSteps(
  common: CommonParts,
  fieldIndex: FieldIndexHalfMessage,
  classifier: ClassifierHalfMessage,
): Steps<KnowledgeIndex> {
  return yield* KnowledgeIndex.fromPartsSteps({
    ...common,
    variantQuestions: yield* stringsOf(classifier.variantQuestions),
    vocabulary: yield* nonNullStringsOf(fieldIndex.vocabulary),
    fieldIndex: { ...fieldIndex.tables, terms: yield* nonNullStringsOf(fieldIndex.tables.terms) },
    classifier: { ...classifier.tables, features: yield* nonNullStringsOf(classifier.tables.features) },
  });
}
