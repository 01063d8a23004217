/**
 * The built-in example sets (built-in-examples.ts) as a search index, built with the knowledge base's own
 * `KnowledgeIndex` rather than a second classifier. Only the absolute similarity to the closest example is read from a
 * hit: the calibrated score is fitted for a knowledge base of many articles, and among four built-in intents it rated
 * "where is my order" a 0.97 greeting.
 */
import { KnowledgeIndex, type IndexableArticle } from '../../knowledge/search';
import { BUILT_IN_EXAMPLES, type ExampleIntent } from './built-in-examples';
import type { Lang } from '../../contracts';

/** Intents matched by example; agent requests are left to `detectAgentRequest` (see built-in-examples.ts). */
export type ExampleMatchedIntent = Exclude<ExampleIntent, 'agent_request'>;
const MATCHED: readonly ExampleMatchedIntent[] = ['greeting', 'thanks', 'goodbye', 'complaint'];

export interface ExampleMatch {
  intent: ExampleMatchedIntent;
  /** Cosine similarity (0..1) to the closest example of that intent. */
  similarity: number;
}

export interface BuiltInIndex {
  /** Every matched intent with some similarity, most similar first. */
  match(text: string, lang: Lang): ExampleMatch[];
}

export function buildBuiltInIndex(examples = BUILT_IN_EXAMPLES): BuiltInIndex {
  const articles: IndexableArticle[] = MATCHED.flatMap((intent) =>
    (['en', 'zh'] as const).map((lang) => ({
      id: `${intent}@${lang}`,
      lang,
      title: '',
      questions: [...examples[intent][lang]],
      answer: '',
      tags: [],
    })),
  );
  // IDF over variants: with eight example sets, IDF over articles is nearly flat, and the similarity thresholds the
  // recognizer reads were set on variant-level IDF.
  const index = KnowledgeIndex.build(articles, { classifierIdf: 'variant' });
  return {
    match(text, lang) {
      return index
        .search(text, { lang, limit: MATCHED.length })
        .map((hit) => ({
          intent: hit.articleId.slice(0, hit.articleId.indexOf('@')) as ExampleMatchedIntent,
          similarity: hit.explanation?.nearestSimilarity ?? 0,
        }))
        .filter((m) => m.similarity > 0)
        .sort((a, b) => b.similarity - a.similarity);
    },
  };
}
