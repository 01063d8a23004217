export * from './articles';
export type { ArticleStore } from './article-store';
export { KnowledgeError } from './errors';
export { createKnowledgeService, type KnowledgeService, type KnowledgeAnswer } from './knowledge-service';
export { loadDemoArticles } from './demo';
export { KyselyArticleStore } from './stores/article-store';
export { knowledgeMigrations } from './stores/migrations';
export type { KnowledgeTables } from './stores/schema';
export { KnowledgeIndex, decide, type Decision, type SearchHit, type DecisionThresholds } from './search';
