/**
 * The decisions as customers meet them: `../shared/data/realistic_dev/messages.tsv` (696 realistic chat messages for
 * the demo store in English, simplified and traditional Chinese, labelled with what Baton should do) run through the
 * real engine with the demo knowledge base and the default policy, and scored by the rules of the set's README:
 *
 * - answerable and problem-statement rows: **served** when the bot answers with an expected article or offers it
 *   among the choices of a clarifying question; **wrong** when it answers with another article (the worst outcome);
 *   otherwise not served. A problem statement handed off is a **false handoff** (these are not complaints), and so is
 *   an answerable row handed off.
 * - `FALLBACK` rows: right when the bot declines or makes small talk; wrong when it answers with an article.
 * - `HANDOFF` rows: right when the bot hands off at the labelled level; handed off at another level counts as a
 *   handoff with a level mismatch; anything else is a missed handoff.
 *
 * Every row is a new conversation of one message. It is a development set: figures tuned on it are not the figures
 * that judge the product (held-out data of the same kinds does).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { handleTurn } from '../../bot/core/engine';
import type { Policy } from '../../bot/core/policy';
import { EngineStateSchema, type TurnResult } from '../../bot/core/turn';
import type { KnowledgeService } from '../../knowledge';
import { DATA_DIR } from './knowledge-data';

export const REALISTIC_DEV_FILE = path.join(DATA_DIR, 'realistic_dev', 'messages.tsv');

export type RowLang = 'en' | 'zh' | 'zh-Hant';
export type RowGroup = 'answerable' | 'problem-statement' | 'out-of-scope' | 'human-request' | 'escalation';

export interface RealisticRow {
  line: number;
  lang: RowLang;
  text: string;
  /** Article ids, or empty for FALLBACK / HANDOFF rows. */
  articles: string[];
  expected: 'article' | 'FALLBACK' | 'HANDOFF';
  group: RowGroup;
  /** For HANDOFF rows. */
  level?: 'L1' | 'L2' | 'L3';
  /** `kind=` of out-of-scope and escalation rows (e.g. safety, legal, abuse). */
  kind?: string;
  note: string;
}

export function loadRealisticDev(file = REALISTIC_DEV_FILE): RealisticRow[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows: RealisticRow[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (!raw.trim()) return;
    const [lang, text, expected, note = ''] = raw.split('\t');
    const fields = new Map(
      note
        .split(';')
        .map((part) => part.trim().split('='))
        .filter((kv) => kv.length === 2)
        // A value's first word is the label; words after it are the author's remarks ("kind=safety child").
        .map(([k, v]) => [k.trim(), v.trim().split(/\s/)[0]] as const),
    );
    const isArticle = expected !== 'FALLBACK' && expected !== 'HANDOFF';
    rows.push({
      line: i + 2,
      lang: lang as RowLang,
      text,
      articles: isArticle ? expected.split('|') : [],
      expected: isArticle ? 'article' : (expected as 'FALLBACK' | 'HANDOFF'),
      group: fields.get('group') as RowGroup,
      level: fields.get('level') as RealisticRow['level'],
      kind: fields.get('kind'),
      note,
    });
  });
  return rows;
}

export type Verdict =
  | 'served'
  | 'wrong'
  | 'not-served'
  | 'false-handoff'
  | 'declined-right'
  | 'answered-out-of-scope'
  | 'handoff-right'
  | 'handoff-wrong-level'
  | 'handoff-missed';

export interface ScoredRow {
  row: RealisticRow;
  verdict: Verdict;
  decision: string;
  articleId?: string;
  choices: string[];
  level: string | null;
  rule: string;
}

/** What the bot did with one message, reduced to what the scoring rules look at. */
export function outcomeOf(result: TurnResult): { decision: string; articleId?: string; choices: string[]; level: string | null; rule: string } {
  const handoff = result.effects.find((e) => e.type === 'handoff');
  const answer = result.replies.find((r) => r.kind === 'answer' && r.articleId);
  const clarify = result.replies.find((r) => r.kind === 'clarify');
  const choices = (clarify?.suggestedActions ?? [])
    .map((a) => (a.action.type === 'choose-article' ? a.action.articleId : undefined))
    .filter((id): id is string => !!id);
  return {
    decision: handoff ? 'handoff' : result.explanation.decision,
    articleId: answer?.articleId,
    choices,
    level: handoff && handoff.type === 'handoff' ? handoff.level : null,
    rule: result.explanation.rule,
  };
}

export function scoreRow(row: RealisticRow, result: TurnResult): ScoredRow {
  const outcome = outcomeOf(result);
  return { row, ...outcome, verdict: verdictOf(row, outcome) };
}

function verdictOf(row: RealisticRow, o: ReturnType<typeof outcomeOf>): Verdict {
  if (row.expected === 'HANDOFF') {
    if (o.decision !== 'handoff') return 'handoff-missed';
    return o.level === row.level ? 'handoff-right' : 'handoff-wrong-level';
  }
  if (row.expected === 'FALLBACK') {
    // An answer given alongside a handoff still counts as an answer to an out-of-scope message.
    return o.articleId ? 'answered-out-of-scope' : 'declined-right';
  }
  if (o.decision === 'handoff') return 'false-handoff';
  if (o.articleId) return row.articles.includes(o.articleId) ? 'served' : 'wrong';
  if (o.choices.some((id) => row.articles.includes(id))) return 'served';
  return 'not-served';
}

/** Runs every row as a one-message conversation (with the default policy unless another is given). */
export function runRealisticDev(knowledge: KnowledgeService, rows = loadRealisticDev(), policy?: Policy): ScoredRow[] {
  return rows.map((row) => {
    const state = EngineStateSchema.parse({});
    const result = handleTurn({ conversationId: `rd-${row.line}`, channel: 'bench', userId: 'u', text: row.text }, state, { knowledge, policy });
    return scoreRow(row, result);
  });
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/** The figures issue 12 asks for, for one slice of the rows. */
export function summarize(scored: readonly ScoredRow[]): Record<string, unknown> {
  const count = (pred: (s: ScoredRow) => boolean) => scored.filter(pred).length;
  const answerable = scored.filter((s) => s.row.expected === 'article');
  const problems = scored.filter((s) => s.row.group === 'problem-statement');
  const outOfScope = scored.filter((s) => s.row.expected === 'FALLBACK');
  const handoffs = scored.filter((s) => s.row.expected === 'HANDOFF');
  const byGroup = (group: RowGroup) => handoffs.filter((s) => s.row.group === group);
  const recall = (rows: ScoredRow[]) => rate(rows.filter((s) => s.verdict.startsWith('handoff-') && s.verdict !== 'handoff-missed').length, rows.length);
  const safety = handoffs.filter((s) => s.row.kind === 'safety');
  const legal = handoffs.filter((s) => s.row.kind === 'legal' || s.row.kind === 'regulator' || s.row.kind === 'public');
  return {
    rows: scored.length,
    served: rate(count((s) => s.verdict === 'served'), answerable.length),
    wrongAnswer: rate(count((s) => s.verdict === 'wrong'), answerable.length),
    declinedOnAnswerable: rate(answerable.filter((s) => s.verdict === 'not-served').length, answerable.length),
    falseHandoff: rate(count((s) => s.verdict === 'false-handoff'), answerable.length),
    problemStatementsHandedOff: rate(problems.filter((s) => s.verdict === 'false-handoff').length, problems.length),
    outOfScopeDeclined: rate(count((s) => s.verdict === 'declined-right'), outOfScope.length),
    // Of those, offered articles to choose from rather than declined outright (no article is given, so not wrong).
    outOfScopeClarified: rate(outOfScope.filter((s) => s.verdict === 'declined-right' && s.choices.length > 0).length, outOfScope.length),
    handoffRecall: recall(handoffs),
    handoffRecallRequests: recall(byGroup('human-request')),
    handoffRecallEscalations: recall(byGroup('escalation')),
    safetyMissed: safety.filter((s) => s.verdict === 'handoff-missed').length,
    legalMissed: legal.filter((s) => s.verdict === 'handoff-missed').length,
    levelMatch: rate(count((s) => s.verdict === 'handoff-right'), handoffs.filter((s) => s.verdict !== 'handoff-missed').length),
    counts: { answerable: answerable.length, problemStatements: problems.length, outOfScope: outOfScope.length, handoffs: handoffs.length },
  };
}

/** Overall and per language. */
export function summarizeByLanguage(scored: readonly ScoredRow[]): Record<string, unknown> {
  const out: Record<string, unknown> = { overall: summarize(scored) };
  for (const lang of ['en', 'zh', 'zh-Hant'] as const) out[lang] = summarize(scored.filter((s) => s.row.lang === lang));
  return out;
}

/** The knowledge decisions alone (served, wrong, declined on answerable, out of scope declined), per language. */
export function summarizeDecisions(scored: readonly ScoredRow[]): Record<string, unknown> {
  const figures = (rows: readonly ScoredRow[]) => {
    const all = summarize(rows);
    return {
      served: all.served,
      wrongAnswer: all.wrongAnswer,
      declinedOnAnswerable: all.declinedOnAnswerable,
      outOfScopeDeclined: all.outOfScopeDeclined,
      outOfScopeClarified: all.outOfScopeClarified,
    };
  };
  const out: Record<string, unknown> = { overall: figures(scored) };
  for (const lang of ['en', 'zh', 'zh-Hant'] as const) out[lang] = figures(scored.filter((s) => s.row.lang === lang));
  return out;
}

/** The rows the bot got wrong, one line each, for reading errors (`BATON_BENCH_ERRORS=1 npm run bench decisions`). */
export function describeErrors(scored: readonly ScoredRow[]): string[] {
  return scored
    .filter((s) => !['served', 'declined-right', 'handoff-right'].includes(s.verdict))
    .map((s) => {
      const got = s.decision === 'handoff' ? `handoff ${s.level}` : s.articleId ? `answer ${s.articleId}` : s.choices.length ? `clarify [${s.choices.join(', ')}]` : s.decision;
      const want = s.row.expected === 'article' ? s.row.articles.join('|') : `${s.row.expected}${s.row.level ? ' ' + s.row.level : ''}`;
      return `${s.verdict}\t${s.row.lang}\t${s.row.group}\t${s.row.text}\twant ${want}\tgot ${got}\t(${s.rule})`;
    });
}
