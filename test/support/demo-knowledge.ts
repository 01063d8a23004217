import { createKnowledgeService, loadDemoArticles, loadSynonyms, type KnowledgeService } from '../../knowledge';
import { InMemoryArticleStore } from '../fakes/in-memory-article-store';

/** The demo knowledge base with its store synonyms, published, in memory (as `npm start` serves it). */
export async function demoKnowledge(): Promise<KnowledgeService> {
  const knowledge = createKnowledgeService({ store: new InMemoryArticleStore(), indexOptions: { synonyms: loadSynonyms() } });
  await knowledge.publish(loadDemoArticles());
  return knowledge;
}
