/**
 * The peers Baton's knowledge search is measured against, each with its library's default settings, fed the same
 * articles and questions. They answer "which article, how sure" like Baton does, so the same scoring code rates all.
 */
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { IndexableArticle } from '../../knowledge/search';

export interface PeerHit {
  articleId: string;
  score: number;
}

export interface Peer {
  name: string;
  /** Best article for the text, or undefined when the peer finds nothing. */
  best(text: string): PeerHit | undefined;
}

// lunr's default search() parses its input as query syntax ("-card" excludes, "title:x" scopes, a stray ":" throws).
// Characters with that meaning are blanked so the peer is measured on retrieval, not on parse errors.
const LUNR_SYNTAX = /[:*^~+\-]/g;

function lunrDocument(article: IndexableArticle): Record<string, string> {
  return {
    id: article.id,
    title: article.title,
    questions: article.questions.join('\n'),
    answer: article.answer,
    tags: article.tags.join(' '),
  };
}

/** lunr with its defaults: English pipeline, whitespace tokenizer, no boosts. */
export function lunrDefaultPeer(articles: readonly IndexableArticle[]): Peer {
  const index = lunr(function () {
    this.ref('id');
    for (const field of ['title', 'questions', 'answer', 'tags']) this.field(field);
    for (const article of articles) this.add(lunrDocument(article));
  });
  return {
    name: 'lunr-default',
    best(text) {
      try {
        const [top] = index.search(text.replace(LUNR_SYNTAX, ' '));
        return top ? { articleId: top.ref, score: top.score } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

const ZH_WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

function segmenterTokens(text: string): string[] {
  return [...ZH_WORDS.segment(text.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * lunr whose tokenizer is Intl.Segmenter's word segmentation (the Chinese reference point of issue 3). lunr's default
 * pipeline is removed: its trimmer strips every non-ASCII-word character, which deletes Chinese tokens outright.
 */
export function lunrSegmenterPeer(articles: readonly IndexableArticle[]): Peer {
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('id');
    for (const field of ['title', 'questions', 'answer', 'tags']) {
      this.field(field, { extractor: (doc: object) => segmenterTokens(String((doc as Record<string, string>)[field])) });
    }
    for (const article of articles) this.add(lunrDocument(article));
  });
  return {
    name: 'lunr-intl-segmenter',
    best(text) {
      const tokens = segmenterTokens(text).filter((t) => !t.includes('*'));
      if (tokens.length === 0) return undefined;
      const [top] = index.query((q) => q.term(tokens, { usePipeline: false }));
      return top ? { articleId: top.ref, score: top.score } : undefined;
    },
  };
}

/** MiniSearch with its defaults (OR of terms, no fuzzy, no prefix, no boosts). */
export function miniSearchPeer(articles: readonly IndexableArticle[]): Peer {
  const index = new MiniSearch<Record<string, string>>({ fields: ['title', 'questions', 'answer', 'tags'] });
  index.addAll(articles.map(lunrDocument));
  return {
    name: 'minisearch-default',
    best(text) {
      const [top] = index.search(text);
      return top ? { articleId: String(top.id), score: top.score } : undefined;
    },
  };
}

interface NaturalBayesClassifier {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): Array<{ label: string; value: number }>;
}

/**
 * natural's BayesClassifier trained on every question variant and title. Its feature vectors are as long as the whole
 * vocabulary, so it is only run when the training set is at most `maxDocuments` variants.
 */
export function naturalBayesPeer(articles: readonly IndexableArticle[], maxDocuments: number): Peer | undefined {
  const documents = articles.flatMap((a) => [a.title, ...a.questions].map((text) => ({ text, label: a.id })));
  if (documents.length > maxDocuments) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier') as new () => NaturalBayesClassifier;
  const classifier = new BayesClassifier();
  for (const { text, label } of documents) classifier.addDocument(text, label);
  classifier.train();
  return {
    name: 'natural-bayes',
    best(text) {
      const [top] = classifier.getClassifications(text);
      return top ? { articleId: top.label, score: top.value } : undefined;
    },
  };
}
