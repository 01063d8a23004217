/**
 * One pass over the articles that builds everything an index is made of: the lunr index, the variant classifier, the
 * text of each variant and the known-word vocabulary for typo correction. Each article is analysed and handed to the
 * builders at once, and its analysis dropped: holding 50k analyses made garbage collection the largest cost of a
 * 10k-article build.
 */
import { VariantClassifierBuilder, type VariantClassifier } from './classifier';
import { emitFeatures } from './features';
import { LunrIndexBuilder, lunrRef, type FieldedLunrIndex } from './lunr-index';
import type { FieldBoosts, IndexableArticle } from './schemas';
import { memoizedStemmer } from './stemmer';
import { ENGLISH_STOP_WORDS } from './stop-words';
import { analyzeText, type TextAnalysis } from './tokenize';
import { isCorrectionTarget } from './typo';

export interface IndexParts {
  lunrIndex: FieldedLunrIndex;
  classifier: VariantClassifier;
  /** Text of each classifier variant (titles, then questions, article by article); null for titles. */
  variantQuestions: Array<string | null>;
  /** Words that typo correction may correct to, most frequent first. */
  vocabulary: string[];
}

export function buildIndexParts(articles: readonly IndexableArticle[], boosts: FieldBoosts): IndexParts {
  const stemWord = memoizedStemmer();
  const lunrBuilder = new LunrIndexBuilder(boosts);
  const classifierBuilder = new VariantClassifierBuilder();
  const variantQuestions: Array<string | null> = [];
  const wordFrequency = new Map<string, number>();
  const analyze = (text: string): TextAnalysis => {
    const analysis = analyzeText(text, stemWord);
    for (const word of analysis.words) {
      if (isCorrectionTarget(word) && !ENGLISH_STOP_WORDS.has(word)) {
        wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + 1);
      }
    }
    return analysis;
  };

  articles.forEach((article, position) => {
    const title = analyze(article.title);
    if (title.terms.length > 0) {
      classifierBuilder.addVariant(position, (sink) => emitFeatures(title, sink));
      variantQuestions.push(null);
    }
    const questionTerms: string[] = [];
    for (const question of article.questions) {
      const analysis = analyze(question);
      for (const term of analysis.terms) questionTerms.push(term);
      classifierBuilder.addVariant(position, (sink) => emitFeatures(analysis, sink));
      variantQuestions.push(question);
    }
    lunrBuilder.add({
      ref: lunrRef(position),
      title: title.terms,
      questions: questionTerms,
      answer: analyze(article.answer).terms,
      tags: article.tags.flatMap((tag) => analyze(tag).terms),
    });
  });

  const vocabulary = [...wordFrequency]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  return {
    lunrIndex: lunrBuilder.build(),
    classifier: classifierBuilder.build(articles.length),
    variantQuestions,
    vocabulary,
  };
}
