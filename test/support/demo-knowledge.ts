import { createKnowledgeService, loadDemoArticles, type KnowledgeService } from '../../knowledge';
import { InMemoryArticleStore } from '../fakes/in-memory-article-store';

/** The demo knowledge base, published, in memory. */
export async function demoKnowledge(): Promise<KnowledgeService> {
  const knowledge = createKnowledgeService({ store: new InMemoryArticleStore() });
  await knowledge.publish(loadDemoArticles());
  return knowledge;
}
