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

/**
 * Publishing at 10k articles while the bot answers: the index is rebuilt in the service's build worker and taken in a
 * slice at a time (knowledge/snapshot/index-builder.ts) while the live index keeps answering a stream of searches on
 * the main thread. `holdMs` is how long the event loop was held between two consecutive searches: the most any
 * request could have waited. Garbage-collection pauses count, as a customer would feel them. Each publish hands the
 * worker fresh copies of the articles, as the service reads them from its store; the first publish also starts the
 * worker and is reported apart.
 */
export async function runPublish(): Promise<Record<string, unknown>> {
  progress(`publish: synthesising ${ARTICLES} articles`);
  const { articles, questions } = synthesiseKnowledgeBase(ARTICLES, 7);
  const stored = JSON.stringify(articles);
  const live = KnowledgeIndex.build(JSON.parse(stored) as IndexableArticle[]);
  const worker = new BuildWorkers();
  const directory = mkdtempSync(path.join(os.tmpdir(), 'baton-bench-publish-'));
  const snapshotFile = path.join(directory, 'index-snapshot.json');
  const runs: Array<{ publishToLiveMs: number; maxHoldMs: number; p99HoldMs: number; holdsOver50Ms: number; searches: number }> = [];
  for (let run = 0; run < 6; run++) {
    progress(`publish: run ${run + 1}`);
    const request = { articles: JSON.parse(stored) as IndexableArticle[], options: {}, persist: { file: snapshotFile, fingerprint: `run-${run}` } };
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
    const index = await worker.build(request);
    const publishToLiveMs = performance.now() - started;
    // Holds are measured until the snapshot file is written too, which happens after the new index is live.
    await worker.persisted();
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
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await worker.close();
  rmSync(directory, { recursive: true, force: true });
  const [cold, ...warm] = runs;
  const times = warm.map((r) => r.publishToLiveMs).sort((a, b) => a - b);
  return {
    articles: ARTICLES,
    publishToLiveMs: { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], runs: warm.map((r) => r.publishToLiveMs) },
    maxHoldMs: Math.max(...warm.map((r) => r.maxHoldMs)),
    holdsOver50Ms: warm.reduce((sum, r) => sum + r.holdsOver50Ms, 0),
    firstPublish: cold,
    runs: warm,
    note: 'two kept build workers (one per index half), arrays taken in slices, snapshot file written in slices; holdMs = event-loop time between two searches of the live index until the file is written; firstPublish also starts the workers',
  };
}
