/**
 * Refits the in-scope model (calibrate.ts `DEFAULT_CALIBRATION.inScope`) and chooses the in-scope gate
 * (decide.ts `DEFAULT_THRESHOLDS.inScope`), reproducibly: `npx tsx test/bench/decisions-refit.ts` prints the fitted
 * model, then for a range of gates what the decisions would be on each source (the answer gate set aside), and how
 * many answers each answer gate (`answerInScope`) would turn into choices, per source and language, for the model in
 * use and for the fitted one. Copy the model in, pick the gates, and record them in the README and in DESIGN.md.
 *
 * Fitted on (decisions-tuning.ts `fitInScope`: each source, and each class within it, weighs the same):
 * - `dev`: the demo store asked realistic_dev's odd rows (answerable and problem statements in scope, FALLBACK out);
 * - `near-miss`: the odd rows of issue 12's near misses (near-misses.ts): out-of-scope messages that share a word
 *   with an article ("can i gift wrap this"), and in-scope ones that share the same words;
 * - `clinc-oos`: CLINC150's oos_train (chit-chat, other domains) asked of the demo store: out of scope;
 * - `bitext`: Bitext's customer-support questions (orders, refunds, delivery, accounts, payments, invoices…), a
 *   stratified sample asked of the demo store: in scope, whichever article. Shoppers' wording the demo store never
 *   saw, so the gate learns the store's domain rather than realistic_dev's words;
 * - `clinc`: CLINC150's tuning split on its own knowledge base (another size and domain).
 * Checked on what the fit never saw: realistic_dev's even rows, the near misses' even rows, the extra, short and
 * traditional-Chinese sets (test/fixtures/decisions-extra.tsv, decisions-short.tsv, decisions-hant.tsv).
 *
 * The model in use is not this fit. Fitted with the near misses (and the decline gate at 0.18, where it serves as the
 * model in use does at 0.25), the engine answers 12 % of the even rows' English near misses rather than 14 %, and 73 %
 * of the traditional-Chinese set's answerable questions rather than 78 % (the rest offered as choices; Cantonese
 * conversation tests among them); the English answer gate (decide.ts `answerInScopeByLanguage`) does more for English
 * without that cost, so the model in use stays as it was fitted before (its figures under `inUseAtItsGate`).
 */
import { DEFAULT_CALIBRATION, inScopeFeatures, logistic, type LogisticModel } from '../../knowledge/search/calibrate';
import { decideWith, DEFAULT_THRESHOLDS, type SearchHit } from '../../knowledge/search';
import type { KnowledgeService } from '../../knowledge';
import { demoKnowledge } from '../support/demo-knowledge';
import { clincScopeQuestions, fitInScope, scopeInputs, type ScopeQuestion } from './decisions-tuning';
import { loadExtraSet, loadShortSet } from './decisions-extra';
import { loadHantSet } from './decisions-hant';
import { loadBitext, loadClinc150 } from './knowledge-data';
import { loadNearMisses } from './near-misses';
import { loadRealisticDev, type RealisticRow } from './realistic-dev';

/** Marks a question known to be in scope whose article is not labelled (Bitext's). */
export const ANY_ARTICLE = '*';
const BITEXT_PER_INTENT = 12;

function ask(knowledge: KnowledgeService, text: string, lang: 'en' | 'zh'): SearchHit[] {
  return knowledge.search(text, { lang, limit: 5 });
}

export function rowQuestions(knowledge: KnowledgeService, rows: readonly RealisticRow[], source: string): ScopeQuestion[] {
  return rows
    .filter((r) => r.expected !== 'HANDOFF')
    .map((r) => ({ hits: ask(knowledge, r.text, r.lang === 'en' ? 'en' : 'zh'), expected: r.articles, source: `${source}/${r.lang}` }));
}

/** Every n-th question of each Bitext intent (deterministic), of those `keep` accepts. */
function bitextSample(perIntent = BITEXT_PER_INTENT, keep: (text: string) => boolean = () => true): string[] {
  const byIntent = new Map<string, string[]>();
  for (const row of loadBitext()) {
    if (keep(row.instruction)) byIntent.set(row.intent, [...(byIntent.get(row.intent) ?? []), row.instruction]);
  }
  return [...byIntent.values()].flatMap((texts) => {
    const step = Math.max(1, Math.floor(texts.length / perIntent));
    return texts.filter((_, i) => i % step === 0).slice(0, perIntent);
  });
}

/** Short questions ("shippoing to Hungary", "wannarestore my pin"): few words, so little evidence either way. */
const SHORT_WORDS = 5;
const BITEXT_SHORT_PER_INTENT = 8;
const isShort = (text: string): boolean => text.trim().split(/\s+/).length <= SHORT_WORDS;

export async function refitQuestions(knowledge: KnowledgeService): Promise<{ fit: ScopeQuestion[]; check: ScopeQuestion[] }> {
  const dev = loadRealisticDev();
  const nearMisses = loadNearMisses();
  const fit = [
    ...rowQuestions(knowledge, dev.filter((r) => r.line % 2 === 1), 'dev-odd').map((q) => ({ ...q, source: 'dev' })),
    ...rowQuestions(knowledge, nearMisses.filter((r) => r.line % 2 === 1), 'near-miss-odd').map((q) => ({ ...q, source: 'near-miss' })),
    ...loadClinc150().oosTrain.map(({ text }) => ({ hits: ask(knowledge, text, 'en'), expected: [], source: 'clinc-oos' })),
    ...bitextSample().map((text) => ({ hits: ask(knowledge, text, 'en'), expected: [ANY_ARTICLE], source: 'bitext' })),
    ...clincScopeQuestions(),
  ];
  const check = [
    ...rowQuestions(knowledge, dev.filter((r) => r.line % 2 === 0), 'dev-even'),
    ...rowQuestions(knowledge, nearMisses.filter((r) => r.line % 2 === 0), 'near-miss-even'),
    ...rowQuestions(knowledge, loadExtraSet(), 'extra'),
    ...rowQuestions(knowledge, loadShortSet(), 'short'),
    ...rowQuestions(knowledge, loadHantSet(), 'hant'),
    // Fitted on, these lift short shop questions and cost CLINC150 a fifth of its out-of-scope declines: checked only.
    ...bitextSample(BITEXT_SHORT_PER_INTENT, isShort).map((text) => ({ hits: ask(knowledge, text, 'en'), expected: [ANY_ARTICLE], source: 'bitext-short' })),
  ];
  return { fit, check };
}

/** The thresholds in use with no in-scope gate: the decision before the model is read. */
const WITHOUT_SCOPE_GATES = { ...DEFAULT_THRESHOLDS, inScope: 0, answerInScope: 0, answerInScopeByLanguage: {} };

/** decide() as decide.ts does it, with the given in-scope model and gate: 'served' | 'wrong' | 'declined' | 'clarified-oos' | … */
function outcome(q: ScopeQuestion, model: LogisticModel, gate: number): string {
  const decision = decideWith(q.hits, WITHOUT_SCOPE_GATES);
  const inScope = q.hits.length === 0 ? 0 : logistic(model, inScopeFeatures(scopeInputs(q.hits)));
  const declined = decision.kind === 'fallback' || inScope < gate;
  if (q.expected.length === 0) return declined ? 'declined' : decision.kind === 'answer' ? 'answered' : 'clarified';
  if (declined) return 'not-served';
  if (q.expected.includes(ANY_ARTICLE)) return 'kept';
  if (decision.kind === 'answer') return q.expected.includes(decision.hit.articleId) ? 'served' : 'wrong';
  return decision.kind === 'clarify' && decision.choices.some((c) => q.expected.includes(c.articleId)) ? 'served' : 'not-served';
}

/** Per source: shares of each outcome. */
export function outcomesBySource(questions: readonly ScopeQuestion[], model: LogisticModel, gate: number): Record<string, Record<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const q of questions) {
    const key = `${q.source}${q.expected.length === 0 ? ' (oos)' : ''}`;
    const o = outcome(q, model, gate);
    const c = counts.get(key) ?? new Map<string, number>();
    c.set(o, (c.get(o) ?? 0) + 1);
    counts.set(key, c);
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  const out: Record<string, Record<string, number>> = {};
  for (const [key, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out[key] = { n: totals.get(key)! };
    for (const [o, n] of c) out[key][o] = Math.round((n / totals.get(key)!) * 1000) / 1000;
  }
  return out;
}

/**
 * For the answer gates (`answerInScope`, `answerInScopeByLanguage`): of the questions the model and gate would answer,
 * how many of each kind (right, wrong, in scope, out of scope), per source and the answer's language, an answer gate
 * would turn into choices instead.
 */
export function answersTurnedToChoices(questions: readonly ScopeQuestion[], model: LogisticModel, gate: number, answerGates: readonly number[]): Record<string, Record<string, string>> {
  const answered: Array<{ kind: string; p: number }> = [];
  for (const q of questions) {
    const decision = decideWith(q.hits, WITHOUT_SCOPE_GATES);
    const p = q.hits.length === 0 ? 0 : logistic(model, inScopeFeatures(scopeInputs(q.hits)));
    if (decision.kind !== 'answer' || p < gate) continue;
    const kind = q.expected.length === 0 ? 'out-of-scope' : q.expected.includes(ANY_ARTICLE) ? 'in-scope' : q.expected.includes(decision.hit.articleId) ? 'right' : 'wrong';
    answered.push({ kind: `${q.source.replace(/\/.*/, '')}/${decision.hit.explanation?.lang ?? '?'}/${kind}`, p });
  }
  const out: Record<string, Record<string, string>> = {};
  for (const answerGate of answerGates) {
    const counts: Record<string, [number, number]> = {};
    for (const { kind, p } of answered) {
      counts[kind] ??= [0, 0];
      counts[kind][1]++;
      if (p < answerGate) counts[kind][0]++;
    }
    out[answerGate] = Object.fromEntries(Object.entries(counts).sort().map(([k, [n, of]]) => [k, `${n}/${of}`]));
  }
  return out;
}

async function main(): Promise<void> {
  const knowledge = await demoKnowledge();
  const { fit, check } = await refitQuestions(knowledge);
  const fitted = fitInScope(fit);
  const gates = (process.env.GATES ?? '0.1,0.15,0.2,0.25,0.3').split(',').map(Number);
  const { inScope: gateInUse, answerInScope, answerInScopeByLanguage } = DEFAULT_THRESHOLDS;
  const answerGates = [0.4, 0.5, 0.55, 0.6, 0.65, 0.7];
  const report = {
    inUse: { model: DEFAULT_CALIBRATION.inScope, gate: gateInUse, answerInScope, answerInScopeByLanguage },
    fitted,
    byGate: Object.fromEntries(gates.map((g) => [g, { fit: outcomesBySource(fit, fitted, g), check: outcomesBySource(check, fitted, g) }])),
    answersTurnedToChoicesAtGateInUse: {
      inUse: answersTurnedToChoices([...fit, ...check], DEFAULT_CALIBRATION.inScope, gateInUse, answerGates),
      fitted: answersTurnedToChoices([...fit, ...check], fitted, gateInUse, answerGates),
    },
    inUseAtItsGate: { fit: outcomesBySource(fit, DEFAULT_CALIBRATION.inScope, gateInUse), check: outcomesBySource(check, DEFAULT_CALIBRATION.inScope, gateInUse) },
  };
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
}

if (require.main === module) {
  process.env.DOTENV_CONFIG_QUIET = 'true';
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
