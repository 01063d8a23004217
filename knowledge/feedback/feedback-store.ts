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
  addFeedback(articleId: string, helpful: boolean): Promise<void>;
  countsByArticle(): Promise<Map<string, FeedbackCounts>>;
  addUnanswered(question: Omit<UnansweredQuestion, 'id' | 'createdAt'>): Promise<void>;
  /** Open questions, newest first. */
  listOpen(limit: number): Promise<UnansweredQuestion[]>;
  /** Closes every open question with one of the keys; returns how many were closed. */
  resolve(keys: string[], status: 'resolved' | 'dismissed', resolution: string): Promise<number>;
}
