/**
 * The one place the field index meets lunr itself. The field index (field-index.ts) is lunr's data and lunr's
 * arithmetic without lunr's objects; these turn its tables back into a lunr.Index, for lunr's own API and for the
 * tests that check the two are the same index (test/knowledge/search/lunr-reference.ts). Search never needs them.
 */
import lunr from 'lunr';
import { postingOf, type FieldIndexTables } from './field-index-tables';
import type { IndexedField } from './field-index';

/** A document as lunr.Builder takes it: a ref, and each field's analysed terms. */
export type LunrDocument = { ref: string } & Record<IndexedField, string[]>;

/**
 * lunr document ref of the article at `position`, in the lunr.Index the tables stand for. Not a bare number: lunr
 * orders integer-like keys of its posting objects numerically, the tables list documents in the order added.
 */
export function lunrRef(position: number): string {
  return `#${position}`;
}

/** The lunr.Index these tables stand for, with `refOf(d)` as document d's ref. */
export function toLunrIndex(t: FieldIndexTables, refOf: (document: number) => string): lunr.Index {
  const F = t.fields.length;
  const invertedIndex = Object.create(null) as Record<string, Record<string, unknown>>;
  t.terms.forEach((term, index) => {
    const posting: Record<string, unknown> = { _index: index };
    t.fields.forEach((field, f) => {
      const documents: Record<string, object> = Object.create(null) as Record<string, object>;
      for (const document of postingOf(t, index, f)) documents[refOf(document)] = {};
      posting[field] = documents;
    });
    invertedIndex[term] = posting;
  });
  const fieldVectors: Record<string, lunr.Vector> = {};
  for (let document = 0; document < t.documentCount; document++) {
    for (let f = 0; f < F; f++) {
      const elements: number[] = [];
      for (let at = t.vectorOffsets[document * F + f]; at < t.vectorOffsets[document * F + f + 1]; at++) {
        elements.push(t.vectorTerms[at], t.vectorScores[at]);
      }
      fieldVectors[`${t.fields[f]}/${refOf(document)}`] = new lunr.Vector(elements);
    }
  }
  const attributes = {
    invertedIndex,
    fieldVectors,
    // @types/lunr declares fromArray on instances; lunr defines it on the class.
    tokenSet: (lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet }).fromArray([...t.terms].sort()),
    fields: [...t.fields],
    pipeline: new lunr.Pipeline(),
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
