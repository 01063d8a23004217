/**
 * Speed at 10k articles: a knowledge base synthesised from the data sets (80 % English articles with three question
 * variants and a support-style answer, 20 % Chinese), then build, query latency, snapshot size, serialise and load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decide, KnowledgeIndex, runToEnd, type IndexableArticle } from '../../knowledge/search';
import { encodeSnapshot, loadSnapshotSteps } from '../../knowledge/snapshot/snapshot-file';
import { groupByLabel, loadAfqmcMatches, loadBanking77, loadBitext, loadClinc150, seededRandom } from './knowledge-data';
import { progress, round } from './knowledge-eval';
import { BuildWorkers } from '../../knowledge/snapshot/index-builder';

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
  const bytes = encodeSnapshot(index, 'bench');
  const serializeMs = performance.now() - started;
  started = performance.now();
  const loaded = runToEnd(loadSnapshotSteps(bytes, 'bench'));
  const loadMs = performance.now() - started;
  if (!loaded) throw new Error('the snapshot did not load');
  const sample = questions.slice(0, 200);
  const identical = sample.every((text) => JSON.stringify(loaded.search(text)) === JSON.stringify(index.search(text)));

  return {
    articles: ARTICLES,
    questions: questions.length,
    buildMs: Math.round(buildMs),
    buildNote: "one thread, in-process; a publish builds the two halves on two worker threads (see publish)",
    queryMs: {
      p50: round(percentile(latencies, 0.5), 3),
      p90: round(percentile(latencies, 0.9), 3),
      p99: round(percentile(latencies, 0.99), 3),
      max: round(latencies[latencies.length - 1], 3),
      note: 'search() + decide(), after a warm-up',
    },
    hostileQueryMaxMs: round(Math.max(...hostileLatencies), 3),
    snapshot: {
      megabytes: round(bytes.length / 1e6, 2),
      serializeMs: Math.round(serializeMs),
      startupMs: Math.round(loadMs),
      loadedGivesIdenticalResults: identical,
      note: 'the snapshot file as written and read at startup (knowledge/snapshot/snapshot-file.ts)',
    },
  };
}

/** Searches of the live index while a publish runs; `stop()` returns how long each waited, in milliseconds. */
interface SearchLoad {
  stop(): number[];
}

/**
 * Back to back: a search starts as soon as the previous one returns, which keeps the main thread 100 % busy. A
 * search's wait is the time since the previous one returned: how long the event loop was held from it.
 */
function saturatedLoad(live: KnowledgeIndex, questions: readonly string[]): SearchLoad {
  const waits: number[] = [];
  let searching = true;
  let last = performance.now();
  let next = 0;
  const search = (): void => {
    waits.push(performance.now() - last);
    decide(live.search(questions[next++ % questions.length]));
    last = performance.now();
    if (searching) setImmediate(search);
  };
  setImmediate(search);
  return {
    stop: () => {
      searching = false;
      return waits;
    },
  };
}

/**
 * Paced: a search falls due every `everyMs` (500 a second at 2 ms, a busy support site), and its wait is the time from
 * when it fell due until it was answered, less its own search time: how long a request arriving then was stalled.
 */
function pacedLoad(live: KnowledgeIndex, questions: readonly string[], everyMs = 2): SearchLoad {
  const waits: number[] = [];
  const started = performance.now();
  let due = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    const now = performance.now();
    while (started + due * everyMs <= now) {
      const t0 = performance.now();
      decide(live.search(questions[due % questions.length]));
      waits.push(t0 - (started + due * everyMs));
      due++;
    }
    timer = setTimeout(tick, Math.max(0, started + due * everyMs - performance.now()));
  };
  timer = setTimeout(tick, everyMs);
  return {
    stop: () => {
      clearTimeout(timer);
      return waits;
    },
  };
}

interface PublishRun {
  publishToLiveMs: number;
  maxWaitMs: number;
  p99WaitMs: number;
  waitsOver50Ms: number;
  searches: number;
}

/**
 * Publishing at 10k articles while the bot answers: the index is rebuilt by the service's two build workers and taken
 * in a slice at a time (knowledge/snapshot/index-builder.ts) while the live index keeps answering searches on the
 * main thread, under two loads: paced (500 searches a second) and saturated (back to back). Waits are measured until
 * the snapshot file is written too, which happens after the new index is live; garbage-collection pauses count, as a
 * customer would feel them. Each publish hands the workers fresh copies of the articles, as the service reads them
 * from its store; the first publish also starts the workers and is reported apart.
 */
export async function runPublish(): Promise<Record<string, unknown>> {
  progress(`publish: synthesising ${ARTICLES} articles`);
  const { articles, questions } = synthesiseKnowledgeBase(ARTICLES, 7);
  const stored = JSON.stringify(articles);
  const live = KnowledgeIndex.build(JSON.parse(stored) as IndexableArticle[]);
  const worker = new BuildWorkers();
  const directory = mkdtempSync(path.join(os.tmpdir(), 'baton-bench-publish-'));
  const snapshotFile = path.join(directory, 'index-snapshot.json');
  const publish = async (run: number, load: (live: KnowledgeIndex, questions: readonly string[]) => SearchLoad): Promise<PublishRun> => {
    progress(`publish: run ${run}`);
    const request = { articles: JSON.parse(stored) as IndexableArticle[], options: {}, persist: { file: snapshotFile, fingerprint: `run-${run}` } };
    const searches = load(live, questions);
    const started = performance.now();
    const index = await worker.build(request);
    const publishToLiveMs = performance.now() - started;
    await worker.persisted();
    const waits = [...searches.stop()].sort((a, b) => a - b);
    if (index.size !== articles.length) throw new Error('the published index is incomplete');
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      publishToLiveMs: Math.round(publishToLiveMs),
      maxWaitMs: round(waits[waits.length - 1], 1),
      p99WaitMs: round(percentile(waits, 0.99), 2),
      waitsOver50Ms: waits.filter((wait) => wait > 50).length,
      searches: waits.length,
    };
  };
  const summary = (runs: PublishRun[]) => {
    const times = runs.map((r) => r.publishToLiveMs).sort((a, b) => a - b);
    return {
      publishToLiveMs: { median: times[Math.floor(times.length / 2)], max: times[times.length - 1] },
      maxWaitMs: Math.max(...runs.map((r) => r.maxWaitMs)),
      waitsOver50Ms: runs.reduce((sum, r) => sum + r.waitsOver50Ms, 0),
      runs,
    };
  };
  // The service starts its workers at startup when the knowledge base is this large (builder.warm), and has been
  // answering before anything is published: the search code is compiled by then.
  await worker.warm();
  for (const text of questions.slice(0, WARM_UP)) decide(live.search(text));
  const firstPublish = await publish(0, pacedLoad);
  const paced: PublishRun[] = [];
  const saturated: PublishRun[] = [];
  for (let run = 1; run <= 5; run++) paced.push(await publish(run, pacedLoad));
  for (let run = 6; run <= 10; run++) saturated.push(await publish(run, saturatedLoad));
  await worker.close();
  rmSync(directory, { recursive: true, force: true });
  return {
    articles: ARTICLES,
    paced: { load: 'a search due every 2 ms (500/s); wait = answered − due − own search time', ...summary(paced) },
    saturated: { load: 'searches back to back (main thread 100 % busy); wait = event-loop time between two searches', ...summary(saturated) },
    firstPublish,
    note: 'two kept build workers (one per index half, at a lower CPU priority than the main thread), arrays taken in slices, snapshot file written in slices; the workers are started beforehand, as the service does at startup; firstPublish is their first real build',
  };
}
