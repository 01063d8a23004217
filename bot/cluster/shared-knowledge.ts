/**
 * Knowledge publishes reach every instance at once: after a publish or a refresh (an editor's change, synonyms) this
 * instance announces it, and the others rebuild their search from the store. The knowledge service's own slow poll
 * stays as the safety net for changes made without a notifier (the `baton` CLI).
 */
import type { KnowledgeService } from '../../knowledge';
import type { Notifier } from './notifier';
import { TOPICS } from './topics';

/** Makes `knowledge` announce its changes and follow the other instances'; returns the unsubscribe. */
export function shareKnowledgeChanges(knowledge: KnowledgeService, notifier: Notifier, log: (line: string) => void): () => void {
  const publish = knowledge.publish;
  const refresh = knowledge.refresh;
  const announce = () => {
    notifier.publish(TOPICS.knowledgeChanged, {}).catch((err: Error) => log(`[notifier] announcing a knowledge change failed: ${err.message}`));
  };
  knowledge.publish = async (articles, options) => {
    const published = await publish(articles, options);
    announce();
    return published;
  };
  knowledge.refresh = async () => {
    // The change is committed before refresh is called: the others may rebuild while this one does.
    announce();
    await refresh();
  };
  return notifier.subscribe(TOPICS.knowledgeChanged, ({ origin }) => {
    if (origin === notifier.instanceId) return;
    refresh().catch((err: Error) => log(`[knowledge] rebuilding after another instance's change failed: ${err.message}`));
  });
}
