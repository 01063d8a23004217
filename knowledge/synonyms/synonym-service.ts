/**
 * The synonym list as editors see it: read it, save it whole (validated), and have the live search use it as soon as
 * the save resolves. The store is the source of truth; the synonyms file only seeds it the first time.
 */
import { KnowledgeError } from '../errors';
import { SynonymGroupsSchema, type SaveSynonyms } from './schemas';
import { synonymGroups, type SynonymList, type SynonymStore } from './synonym-store';

export interface SynonymService {
  get(): Promise<SynonymList>;
  /** Stores the list and resolves once the search index built with it is live. */
  save(request: SaveSynonyms, actor: string): Promise<SynonymList>;
}

export function createSynonymService(deps: {
  store: SynonymStore;
  /** Rebuilds the search snapshot (which reads the synonyms from the store); resolves once it is live. */
  refresh: () => Promise<void>;
}): SynonymService {
  return {
    get: () => deps.store.get(),
    async save(request, actor) {
      const saved = await deps.store.replace(request.groups, { actor, expectedRevision: request.revision });
      if (!saved) {
        const current = await deps.store.revision();
        const yours = request.revision === undefined ? '' : ` (you loaded revision ${request.revision}, the current one is ${current})`;
        throw new KnowledgeError(
          'synonyms_changed',
          409,
          `someone saved the synonyms since you loaded them${yours}; reload them and make your change again`,
        );
      }
      try {
        await deps.refresh();
      } catch (err) {
        throw new KnowledgeError(
          'index_rebuild_failed',
          500,
          `the synonyms were saved (revision ${saved.revision}) but rebuilding the search index failed, so the bot still uses the previous ones: ${(err as Error).message}`,
        );
      }
      return saved;
    },
  };
}

/**
 * Stores the synonyms from `file` (`{"word": ["synonym", …]}`) when no list was stored yet, so a fresh database
 * starts with the file's vocabulary. The file is read only then; a list that breaks the rules editors are held to
 * stops startup with a message naming the file and the group.
 */
export async function seedSynonyms(store: SynonymStore, file: string, load: () => Record<string, string[]>): Promise<boolean> {
  if ((await store.revision()) > 0) return false;
  const parsed = SynonymGroupsSchema.safeParse(synonymGroups(load()));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length ? `group ${Number(i.path[0]) + 1}${i.path.length > 1 ? ` ${i.path.slice(1).join('.')}` : ''}: ${i.message}` : i.message));
    throw new Error(`${file}: the synonym list cannot be loaded: ${problems.join('; ')}`);
  }
  return store.seed(parsed.data);
}
