/** `baton ask [--json] [--batch FILE] ["question" …]`: what the bot decides for each question, one line each, in order. */
import type { KnowledgeService } from '../../../knowledge';
import { detectLanguage } from '../../core/signals/language';
import { handleTurn } from '../../core/engine';
import type { Policy } from '../../core/policy';
import type { Signals } from '../../core/signals';
import type { Recognizer } from '../../recognizers';
import { EngineStateSchema } from '../../core/turn';
import { flagValue, parseArgs, UsageError } from '../args';
import { withUnderstanding, type CliIo } from '../context';

export const ASK_USAGE = `usage: baton ask [--json] [--batch FILE] ["question" …]
  Prints, per question: text, lang, decision (answer|clarify|fallback), articleId, score, candidates,
  signals (sentiment, emotion, agentRequest, complaintLevel, complaintKind, amount, highValue, evidence…),
  intent, handoff, level, reasons.
  --batch FILE   one question per line ("-": standard input); blank lines are skipped
  --json         one JSON object per line (otherwise a readable line)`;

export interface AskLine {
  text: string;
  lang: 'en' | 'zh';
  /** For Chinese: the script the question is written in (Hans simplified, Hant traditional); null for English. */
  script: 'Hans' | 'Hant' | null;
  /**
   * What the bot does with the question (besides any handoff): answer with an article, clarify (offer `candidates`),
   * or fall back (decline: out of scope, small talk, no good answer).
   */
  decision: 'answer' | 'clarify' | 'fallback';
  rule: string;
  articleId: string | null;
  score: number | null;
  candidates: Array<{ articleId: string; score: number }>;
  /**
   * The signals as the engine read them, in the one signals shape (bot/core/signals/schema.ts): DESIGN.md's names
   * (`sentiment.label` / `.score`, `agentRequest`, `amount`, `highValue`, `complaintLevel`) and the rest, with evidence.
   */
  signals: Signals;
  /** The intent recognizer's reading (local, or Azure CLU when configured). */
  intent: { intent: string; confidence: number; source: 'local' | 'clu'; fallbackReason?: string };
  /** Whether the policy hands this message to a person, at which level, and why. */
  handoff: boolean;
  level: 'L1' | 'L2' | 'L3' | null;
  reasons: string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** One question through the real engine, as the first message of a fresh conversation. */
export async function askOne(
  deps: { knowledge: Pick<KnowledgeService, 'ask' | 'getPublished'>; policy: Policy; recognizer: Recognizer },
  text: string,
): Promise<AskLine> {
  const lang = detectLanguage(text);
  const recognition = await deps.recognizer.recognize(text, { lang });
  const recognized = { intent: recognition.intent, confidence: recognition.confidence, source: recognition.source };
  const { decision, hits } = deps.knowledge.ask(text, { lang });
  // CLU's reading feeds the engine as in a live turn; the local one reads with the engine's own detectors.
  const turn = handleTurn(
    { conversationId: 'cli', channel: 'cli', userId: 'cli', text, recognized: recognition.source === 'clu' ? recognized : undefined },
    EngineStateSchema.parse({}),
    deps,
  );
  const signals = turn.explanation.signals;
  if (!signals) throw new Error(`the engine read no signals for ${JSON.stringify(text)}`);
  const handoff = turn.effects.find((e) => e.type === 'handoff');
  const best = hits[0];
  const bot = botDecision(turn);
  return {
    text,
    lang,
    script: turn.explanation.script ?? null,
    decision: bot.decision,
    rule: bot.decision === decision.kind ? decision.rule : turn.explanation.rule,
    articleId: bot.articleId,
    score: bot.decision === 'answer' && decision.kind === 'answer' && decision.hit.articleId === bot.articleId ? round(decision.hit.score) : best ? round(best.score) : null,
    candidates: bot.choices ?? hits.slice(0, 3).map((h) => ({ articleId: h.articleId, score: round(h.score) })),
    signals,
    intent: { ...recognized, ...(recognition.fallbackReason ? { fallbackReason: recognition.fallbackReason } : {}) },
    handoff: handoff !== undefined,
    level: handoff?.type === 'handoff' ? handoff.level : null,
    reasons: handoff?.type === 'handoff' ? handoff.reasons.map((r) => r.code) : [],
  };
}

/**
 * The engine's own decision, as the customer meets it: an article answered (also beside a handoff), a clarification
 * with its choices, or a decline. The knowledge base's decision alone would call small talk or an out-of-scope
 * question an answer when one word matched.
 */
function botDecision(turn: ReturnType<typeof handleTurn>): { decision: AskLine['decision']; articleId: string | null; choices?: AskLine['candidates'] } {
  const answer = turn.replies.find((r) => r.kind === 'answer' && r.articleId);
  if (answer) return { decision: 'answer', articleId: answer.articleId! };
  const clarify = turn.replies.find((r) => r.kind === 'clarify');
  if (clarify) {
    const scores = new Map(turn.explanation.candidates.map((c) => [c.articleId, c.score]));
    const choices = (clarify.suggestedActions ?? []).flatMap((a) =>
      a.action.type === 'choose-article' ? [{ articleId: a.action.articleId, score: scores.get(a.action.articleId) ?? 0 }] : [],
    );
    return { decision: 'clarify', articleId: null, choices };
  }
  return { decision: 'fallback', articleId: null };
}

export async function ask(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { json: {}, batch: { value: true } }, ASK_USAGE);
  const batch = flagValue(args, 'batch');
  const questions = [...args.positionals.map((q) => q.trim()).filter(Boolean)];
  if (batch) {
    let text: string;
    try {
      text = await io.readText(batch);
    } catch {
      throw new UsageError(`cannot read ${batch}: no such file`, ASK_USAGE);
    }
    questions.push(...text.replace(/^\uFEFF/, '').split(/\r?\n/).map((q) => q.trim()).filter(Boolean));
  }
  if (questions.length === 0) throw new UsageError('give a question, or --batch FILE with one question per line', ASK_USAGE);

  await withUnderstanding(io, async (parts) => {
    for (const question of questions) {
      const line = await askOne({ knowledge: parts.knowledge, policy: parts.policy.current(), recognizer: parts.recognizer }, question);
      if (args.flags.has('json')) io.out(`${JSON.stringify(line)}\n`);
      else io.out(`${line.decision.padEnd(8)} ${line.articleId ?? '-'} ${line.score ?? ''}  ${line.text}\n`);
    }
  });
  return 0;
}
