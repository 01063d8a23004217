import lunr from 'lunr';
import { FieldIndex, INDEXED_FIELDS } from '../../../knowledge/search/field-index';
import type { TermClause } from '../../../knowledge/search/field-index-scoring';
import { lunrRef, toLunrIndex } from '../../../knowledge/search/lunr-compat';
import { boosts, documents, withLunrBuilder } from './lunr-reference';

/** What lunr.Index#query returns for the clauses, asked through lunr's own query API: what the scorer must match. */
function lunrQuery(index: lunr.Index, clauses: readonly TermClause[], limit: number) {
  return index
    .query((query) => {
      for (const { term, fields, boost } of clauses) {
        query.term(term, {
          fields: fields.map((f) => INDEXED_FIELDS[f]),
          boost,
          usePipeline: false,
          wildcard: lunr.Query.wildcard.NONE,
          presence: lunr.Query.presence.OPTIONAL,
        });
      }
    })
    .slice(0, limit)
    .map((result) => ({
      document: Number(result.ref.slice(1)),
      score: result.score,
      matchedTerms: Object.keys(result.matchData.metadata),
    }));
}

/** A small deterministic generator, so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('FieldIndexScorer', () => {
  const vocabulary = [...new Set(documents.flatMap((d) => INDEXED_FIELDS.flatMap((f) => d[f])))].sort();

  const built = () => FieldIndex.build(documents, boosts);
  const loaded = () => FieldIndex.load(JSON.parse(JSON.stringify(built().toJSON())));
  it.each([
    ['a built index, against lunr.Builder', built, withLunrBuilder],
    ['a built index, against its own lunr.Index', built, () => toLunrIndex(built().tables, lunrRef)],
    ['a loaded index, against lunr.Builder', loaded, withLunrBuilder],
  ])('scores, orders and explains exactly as lunr.Index#query: %s', (_, makeOurs, makeReference) => {
    const scorer = makeOurs();
    const index = makeReference();
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const clauses: TermClause[] = [];
      const clauseCount = 1 + Math.floor(next() * 8);
      for (let c = 0; c < clauseCount; c++) {
        const fields = [0, 1, 2, 3].filter(() => next() < 0.7);
        if (fields.length === 0) fields.push(Math.floor(next() * 4));
        // Repeated terms and terms the index lacks are allowed: lunr sums boosts and skips unknown terms.
        const term = next() < 0.1 ? 'zzznotaterm' : vocabulary[Math.floor(next() * vocabulary.length)];
        clauses.push({ term, fields, boost: [1, 0.7, 0.6][Math.floor(next() * 3)] });
      }
      if (next() < 0.2) clauses.push({ ...clauses[0] });
      // Integer-like terms come first among an object's keys, so lunr lists them first among matched terms.
      if (next() < 0.3) clauses.push({ term: '5', fields: [2], boost: 1 });
      const limit = 1 + Math.floor(next() * 20);
      expect(scorer.score(clauses, limit)).toEqual(lunrQuery(index, clauses, limit));
    }
  });

  it('leaves no state behind between queries', () => {
    const scorer = FieldIndex.build(documents, boosts);
    const clauses: TermClause[] = [{ term: 'password', fields: [0, 1, 2, 3], boost: 1 }];
    const first = scorer.score(clauses, 10);
    scorer.score([{ term: 'refund', fields: [0, 1, 2, 3], boost: 1 }], 10);
    expect(scorer.score(clauses, 10)).toEqual(first);
  });
});
