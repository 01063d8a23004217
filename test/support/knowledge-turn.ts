/**
 * One customer message put to the engine for its knowledge decision alone, and what it answered or offered: the shared
 * set-up of the tests that check which article a wording reaches (knowledge-reading, knowledge-wording, exclaimed,
 * problem-shape). No handoff policy runs, so a detector's reading of a word cannot hide the decision.
 */
import { handleTurn } from '../../bot/core/engine';
import { PolicySchema } from '../../bot/core/policy';
import { EngineStateSchema, type TurnResult } from '../../bot/core/turn';
import type { KnowledgeService } from '../../knowledge';

const NO_HANDOFFS = PolicySchema.parse({ rules: [] });

/** The turn for one message in a new conversation, decided by the knowledge base alone. */
export function askKnowledge(knowledge: KnowledgeService, text: string): TurnResult {
  return handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text }, EngineStateSchema.parse({}), { knowledge, policy: NO_HANDOFFS });
}

/** The article answered, the articles offered as choices (in order), and the rule. */
export function knowledgeOutcome(turn: TurnResult): { answered?: string; offered: string[]; rule: string } {
  const answered = turn.replies.find((r) => r.kind === 'answer')?.articleId;
  const offered = (turn.replies.find((r) => r.kind === 'clarify')?.suggestedActions ?? [])
    .map((a) => (a.action.type === 'choose-article' ? a.action.articleId : undefined))
    .filter((id): id is string => id !== undefined);
  return { answered, offered, rule: turn.explanation.rule ?? '' };
}
