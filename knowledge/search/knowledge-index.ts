/**
 * An immutable, serialisable search index over published articles. Two retrievers run on every query and are blended
 * into one calibrated confidence per article:
 * - the field index (field-index.ts: BM25 over title, questions, answer and tags with field boosts, scored as lunr
 *   scores) finds articles by their words anywhere;
 * - the variant classifier (classifier.ts) recognises paraphrases of the question variants.
 * Customer text never reaches a query parser: it is analysed like article text and each resulting term becomes a
 * clause of one exact term (field-index.ts), so "+*", "title:foo~2" or "^" are just words (or nothing).
 * DESIGN.md beside this file describes the whole search, part by part.
 */
import { calibrate, relevanceOf } from './calibrate';
import { VariantClassifier, type ClassifierMatch, type ClassifierTables } from './classifier';
import { buildIndexParts } from './build-parts';
import { extractFeatures, pairFeature, termFeature } from './features';
import { stem } from './stemmer';
import { ENGLISH_STOP_WORDS } from './stop-words';
import { FieldIndex } from './field-index';
import type { FieldIndexTables } from './field-index-tables';
import {
  IndexOptionsSchema,
  SearchOptionsSchema,
  type IndexableArticle,
  type IndexOptions,
  type SearchOptions,
} from './schemas';
import type { SearchHit } from './search-hit';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, validateSnapshotSteps, type SerializedIndex } from './snapshot';
import { runToEnd, type Steps } from './steps';
import { coverageOf, coverageTerms, domainCoverageOf, domainEvidenceOf, topicalClassesIn, unknownTermsOf, type CoverageTerm, type DomainEvidence } from './coverage';
import { stoppedFunctionPositions, tellsOfUnresolvedCase } from './term-senses';
import { classAnchors, placeAnchorWords, shipsToAPlace, termClassOf } from './term-classes';
import { compileSynonyms, expandSynonyms, synonymAlternatives, type SynonymGroups, type WeightedTerm } from './synonyms';
import { HomophoneCorrector } from './homophones';
import { closeSeparableVerbs } from './separable-verbs';
import { analyzeText, normalizeText, type TextAnalysis } from './tokenize';
import { correctTypo, isTypoCandidate, type Vocabulary } from './typo';
import { rememberRecent, type Lang } from '../../contracts';

export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  synonyms: {},
  boosts: { title: 2, questions: 3, answer: 1, tags: 1.5 },
  classifierIdf: 'article',
};

/** Customer text beyond this many characters is ignored: it bounds work per query whatever is pasted in. */
export const MAX_QUERY_CHARS = 1000;
const SYNONYM_WEIGHT = 0.6;
/** A class anchor is weaker evidence than an editor's synonym: "whats the weather like in london" names a place too. */
const CLASS_ANCHOR_WEIGHT = 0.4;
const TYPO_WEIGHT = 0.7;
/** Candidates taken from the field index, and from the classifier by each of its two rankings, before blending. */
const FIELD_INDEX_CANDIDATES = 40;
const CLASSIFIER_CANDIDATES = 15;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/** How fast an article's Bayes signal decays with its log-likelihood gap to the favourite (tuned on BANKING77). */
const BAYES_TEMPERATURE = 0.5;

interface ArticleRef {
  id: string;
  lang: Lang;
}

/** What every build starts from, cheap to make: resolved options, compiled synonyms and the articles' ids. */
export interface CommonParts {
  options: IndexOptions;
  articles: readonly ArticleRef[];
  synonymGroups: SynonymGroups;
}

/** Everything an index is made of, as plain values and typed arrays (for handing an index to another thread). */
export interface IndexParts extends CommonParts {
  variantQuestions: ReadonlyArray<string | null>;
  vocabulary: readonly string[];
  fieldIndex: Readonly<FieldIndexTables>;
  classifier: Readonly<ClassifierTables>;
}

interface Candidate {
  article: number;
  /** The field index's BM25 score; 0 when it did not find the article. */
  bm25Score: number;
  matchedTerms: string[];
  classifier?: ClassifierMatch;
}

/**
 * SearchOptionsSchema.parse(options) without zod's cost in the common case (it was a visible share of a query):
 * options that are plainly valid are read directly, anything else goes to zod, which accepts or throws as before.
 */
function parseSearchOptions(options: SearchOptions): SearchOptions {
  if (typeof options === 'object' && options !== null) {
    const { lang, limit, exclude } = options;
    const langValid = lang === undefined || lang === 'en' || lang === 'zh';
    const limitValid = limit === undefined || (Number.isSafeInteger(limit) && limit > 0);
    if (langValid && limitValid && exclude === undefined) return { lang, limit };
  }
  return SearchOptionsSchema.parse(options);
}

/**
 * The last few queries' analyses (read only, never changed by a search): one customer turn asks the knowledge index and
 * the small-talk examples' index about the same text, and a text's analysis does not depend on the index.
 */
const queryAnalysis: (text: string) => TextAnalysis = rememberRecent(8, (text) => analyzeText(text));

/** The analysis with each misspelt word replaced by its most likely correction (for the classifier's features). */
function withCorrections(analysis: TextAnalysis, corrections: ReadonlyMap<string, string[]>): TextAnalysis {
  if (corrections.size === 0) return analysis;
  const words = analysis.words.map((word) => corrections.get(word)?.[0] ?? word);
  const english = analyzeText(words.join(' '));
  return {
    ...english,
    terms: [...english.terms, ...analysis.hanWords, ...analysis.hanBigrams],
    hanWords: analysis.hanWords,
    hanBigrams: analysis.hanBigrams,
  };
}

/**
 * A place named as where a parcel goes ("how much to ship to france", "delivery to the uk") is shipping abroad, in the
 * knowledge base's own word for it, as 寄到澳洲 reads 寄到澳洲国外 in Chinese (chinese-concepts.ts): the word is added
 * to what is searched, when the knowledge base has one (a store that does not ship abroad is not moved). A place said
 * otherwise ("I live in Hong Kong, how long will delivery take") is where the customer is, and stays a class word only.
 */
function withDestinationNamed(text: string, analysis: TextAnalysis, known: (term: string) => boolean): string {
  if (!shipsToAPlace(analysis.words, analysis.stems)) return text;
  const word = placeAnchorWords().find((anchor) => known(stem(anchor)));
  return word ? `${text} ${word}` : text;
}

/**
 * A thing that stopped doing what it does ("the charger isn't charging anymore", "kettle doesn't heat anymore",
 * term-senses.ts) is a thing that stopped working: its verb is read as "working" — the charge of a charger is not the
 * charge of a card, which a double-charge article shares — and the knowledge base's words for it are added, when it
 * has them. English text only (Chinese reads the same in chinese-concepts.ts).
 */
function withStoppedFunction(text: string, analysis: TextAnalysis, known: (term: string) => boolean): string {
  if (analysis.hanWords.length > 0) return text;
  const positions = new Set(stoppedFunctionPositions(analysis.stems));
  if (positions.size === 0 || !known(stem('stop')) || !known(stem('work'))) return text;
  return `${analysis.words.map((word, i) => (positions.has(i) ? 'working' : word)).join(' ')} stopped working`;
}

/**
 * A complaint not resolved ("what's the process if my complaint isn't resolved", term-senses.ts) asks for the next
 * step: the knowledge base's word for escalating is added, when it has one (投诉了没解决 reads the same in
 * chinese-concepts.ts). English text only.
 */
function withUnresolvedCase(text: string, analysis: TextAnalysis, known: (term: string) => boolean): string {
  if (analysis.hanWords.length > 0 || !tellsOfUnresolvedCase(analysis.stems) || !known(stem('escalate'))) return text;
  return `${text} escalate`;
}

/**
 * A place or a currency by name stands for its class in the ranking too, like a synonym: "can I order from singapore"
 * is about ordering from abroad, which the articles call international shipping (coverage already counts it so).
 */
function classAnchorTerms(analysis: TextAnalysis): WeightedTerm[] {
  return [...topicalClassesIn(analysis)].flatMap((termClass) => classAnchors(termClass).map((term) => ({ term, weight: CLASS_ANCHOR_WEIGHT })));
}

export class KnowledgeIndex {
  private readonly vocabulary: Vocabulary;
  private readonly homophones: HomophoneCorrector;

  private constructor(
    private readonly options: IndexOptions,
    private readonly articles: readonly ArticleRef[],
    private readonly variantQuestions: ReadonlyArray<string | null>,
    private readonly vocabularyByFrequency: readonly string[],
    private readonly synonymGroups: SynonymGroups,
    private readonly fieldIndex: FieldIndex,
    private readonly classifier: VariantClassifier,
  ) {
    this.vocabulary = new Map(vocabularyByFrequency.map((word, rank) => [word, rank]));
    this.homophones = new HomophoneCorrector(() => fieldIndex.tables.terms, (term) => fieldIndex.hasTerm(term));
  }

  /** Number of articles in the index. */
  get size(): number {
    return this.articles.length;
  }

  static build(articles: IndexableArticle[], options: Partial<IndexOptions> = {}): KnowledgeIndex {
    const common = KnowledgeIndex.commonParts(articles, options);
    const { fieldIndex, classifier, variantQuestions, vocabulary } = buildIndexParts(articles, common.options);
    return new KnowledgeIndex(
      common.options,
      common.articles,
      variantQuestions,
      vocabulary,
      common.synonymGroups,
      fieldIndex,
      classifier,
    );
  }

  /** The parts of an index that do not depend on analysing its text; throws on duplicate article ids. */
  static commonParts(articles: readonly IndexableArticle[], options: Partial<IndexOptions> = {}): CommonParts {
    const resolved = IndexOptionsSchema.parse({ ...DEFAULT_INDEX_OPTIONS, ...options });
    const seen = new Set<string>();
    for (const article of articles) {
      if (seen.has(article.id)) throw new Error(`duplicate article id ${article.id}`);
      seen.add(article.id);
    }
    return {
      options: resolved,
      articles: articles.map(({ id, lang }) => ({ id, lang })),
      synonymGroups: compileSynonyms(resolved.synonyms),
    };
  }

  static load(json: SerializedIndex): KnowledgeIndex {
    return runToEnd(KnowledgeIndex.loadSteps(json));
  }

  /** load() in steps (steps.ts), for a snapshot read while the bot answers. */
  static *loadSteps(json: SerializedIndex): Steps<KnowledgeIndex> {
    const snapshot = yield* validateSnapshotSteps(json);
    const fieldIndex = yield* FieldIndex.loadSteps(snapshot.fieldIndex);
    const classifier = yield* VariantClassifier.loadSteps(snapshot.classifier, snapshot.articles.length);
    if (fieldIndex.documentCount !== snapshot.articles.length) throw new Error('snapshot parts do not fit together');
    return new KnowledgeIndex(
      snapshot.options,
      snapshot.articles,
      snapshot.variantQuestions,
      snapshot.vocabulary,
      snapshot.synonymGroups,
      fieldIndex,
      classifier,
    );
  }

  /** The index from parts another thread built (see `parts`), in steps: indexing terms and features is the work. */
  static *fromPartsSteps(parts: IndexParts): Steps<KnowledgeIndex> {
    const fieldIndex = yield* FieldIndex.fromTablesSteps(parts.fieldIndex);
    const classifier = yield* VariantClassifier.fromTablesSteps(parts.classifier, parts.articles.length);
    if (fieldIndex.documentCount !== parts.articles.length) throw new Error('index parts do not fit together');
    return new KnowledgeIndex(
      parts.options,
      parts.articles,
      parts.variantQuestions,
      parts.vocabulary,
      parts.synonymGroups,
      fieldIndex,
      classifier,
    );
  }

  get parts(): IndexParts {
    return {
      options: this.options,
      articles: this.articles,
      variantQuestions: this.variantQuestions,
      vocabulary: this.vocabularyByFrequency,
      synonymGroups: this.synonymGroups,
      fieldIndex: this.fieldIndex.tables,
      classifier: this.classifier.tables,
    };
  }

  toJSON(): SerializedIndex {
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      options: this.options,
      articles: this.articles.map(({ id, lang }) => ({ id, lang })),
      variantQuestions: [...this.variantQuestions],
      vocabulary: [...this.vocabularyByFrequency],
      synonymGroups: this.synonymGroups,
      fieldIndex: this.fieldIndex.toJSON(),
      classifier: this.classifier.toJSON(),
    };
  }

  /** Articles for a customer's text, best first, with calibrated confidence. Never throws on any text. */
  search(text: string, options: SearchOptions = {}): SearchHit[] {
    const parsed = parseSearchOptions(options);
    if (typeof text !== 'string' || this.articles.length === 0) return [];
    const typed = text.slice(0, MAX_QUERY_CHARS);
    const known = (term: string) => this.fieldIndex.hasTerm(term);
    // A verb-object word opened by a particle is closed again (下了单 → 下单): the knowledge base writes it closed.
    const folded = normalizeText(typed);
    const closed = closeSeparableVerbs(folded, known);
    const analysis = queryAnalysis(folded);
    const named = withDestinationNamed(closed === folded ? typed : closed, analysis, known);
    const query = withUnresolvedCase(withStoppedFunction(named, analysis, known), analysis, known);
    const hits = this.rank(query, parsed);
    // A homophone typo (秘码 for 密码) is corrected only when the knowledge base then answers better: on text about other
    // things a "typo" is as often a word the segmenter does not know (心声, 网商贷).
    const corrected = this.homophones.correct(closed);
    if (corrected === closed) return hits;
    const correctedHits = this.rank(corrected, parsed);
    return (correctedHits[0]?.score ?? 0) > (hits[0]?.score ?? 0) ? correctedHits : hits;
  }

  private rank(text: string, { lang, limit = DEFAULT_LIMIT, exclude }: ReturnType<typeof parseSearchOptions>): SearchHit[] {
    const excluded = new Set(exclude ?? []);
    const maxHits = Math.min(limit, MAX_LIMIT);
    const analysis = queryAnalysis(text);
    const corrected = this.correctTypos(analysis);
    const synonyms = [...expandSynonyms(analysis.terms, this.synonymGroups, SYNONYM_WEIGHT), ...classAnchorTerms(analysis)];

    const candidates = new Map<number, Candidate>();
    const fieldMatches = this.fieldIndex.search(
      this.queryTerms(analysis, synonyms, corrected),
      Math.max(FIELD_INDEX_CANDIDATES, maxHits),
    );
    for (const { article, score, matchedTerms } of fieldMatches) {
      candidates.set(article, { article, bm25Score: score, matchedTerms });
    }
    const classifierFeatures = extractFeatures(withCorrections(analysis, corrected));
    // Synonyms reach the classifier as extra word features, as they reach the field index as extra terms.
    for (const { term } of synonyms) {
      const feature = termFeature(term);
      classifierFeatures.set(feature, (classifierFeatures.get(feature) ?? 0) + 1);
    }
    for (const match of this.classifier.match(classifierFeatures, CLASSIFIER_CANDIDATES)) {
      const candidate = candidates.get(match.article);
      if (candidate) candidate.classifier = match;
      else candidates.set(match.article, { article: match.article, bm25Score: 0, matchedTerms: [], classifier: match });
    }

    const eligible: Candidate[] = [];
    for (const candidate of candidates.values()) {
      const article = this.articles[candidate.article];
      if ((!lang || article.lang === lang) && !excluded.has(article.id)) eligible.push(candidate);
    }
    if (eligible.length === 0) return [];
    let bestBm25 = -Infinity;
    let bestBayes = -Infinity;
    for (const c of eligible) {
      bestBm25 = Math.max(bestBm25, c.bm25Score);
      bestBayes = Math.max(bestBayes, c.classifier?.bayes ?? -Infinity);
    }
    const relevances = eligible.map((c) =>
      relevanceOf({
        nearest: c.classifier?.nearest ?? 0,
        centroid: c.classifier?.centroid ?? 0,
        bayesRelative: c.classifier ? Math.exp(BAYES_TEMPERATURE * (c.classifier.bayes - bestBayes)) : 0,
        bm25Relative: bestBm25 > 0 ? c.bm25Score / bestBm25 : 0,
      }),
    );
    const terms = this.coverageTermsOf(analysis, corrected);
    const coverages = eligible.map((c) => coverageOf(c.article, terms, this.fieldIndex));
    const domainCoverage = domainCoverageOf(terms);
    const domain = domainEvidenceOf(terms);
    const unknownWords = unknownTermsOf(terms);
    const confidences = calibrate(
      eligible.map((c, i) => ({
        relevance: relevances[i],
        nearest: c.classifier?.nearest ?? 0,
        centroid: c.classifier?.centroid ?? 0,
        coverage: coverages[i],
      })),
    );
    // Ranked by index first so that hit objects are built only for the hits returned.
    const idOf = (i: number): string => this.articles[eligible[i].article].id;
    return eligible
      .map((_, i) => i)
      .sort((a, b) => confidences[b] - confidences[a] || (idOf(a) < idOf(b) ? -1 : 1))
      .slice(0, maxHits)
      .map((i) => this.toHit(eligible[i], relevances[i], confidences[i], coverages[i], domainCoverage, domain, unknownWords));
  }

  /** The message's terms for coverage (coverage.ts), with their synonyms and typo corrections as alternatives. */
  private coverageTermsOf(analysis: TextAnalysis, corrections: ReadonlyMap<string, string[]>): CoverageTerm[] {
    const alternatives = synonymAlternatives(analysis.terms, this.synonymGroups);
    analysis.words.forEach((word, i) => {
      const replacements = corrections.get(word);
      if (!replacements) return;
      const corrected = replacements.flatMap((replacement) => analyzeText(replacement).terms);
      alternatives.set(analysis.stems[i], [...(alternatives.get(analysis.stems[i]) ?? []), ...corrected]);
    });
    return coverageTerms(analysis, (term) => alternatives.get(term) ?? [], this.fieldIndex);
  }

  /** Unknown longer words → known words one edit away. A word whose stem the index knows ("refunds") is no typo. */
  private correctTypos(analysis: TextAnalysis): Map<string, string[]> {
    const corrections = new Map<string, string[]>();
    analysis.words.forEach((word, i) => {
      // A word of a class (a charger, a carrier, a city) is spelled right: "charger" is no typo of "charged".
      if (corrections.has(word) || !isTypoCandidate(word) || this.fieldIndex.hasTerm(analysis.stems[i]) || termClassOf(analysis.stems[i])) return;
      const known = correctTypo(word, this.vocabulary);
      // A word one edit from a known word is a typo ("withdrawl"); one that is not may be two words run together.
      const split = known.length === 0 ? this.splitCompound(word) : null;
      if (known.length > 0) corrections.set(word, known);
      else if (split) corrections.set(word, [split]);
    });
    return corrections;
  }

  /**
   * An unknown word that is two words the knowledge base writes side by side ("topup", "checkout", "signin" where the
   * articles say "top up", "check out", "sign in"), as those two words; null when no split is a pair the variants have.
   */
  private splitCompound(word: string): string | null {
    // A stop word is no compound ("because" is not "be cause"), and each half must be a word of the knowledge base on
    // its own (a stop word, or a term of three letters or more): "withdrawl" is a typo, not "with drawl".
    if (ENGLISH_STOP_WORDS.has(word)) return null;
    const isWord = (part: string): boolean =>
      ENGLISH_STOP_WORDS.has(part) || (part.length >= 3 && this.fieldIndex.hasTerm(stem(part)));
    for (let at = 2; at <= word.length - 2; at++) {
      const first = word.slice(0, at);
      const second = word.slice(at);
      if (!isWord(first) || !isWord(second)) continue;
      if (this.classifier.hasFeature(pairFeature('b', stem(first), stem(second)))) return first + ' ' + second;
    }
    return null;
  }

  private queryTerms(
    analysis: TextAnalysis,
    synonyms: readonly WeightedTerm[],
    corrections: ReadonlyMap<string, string[]>,
  ): WeightedTerm[] {
    const weights = new Map<string, number>();
    const add = (term: string, weight: number): void => {
      if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
    };
    for (const term of analysis.terms) add(term, 1);
    for (const synonym of synonyms) add(synonym.term, synonym.weight);
    for (const replacements of corrections.values()) {
      for (const replacement of replacements) for (const term of analyzeText(replacement).terms) add(term, TYPO_WEIGHT);
    }
    return [...weights].map(([term, weight]) => ({ term, weight }));
  }

  private toHit(
    candidate: Candidate,
    relevance: number,
    confidence: number,
    coverage: number,
    domainCoverage: number,
    domain: DomainEvidence,
    unknownWords: readonly string[],
  ): SearchHit {
    const nearestVariant = candidate.classifier?.nearestVariant ?? -1;
    const matchedQuestion = nearestVariant >= 0 ? this.variantQuestions[nearestVariant] : null;
    return {
      articleId: this.articles[candidate.article].id,
      score: confidence,
      ...(matchedQuestion ? { matchedQuestion } : {}),
      explanation: {
        lunrScore: candidate.bm25Score,
        nearestSimilarity: candidate.classifier?.nearest ?? 0,
        centroidSimilarity: candidate.classifier?.centroid ?? 0,
        ...(candidate.classifier ? { bayesScore: candidate.classifier.bayes } : {}),
        relevance,
        coverage,
        domainCoverage,
        termCount: domain.terms,
        unknownTerms: domain.unknown,
        unknownWords: [...unknownWords],
        matchedTerms: candidate.matchedTerms,
        lang: this.articles[candidate.article].lang,
      },
    };
  }
}
