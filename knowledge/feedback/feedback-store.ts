import type { Lang } from '../../contracts';
/** Where the feedback loop keeps "was this helpful?" answers and the questions the bot could not answer. */

export interface UnansweredQuestion {
  id: string;
  key: string;
  text: string;
  lang: Lang;
  reason: 'no-answer' | 'low-confidence';
  bestArticleId: string | null;
  score: number | null;
  createdAt: string;
}

export interface FeedbackCounts {
  helpful: number;
  notHelpful: number;
}

export interface FeedbackStore {
  /** One vote per conversation and article: a second vote replaces the first. Without a conversation, always added. */
  addFeedback(articleId: string, helpful: boolean, conversationId?: string): Promise<void>;
  countsByArticle(): Promise<Map<string, FeedbackCounts>>;
  addUnanswered(question: Omit<UnansweredQuestion, 'id' | 'createdAt'> & { conversationId?: string }): Promise<void>;
  /** Open questions that came from one conversation. */
  countOpenFrom(conversationId: string): Promise<number>;
  /** Open questions, newest first. */
  listOpen(limit: number): Promise<UnansweredQuestion[]>;
  /** Closes every open question with one of the keys; returns how many were closed. */
  resolve(keys: string[], status: 'resolved' | 'dismissed', resolution: string): Promise<number>;
}
