import lunr from 'lunr';
import { FieldIndex } from '../../../knowledge/search/field-index';
import { lunrRef, toLunrIndex } from '../../../knowledge/search/lunr-compat';
import { FIXTURE_ARTICLES } from './fixture-articles';
import { boosts, documents, withLunrBuilder } from './lunr-reference';

/** The lunr.Index a field index's tables stand for. */
const asLunrIndex = (index: FieldIndex): lunr.Index => toLunrIndex(index.tables, lunrRef);

describe('FieldIndex.build', () => {
  it('builds exactly the index lunr.Builder builds', () => {
    expect(JSON.parse(JSON.stringify(asLunrIndex(FieldIndex.build(documents, boosts))))).toEqual(
      JSON.parse(JSON.stringify(withLunrBuilder())),
    );
  });

  it('scores like lunr.Builder', () => {
    const ours = asLunrIndex(FieldIndex.build(documents, boosts));
    const reference = withLunrBuilder();
    const terms = ['password', 'refund', 'card', '花呗'];
    const query = (index: lunr.Index) => index.query((q) => q.term(terms, { usePipeline: false }));
    expect(query(ours).map((r) => [r.ref, r.score])).toEqual(query(reference).map((r) => [r.ref, r.score]));
  });
});

describe('FieldIndex.search', () => {
  it('finds documents by analysed terms and reports what matched', () => {
    const index = FieldIndex.build(documents, boosts);
    const [best] = index.search([{ term: 'password', weight: 1 }], 5);
    expect(FIXTURE_ARTICLES[best.article].id).toBe('password');
    expect(best.matchedTerms).toEqual(['password']);
  });

  it('ignores terms holding query syntax or wildcards', () => {
    const index = FieldIndex.build(documents, boosts);
    expect(index.search([{ term: '*', weight: 1 }, { term: 'pass*', weight: 1 }], 5)).toEqual([]);
  });

  it('searches the same after a JSON round trip', () => {
    const index = FieldIndex.build(documents, boosts);
    const loaded = FieldIndex.load(JSON.parse(JSON.stringify(index.toJSON())));
    const terms = ['password', 'refund', 'card', '花呗', '退款'].map((term) => ({ term, weight: 1 }));
    expect(loaded.search(terms, 10)).toEqual(index.search(terms, 10));
    expect(loaded.documentCount).toBe(documents.length);
  });
});
