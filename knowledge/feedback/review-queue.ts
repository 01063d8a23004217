/**
 * The feedback loop: records what the conversation engine reports (answers rated helpful or not, questions it could
 * not answer confidently), shows the unanswered ones grouped, and lets an editor close a group in one action by making
 * it a question variant of an article, a new draft article, or dismissing it (QnA Maker's active learning, Botpress'
 * Misunderstood).
 */
import { z } from 'zod';
import type { EditorialService, ArticleDetail } from '../workflow/editorial-service';
import { ArticleDraftSchema } from '../workflow/schemas';
import type { FeedbackCounts, FeedbackStore, UnansweredQuestion } from './feedback-store';
import { clusterKeys, questionKey } from './question-groups';
import { type Lang, LangSchema } from '../../contracts';

/** The engine's effects this module understands; others are ignored. Same shapes as bot/core's `Effect`. */
export const KnowledgeEffectSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('unanswered'),
    text: z.string(),
    lang: LangSchema,
    bestArticleId: z.string().optional(),
    score: z.number().optional(),
  }),
  z.object({ type: z.literal('feedback'), articleId: z.string().min(1), helpful: z.boolean() }),
]);

const keys = z.array(z.string().max(400)).min(1, 'name at least one group key').max(200);

export const ResolveRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add-variant'), keys, articleId: z.string().min(1), question: z.string().trim().min(1).max(1000) }),
  z.object({ action: z.literal('new-article'), keys, article: ArticleDraftSchema }),
  z.object({ action: z.literal('dismiss'), keys }),
]);
export type ResolveRequest = z.infer<typeof ResolveRequestSchema>;

export interface QuestionGroup {
  /** The most frequent key of the group; with `keys`, what a resolve request names. */
  id: string;
  keys: string[];
  count: number;
  /** The most frequent wording, and a few others. */
  sample: string;
  examples: string[];
  lang: Lang;
  reasons: Array<UnansweredQuestion['reason']>;
  /** The article the bot found closest most often (a candidate for "add as variant"). */
  bestArticleId: string | null;
  bestScore: number | null;
  firstSeen: string;
  lastSeen: string;
}

export interface ReviewQueue {
  /** Records a turn's effects; `conversationId` says where they came from (one chat cannot flood the queue). */
  recordEffects(effects: readonly unknown[], context?: { conversationId?: string }): Promise<void>;
  groups(options?: { limit?: number; scan?: number }): Promise<QuestionGroup[]>;
  resolve(request: ResolveRequest, actor: string): Promise<{ closed: number; article?: ArticleDetail }>;
  feedbackCounts(): Promise<Map<string, FeedbackCounts>>;
}

const MAX_TEXT = 1000;
/** Open unanswered questions kept from one conversation; more is one person typing junk, not a gap in the articles. */
export const MAX_OPEN_PER_CONVERSATION = 10;

export interface ReviewQueueDeps {
  store: FeedbackStore;
  editorial: EditorialService;
  /** Whether customers can be answered with this article now: votes for any other id are not counted. */
  articleIsLive: (articleId: string) => boolean;
}

export function createReviewQueue(deps: ReviewQueueDeps): ReviewQueue {
  return {
    async recordEffects(effects, context = {}) {
      const { conversationId } = context;
      for (const raw of effects) {
        const effect = KnowledgeEffectSchema.safeParse(raw);
        if (!effect.success) continue;
        if (effect.data.type === 'feedback') {
          // A button payload is customer input: an id no customer was answered with is not a vote, and a
          // conversation votes once per article (a second vote replaces the first).
          if (deps.articleIsLive(effect.data.articleId)) await deps.store.addFeedback(effect.data.articleId, effect.data.helpful, conversationId);
          continue;
        }
        const text = effect.data.text.trim().slice(0, MAX_TEXT);
        const key = questionKey(text);
        if (!key) continue;
        if (conversationId && (await deps.store.countOpenFrom(conversationId)) >= MAX_OPEN_PER_CONVERSATION) continue;
        await deps.store.addUnanswered({
          conversationId,
          key,
          text,
          lang: effect.data.lang,
          reason: effect.data.bestArticleId ? 'low-confidence' : 'no-answer',
          bestArticleId: effect.data.bestArticleId ?? null,
          score: effect.data.score ?? null,
        });
      }
    },

    async groups({ limit = 50, scan = 5000 } = {}) {
      const byKey = new Map<string, UnansweredQuestion[]>();
      for (const question of await deps.store.listOpen(scan)) {
        const same = byKey.get(question.key);
        if (same) same.push(question);
        else byKey.set(question.key, [question]);
      }
      const clusters = clusterKeys([...byKey].map(([key, questions]) => ({ key, count: questions.length, questions })));
      // Ranked on counts and last sighting first; only the groups shown are described in full.
      const ranked = clusters.map((members) => ({
        members,
        count: members.reduce((n, m) => n + m.count, 0),
        lastSeen: members.reduce((latest, m) => m.questions.reduce((l, q) => (q.createdAt > l ? q.createdAt : l), latest), ''),
      }));
      return ranked
        .sort((a, b) => b.count - a.count || (a.lastSeen < b.lastSeen ? 1 : -1))
        .slice(0, limit)
        .map(({ members }) => toGroup(members.map((m) => m.key), members.flatMap((m) => m.questions)));
    },

    async resolve(request, actor) {
      switch (request.action) {
        case 'add-variant': {
          const article = await deps.editorial.addQuestion(request.articleId, request.question);
          return { article, closed: await deps.store.resolve(request.keys, 'resolved', `variant:${article.id}`) };
        }
        case 'new-article': {
          const article = await deps.editorial.create(request.article, actor);
          return { article, closed: await deps.store.resolve(request.keys, 'resolved', `article:${article.id}`) };
        }
        case 'dismiss':
          return { closed: await deps.store.resolve(request.keys, 'dismissed', 'dismissed') };
      }
    },

    feedbackCounts() {
      return deps.store.countsByArticle();
    },
  };
}

function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function toGroup(keys: string[], questions: UnansweredQuestion[]): QuestionGroup {
  const texts = questions.map((q) => q.text);
  const sample = mostFrequent(texts) ?? '';
  const best = mostFrequent(questions.map((q) => q.bestArticleId).filter((id): id is string => id !== null)) ?? null;
  const scores = questions.filter((q) => q.bestArticleId === best && q.score !== null).map((q) => q.score as number);
  const times = questions.map((q) => q.createdAt).sort();
  return {
    id: keys[0],
    keys,
    count: questions.length,
    sample,
    examples: [...new Set(texts)].filter((t) => t !== sample).slice(0, 4),
    lang: mostFrequent(questions.map((q) => q.lang)) ?? 'en',
    reasons: [...new Set(questions.map((q) => q.reason))],
    bestArticleId: best,
    bestScore: scores.length ? Math.max(...scores) : null,
    firstSeen: times[0],
    lastSeen: times[times.length - 1],
  };
}
