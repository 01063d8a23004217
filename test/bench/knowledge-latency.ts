/**
 * Speed at 10k articles: a knowledge base synthesised from the data sets (80 % English articles with three question
 * variants and a support-style answer, 20 % Chinese), then build, query latency, snapshot size, serialise and load.
 */
import { decide, KnowledgeIndex, type IndexableArticle, type SerializedIndex } from '../../knowledge/search';
import { groupByLabel, loadAfqmcMatches, loadBanking77, loadBitext, loadClinc150, seededRandom } from './knowledge-data';
import { progress, round } from './knowledge-eval';
import { buildInWorker } from '../../knowledge/snapshot/index-builder';

const ARTICLES = 10_000;
const QUESTIONS = 3000;
const WARM_UP = 300;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function synthesiseKnowledgeBase(count: number, seed: number): { articles: IndexableArticle[]; questions: string[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const clinc = loadClinc150();
  const englishGroups = [...groupByLabel(loadBanking77()), ...groupByLabel(clinc.train)];
  const bitext = loadBitext();
  const afqmc = loadAfqmcMatches();
  const articles: IndexableArticle[] = [];
  for (let i = 0; i < count; i++) {
    if (random() < 0.8) {
      const [label, texts] = pick(englishGroups);
      const questions = [pick(texts), pick(texts), pick(texts)];
      articles.push({ id: `en-${i}`, title: `${label.replace(/_/g, ' ')} ${i}`, questions, answer: pick(bitext).response, tags: [label], lang: 'en' });
    } else {
      const pair = pick(afqmc);
      const answer = [pick(afqmc).first, pick(afqmc).second, pick(afqmc).first].join('。');
      articles.push({ id: `zh-${i}`, title: pair.first, questions: [pair.first, pair.second], answer, tags: [], lang: 'zh' });
    }
  }
  const questions: string[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    const kind = random();
    if (kind < 0.6) questions.push(pick(pick(englishGroups)[1]));
    else if (kind < 0.85) questions.push(pick(afqmc).second);
    else questions.push(pick([...clinc.oosVal, ...clinc.oosTrain]).text);
  }
  return { articles, questions };
}

export function runLatency(): Record<string, unknown> {
  progress(`latency: synthesising ${ARTICLES} articles`);
  const { articles, questions } = synthesiseKnowledgeBase(ARTICLES, 42);

  let started = performance.now();
  const index = KnowledgeIndex.build(articles);
  const buildMs = performance.now() - started;

  progress('latency: queries');
  for (const text of questions.slice(0, WARM_UP)) decide(index.search(text));
  const latencies: number[] = [];
  for (const text of questions) {
    const t0 = performance.now();
    decide(index.search(text));
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const hostile = ['+*', 'title:foo~2', '^', '*', '😀'.repeat(500), 'refund '.repeat(1500), '退款'.repeat(5000)];
  const hostileLatencies = hostile.map((text) => {
    const t0 = performance.now();
    index.search(text);
    return performance.now() - t0;
  });

  progress('latency: snapshot');
  started = performance.now();
  const json = JSON.stringify(index.toJSON());
  const serializeMs = performance.now() - started;
  started = performance.now();
  const parsed = JSON.parse(json) as SerializedIndex;
  const parseMs = performance.now() - started;
  started = performance.now();
  const loaded = KnowledgeIndex.load(parsed);
  const loadMs = performance.now() - started;
  const sample = questions.slice(0, 200);
  const identical = sample.every((text) => JSON.stringify(loaded.search(text)) === JSON.stringify(index.search(text)));

  return {
    articles: ARTICLES,
    questions: questions.length,
    buildMs: Math.round(buildMs),
    queryMs: {
      p50: round(percentile(latencies, 0.5), 3),
      p90: round(percentile(latencies, 0.9), 3),
      p99: round(percentile(latencies, 0.99), 3),
      max: round(latencies[latencies.length - 1], 3),
      note: 'search() + decide(), after a warm-up',
    },
    hostileQueryMaxMs: round(Math.max(...hostileLatencies), 3),
    snapshot: {
      megabytes: round(json.length / 1e6, 2),
      serializeMs: Math.round(serializeMs),
      jsonParseMs: Math.round(parseMs),
      loadMs: Math.round(loadMs),
      startupMs: Math.round(parseMs + loadMs),
      loadedGivesIdenticalResults: identical,
    },
  };
}

/**
 * Publishing at 10k articles while the bot answers: the index is rebuilt in a worker and taken in a slice at a time
 * (knowledge/snapshot/index-builder.ts) while the live index keeps answering a stream of searches on the main thread.
 * `holdMs` is how long the event loop was held between two consecutive searches: the most any request could have
 * waited. Garbage-collection pauses count, as a customer would feel them.
 */
export async function runPublish(): Promise<Record<string, unknown>> {
  progress(`publish: synthesising ${ARTICLES} articles`);
  const { articles, questions } = synthesiseKnowledgeBase(ARTICLES, 7);
  const live = KnowledgeIndex.build(articles);
  const runs: Array<{ publishToLiveMs: number; maxHoldMs: number; p99HoldMs: number; holdsOver50Ms: number; searches: number }> = [];
  for (let run = 0; run < 3; run++) {
    progress(`publish: run ${run + 1}`);
    const holds: number[] = [];
    let searching = true;
    let last = performance.now();
    let next = 0;
    const search = (): void => {
      const now = performance.now();
      holds.push(now - last);
      decide(live.search(questions[next++ % questions.length]));
      last = performance.now();
      if (searching) setImmediate(search);
    };
    setImmediate(search);
    const started = performance.now();
    const index = await buildInWorker({ articles, options: {} });
    const publishToLiveMs = performance.now() - started;
    searching = false;
    if (index.size !== articles.length) throw new Error('the published index is incomplete');
    holds.sort((a, b) => a - b);
    runs.push({
      publishToLiveMs: Math.round(publishToLiveMs),
      maxHoldMs: round(holds[holds.length - 1], 1),
      p99HoldMs: round(percentile(holds, 0.99), 2),
      holdsOver50Ms: holds.filter((hold) => hold > 50).length,
      searches: holds.length,
    });
  }
  const byTime = [...runs].sort((a, b) => a.publishToLiveMs - b.publishToLiveMs);
  return {
    articles: ARTICLES,
    publishToLiveMs: { median: byTime[1].publishToLiveMs, runs: runs.map((r) => r.publishToLiveMs) },
    maxHoldMs: Math.max(...runs.map((r) => r.maxHoldMs)),
    runs,
    note: 'worker build + sliced load; holdMs = event-loop time between two searches of the live index meanwhile',
  };
}
