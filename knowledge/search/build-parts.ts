/**
 * One pass over the articles that builds everything an index is made of: the field index, the variant classifier, the
 * text of each variant and the known-word vocabulary for typo correction. Each article is analysed and handed to the
 * builders at once, and its analysis dropped: holding 50k analyses made garbage collection the largest cost of a
 * 10k-article build.
 */
import { VariantClassifierBuilder, type VariantClassifier } from './classifier';
import { emitFeatures } from './features';
import { FieldIndexBuilder, type FieldIndex } from './field-index';
import type { FieldBoosts, IndexableArticle, IndexOptions } from './schemas';

type IdfBasis = IndexOptions['classifierIdf'];
import { memoizedStemmer } from './stemmer';
import { ENGLISH_STOP_WORDS } from './stop-words';
import { analyzeText, type TextAnalysis } from './tokenize';
import { isCorrectionTarget } from './typo';

/** The half of an index the field index makes: BM25 over every field, and the vocabulary typo correction knows. */
export interface FieldIndexHalf {
  fieldIndex: FieldIndex;
  /** Words that typo correction may correct to, most frequent first. */
  vocabulary: string[];
}

/** The half the variant classifier makes, from titles and question variants only. */
export interface ClassifierHalf {
  classifier: VariantClassifier;
  /** Text of each classifier variant (titles, then questions, article by article); null for titles. */
  variantQuestions: Array<string | null>;
}

export type BuiltParts = FieldIndexHalf & ClassifierHalf;

/**
 * Both halves in one pass over the articles. Each half can also be built alone (buildFieldIndexHalf, buildClassifierHalf),
 * so a large knowledge base builds them on two threads at once.
 */
export function buildIndexParts(articles: readonly IndexableArticle[], options: Pick<IndexOptions, 'boosts' | 'classifierIdf'>): BuiltParts {
  const parts = passOver(articles, options.boosts, options.classifierIdf, { fieldIndex: true, classifier: true });
  return { ...(parts.fieldIndex as FieldIndexHalf), ...(parts.classifier as ClassifierHalf) };
}

export function buildFieldIndexHalf(articles: readonly IndexableArticle[], boosts: FieldBoosts): FieldIndexHalf {
  return passOver(articles, boosts, 'article', { fieldIndex: true, classifier: false }).fieldIndex as FieldIndexHalf;
}

export function buildClassifierHalf(articles: readonly IndexableArticle[], idf: IdfBasis): ClassifierHalf {
  return passOver(articles, undefined, idf, { fieldIndex: false, classifier: true }).classifier as ClassifierHalf;
}

function passOver(
  articles: readonly IndexableArticle[],
  boosts: FieldBoosts | undefined,
  idf: IdfBasis,
  want: { fieldIndex: boolean; classifier: boolean },
): { fieldIndex?: FieldIndexHalf; classifier?: ClassifierHalf } {
  const stemWord = memoizedStemmer();
  const fieldIndexBuilder = want.fieldIndex && boosts ? new FieldIndexBuilder(boosts) : undefined;
  const classifierBuilder = want.classifier ? new VariantClassifierBuilder() : undefined;
  const variantQuestions: Array<string | null> = [];
  const wordFrequency = new Map<string, number>();
  const analyze = (text: string): TextAnalysis => {
    const analysis = analyzeText(text, stemWord);
    if (fieldIndexBuilder) {
      for (const word of analysis.words) {
        if (isCorrectionTarget(word) && !ENGLISH_STOP_WORDS.has(word)) {
          wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + 1);
        }
      }
    }
    return analysis;
  };

  articles.forEach((article, position) => {
    const title = analyze(article.title);
    if (classifierBuilder && title.terms.length > 0) {
      classifierBuilder.addVariant(position, (sink) => emitFeatures(title, sink));
      variantQuestions.push(null);
    }
    const questionTerms: string[] = [];
    for (const question of article.questions) {
      const analysis = analyze(question);
      for (const term of analysis.terms) questionTerms.push(term);
      if (classifierBuilder) {
        classifierBuilder.addVariant(position, (sink) => emitFeatures(analysis, sink));
        variantQuestions.push(question);
      }
    }
    fieldIndexBuilder?.add({
      title: title.terms,
      questions: questionTerms,
      answer: analyze(article.answer).terms,
      tags: article.tags.flatMap((tag) => analyze(tag).terms),
    });
  });

  return {
    fieldIndex: fieldIndexBuilder && {
      fieldIndex: fieldIndexBuilder.build(),
      vocabulary: [...wordFrequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word),
    },
    classifier: classifierBuilder && { classifier: classifierBuilder.build(articles.length, idf), variantQuestions },
  };
}
