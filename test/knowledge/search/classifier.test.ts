import { articleIdf, VariantClassifier, VariantClassifierBuilder } from '../../../knowledge/search/classifier';
import { emitFeatures, extractFeatures } from '../../../knowledge/search/features';
import { analyzeText } from '../../../knowledge/search/tokenize';

const articles = [
  ['How do I get a refund?', 'Can I have my money returned?'],
  ['I forgot my password', 'Reset my password please'],
  ['When will my package arrive?', 'Where is my parcel?'],
];

function build(): VariantClassifier {
  const builder = new VariantClassifierBuilder();
  articles.forEach((questions, article) => {
    for (const question of questions) builder.addVariant(article, (sink) => emitFeatures(analyzeText(question), sink));
  });
  return builder.build(articles.length);
}

function best(classifier: VariantClassifier, text: string, by: 'bayes' | 'centroid' | 'nearest') {
  const matches = classifier.match(extractFeatures(analyzeText(text)), 10);
  return matches.sort((a, b) => b[by] - a[by])[0];
}

describe('VariantClassifier', () => {
  const classifier = build();

  it.each(['bayes', 'centroid', 'nearest'] as const)('ranks the right article first by %s', (by) => {
    expect(best(classifier, 'how can i reset the password', by).article).toBe(1);
    expect(best(classifier, 'my parcel has not arrived', by).article).toBe(2);
  });

  it('finds the closest variant and a cosine of 1 for an exact variant', () => {
    const match = best(classifier, 'Where is my parcel?', 'nearest');
    expect(match.nearestVariant).toBe(5);
    expect(match.nearest).toBeCloseTo(1, 5);
    expect(match.centroid).toBeLessThan(1);
  });

  it('returns nothing for text sharing no feature', () => {
    expect(classifier.match(extractFeatures(analyzeText('xq zv')), 10)).toEqual([]);
  });

  it('matches the same after serialisation', () => {
    const loaded = VariantClassifier.load(JSON.parse(JSON.stringify(classifier.toJSON())), articles.length);
    const features = extractFeatures(analyzeText('reset password for my parcel'));
    expect(loaded.match(features, 10)).toEqual(classifier.match(features, 10));
  });

  it('rejects tables that do not fit the article count', () => {
    expect(() => VariantClassifier.load(classifier.toJSON(), articles.length + 1)).toThrow();
  });

  it('requires variants grouped by article', () => {
    const builder = new VariantClassifierBuilder();
    builder.addVariant(1, (sink) => emitFeatures(analyzeText('a question'), sink));
    expect(() => builder.addVariant(0, (sink) => emitFeatures(analyzeText('another'), sink))).toThrow(/grouped/);
  });

  it('emits the same features at build and query time', () => {
    const collected = new Map<string, number>();
    const builder = new VariantClassifierBuilder();
    builder.addVariant(0, (sink) => emitFeatures(analyzeText("My card hasn't arrived yet"), sink));
    const built = builder.build(1).toJSON().features;
    for (const feature of extractFeatures(analyzeText("My card hasn't arrived yet")).keys()) collected.set(feature, 1);
    expect([...built].sort()).toEqual([...collected.keys()].sort());
  });

  const twoArticles = () => {
    // Article 0: "top" in both variants, "fail" in one; article 1: "card" in one variant.
    const builder = new VariantClassifierBuilder();
    for (const question of ['top failed', 'top please']) builder.addVariant(0, (s) => emitFeatures(analyzeText(question), s));
    for (const question of ['card', 'lost']) builder.addVariant(1, (s) => emitFeatures(analyzeText(question), s));
    return builder;
  };

  it('counts IDF over articles by default: a word in every variant of one article is as rare as a word in one variant', () => {
    const { features, idf } = twoArticles().build(2).tables;
    const idfOf = (feature: string): number => idf[features.indexOf(feature)];
    expect(idfOf('wtop')).toBeCloseTo(Math.log(3 / 2) + 1, 5);
    expect(idfOf('wtop')).toBeCloseTo(idfOf('wfail'), 5);
    expect(idfOf('wtop')).toBeCloseTo(idfOf('wcard'), 5);
  });

  it('counts IDF over variants when asked: a word in two of four variants is commoner than one in one', () => {
    const { features, idf } = twoArticles().build(2, 'variant').tables;
    const idfOf = (feature: string): number => idf[features.indexOf(feature)];
    expect(idfOf('wtop')).toBeCloseTo(Math.log(5 / 3) + 1, 5);
    expect(idfOf('wfail')).toBeCloseTo(Math.log(5 / 2) + 1, 5);
  });

  it('articleIdf counts each article once however many of its variants have the feature', () => {
    // Two articles; variants 0,1 belong to article 0 and variant 2 to article 1. Feature 0 is in all three variants,
    // feature 1 in both variants of article 0 only.
    const idf = articleIdf(2, [0, 2, 3], [0, 2, 4, 5], [0, 1, 0, 1, 0], 2);
    expect(idf[0]).toBeCloseTo(Math.log(3 / 3) + 1, 5);
    expect(idf[1]).toBeCloseTo(Math.log(3 / 2) + 1, 5);
  });
});
