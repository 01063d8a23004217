/**
 * One pass over the articles that produces everything an index is built from: lunr documents, classifier training
 * variants, the text of each variant, and the known-word vocabulary for typo correction. Analyses are dropped as soon
 * as their parts are taken: holding 50k of them made garbage collection the largest cost of a 10k-article build.
 */
import type { TrainingVariant } from './classifier';
import { extractFeatures, memoizedCharGrams } from './features';
import type { LunrDocument } from './lunr-index';
import type { IndexableArticle } from './schemas';
import { memoizedStemmer } from './stemmer';
import { ENGLISH_STOP_WORDS } from './stop-words';
import { analyzeText } from './tokenize';
import { isCorrectionTarget } from './typo';

export interface AnalysedArticles {
  lunrDocuments: LunrDocument[];
  /** Title (when it has terms) then each question, article by article. */
  variants: TrainingVariant[];
  /** Text of each variant; null for titles, which are not questions to show. */
  variantQuestions: Array<string | null>;
  /** Words that typo correction may correct to, most frequent first. */
  vocabulary: string[];
}

export function analyzeArticles(articles: readonly IndexableArticle[]): AnalysedArticles {
  const stemWord = memoizedStemmer();
  const charGrams = memoizedCharGrams();
  const wordFrequency = new Map<string, number>();
  const analyze = (text: string) => {
    const analysis = analyzeText(text, stemWord);
    for (const word of analysis.words) {
      if (isCorrectionTarget(word) && !ENGLISH_STOP_WORDS.has(word)) {
        wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + 1);
      }
    }
    return analysis;
  };

  const variants: TrainingVariant[] = [];
  const variantQuestions: Array<string | null> = [];
  const lunrDocuments = articles.map((article, position): LunrDocument => {
    const title = analyze(article.title);
    if (title.terms.length > 0) {
      variants.push({ article: position, features: extractFeatures(title, charGrams) });
      variantQuestions.push(null);
    }
    const questionTerms: string[] = [];
    for (const question of article.questions) {
      const analysis = analyze(question);
      questionTerms.push(...analysis.terms);
      variants.push({ article: position, features: extractFeatures(analysis, charGrams) });
      variantQuestions.push(question);
    }
    return {
      ref: String(position),
      title: title.terms,
      questions: questionTerms,
      answer: analyze(article.answer).terms,
      tags: article.tags.flatMap((tag) => analyze(tag).terms),
    };
  });

  const vocabulary = [...wordFrequency]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  return { lunrDocuments, variants, variantQuestions, vocabulary };
}
