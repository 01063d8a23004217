import { VariantClassifier, VariantClassifierBuilder } from '../../../knowledge/search/classifier';
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
});
