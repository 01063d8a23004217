/**
 * The editor page's test box: what the bot would answer to a question and why, from the live snapshot (the same
 * `ask()` the conversation engine calls): the decision and the rule that made it, the thresholds, and each candidate
 * with its score and the signals behind it.
 */
import type { KnowledgeService } from '../knowledge-service';
import { DEFAULT_THRESHOLDS, type DecisionThresholds, type HitExplanation } from '../search';
import { renderMarkdown } from './render-markdown';
import type { Lang } from '../../contracts';

export interface TestAnswer {
  text: string;
  lang: Lang | null;
  decision: 'answer' | 'clarify' | 'fallback';
  rule: string;
  thresholds: DecisionThresholds;
  answer: { articleId: string; title: string; score: number; html: string; followUps: Array<{ id: string; title: string }> } | null;
  choices: Array<{ articleId: string; title: string; score: number }>;
  candidates: Array<{ articleId: string; title: string; score: number; matchedQuestion: string | null; explanation: HitExplanation | null }>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function testQuestion(
  knowledge: Pick<KnowledgeService, 'ask' | 'getPublished'>,
  text: string,
  lang: Lang | undefined,
  thresholds: DecisionThresholds = DEFAULT_THRESHOLDS,
): TestAnswer {
  const { decision, hits, articles } = knowledge.ask(text, { lang });
  const title = (id: string) => articles.get(id)?.title ?? id;
  let answer: TestAnswer['answer'] = null;
  if (decision.kind === 'answer') {
    const article = articles.get(decision.hit.articleId);
    if (article) {
      answer = {
        articleId: article.id,
        title: article.title,
        score: round(decision.hit.score),
        html: renderMarkdown(article.answer),
        followUps: article.followUps.filter((id) => articles.has(id)).map((id) => ({ id, title: title(id) })),
      };
    }
  }
  return {
    text,
    lang: lang ?? null,
    decision: decision.kind,
    rule: decision.rule,
    thresholds,
    answer,
    choices: decision.kind === 'clarify' ? decision.choices.map((h) => ({ articleId: h.articleId, title: title(h.articleId), score: round(h.score) })) : [],
    candidates: hits.map((h) => ({
      articleId: h.articleId,
      title: title(h.articleId),
      score: round(h.score),
      matchedQuestion: h.matchedQuestion ?? null,
      explanation: h.explanation ?? null,
    })),
  };
}
