import lunr from 'lunr';
import { FieldedLunrIndex, LUNR_FIELDS, lunrRef, type LunrDocument } from '../../../knowledge/search/lunr-index';
import { LunrScorer, type LunrClause } from '../../../knowledge/search/lunr-scoring';
import { analyzeText } from '../../../knowledge/search/tokenize';
import { FIXTURE_ARTICLES } from './fixture-articles';

const boosts = { title: 2, questions: 3, answer: 1, tags: 1.5 };
const documents: LunrDocument[] = FIXTURE_ARTICLES.map((article, i) => ({
  ref: lunrRef(i),
  title: analyzeText(article.title).terms,
  questions: article.questions.flatMap((q) => analyzeText(q).terms),
  answer: analyzeText(article.answer).terms,
  tags: article.tags.flatMap((t) => analyzeText(t).terms),
}));

/** What lunr.Index#query returns for the clauses, as FieldedLunrIndex used to ask it. */
function lunrQuery(index: lunr.Index, clauses: readonly LunrClause[], limit: number) {
  return index
    .query((query) => {
      for (const { term, fields, boost } of clauses) {
        query.term(term, {
          fields: fields.map((f) => LUNR_FIELDS[f]),
          boost,
          usePipeline: false,
          wildcard: lunr.Query.wildcard.NONE,
          presence: lunr.Query.presence.OPTIONAL,
        });
      }
    })
    .slice(0, limit)
    .map((result) => ({ ref: result.ref, score: result.score, matchedTerms: Object.keys(result.matchData.metadata) }));
}

/** A small deterministic generator, so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('LunrScorer', () => {
  const vocabulary = [...new Set(documents.flatMap((d) => LUNR_FIELDS.flatMap((f) => d[f])))].sort();

  it.each([
    ['a built index', () => FieldedLunrIndex.build(documents, boosts).lunrIndex],
    [
      'a loaded index',
      () =>
        FieldedLunrIndex.load(JSON.parse(JSON.stringify(FieldedLunrIndex.build(documents, boosts).toJSON()))).lunrIndex,
    ],
  ])('scores, orders and explains exactly as lunr.Index#query on %s', (_, makeIndex) => {
    const index = makeIndex();
    const scorer = new LunrScorer(index, LUNR_FIELDS);
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const clauses: LunrClause[] = [];
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
    const scorer = new LunrScorer(FieldedLunrIndex.build(documents, boosts).lunrIndex, LUNR_FIELDS);
    const clauses: LunrClause[] = [{ term: 'password', fields: [0, 1, 2, 3], boost: 1 }];
    const first = scorer.score(clauses, 10);
    scorer.score([{ term: 'refund', fields: [0, 1, 2, 3], boost: 1 }], 10);
    expect(scorer.score(clauses, 10)).toEqual(first);
  });
});
