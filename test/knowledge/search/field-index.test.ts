import lunr from 'lunr';
import { FieldedLunrIndex } from '../../../knowledge/search/field-index';
import { FIXTURE_ARTICLES } from './fixture-articles';
import { boosts, documents, withLunrBuilder } from './lunr-reference';

describe('FieldedLunrIndex.build', () => {
  it('builds exactly the index lunr.Builder builds', () => {
    expect(JSON.parse(JSON.stringify(FieldedLunrIndex.build(documents, boosts).lunrIndex))).toEqual(
      JSON.parse(JSON.stringify(withLunrBuilder())),
    );
  });

  it('scores like lunr.Builder', () => {
    const ours = FieldedLunrIndex.build(documents, boosts).lunrIndex;
    const reference = withLunrBuilder();
    const terms = ['password', 'refund', 'card', '花呗'];
    const query = (index: lunr.Index) => index.query((q) => q.term(terms, { usePipeline: false }));
    expect(query(ours).map((r) => [r.ref, r.score])).toEqual(query(reference).map((r) => [r.ref, r.score]));
  });
});

describe('FieldedLunrIndex.search', () => {
  it('finds documents by analysed terms and reports what matched', () => {
    const index = FieldedLunrIndex.build(documents, boosts);
    const [best] = index.search([{ term: 'password', weight: 1 }], 5);
    expect(FIXTURE_ARTICLES[best.article].id).toBe('password');
    expect(best.matchedTerms).toEqual(['password']);
  });

  it('ignores terms holding query syntax or wildcards', () => {
    const index = FieldedLunrIndex.build(documents, boosts);
    expect(index.search([{ term: '*', weight: 1 }, { term: 'pass*', weight: 1 }], 5)).toEqual([]);
  });

  it('searches the same after a JSON round trip', () => {
    const index = FieldedLunrIndex.build(documents, boosts);
    const loaded = FieldedLunrIndex.load(JSON.parse(JSON.stringify(index.toJSON())));
    const terms = ['password', 'refund', 'card', '花呗', '退款'].map((term) => ({ term, weight: 1 }));
    expect(loaded.search(terms, 10)).toEqual(index.search(terms, 10));
    expect(loaded.documentCount).toBe(documents.length);
  });
});
