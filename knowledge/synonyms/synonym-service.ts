/**
 * The synonym list as editors see it: read it, save it whole (validated), and have the live search use it as soon as
 * the save resolves. The store is the source of truth; the synonyms file only seeds it the first time.
 */
import type { z } from 'zod';
import { phraseKey, SYNONYM_LIMITS, SynonymGroupSchema, type SaveSynonyms } from './schemas';
import { synonymGroups, type SynonymList, type SynonymStore } from './synonym-store';
import { CodedError, fail } from '../../contracts';

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
        throw fail.conflict(`someone saved the synonyms since you loaded them${yours}; reload them and make your change again`);
      }
      try {
        await deps.refresh();
      } catch (err) {
        throw new CodedError(
          'index_rebuild_failed',
          `the synonyms were saved (revision ${saved.revision}) but rebuilding the search index failed, so the bot still uses the previous ones: ${(err as Error).message}`,
        );
      }
      return saved;
    },
  };
}

/**
 * Stores the synonyms from `file` (`{"word": ["synonym", …]}`) when no list was stored yet, so a fresh database
 * starts with the file's vocabulary; the file is read only then. Groups that break the rules editors are held to are
 * left out and reported through `warn` (naming the file and the group), so a file an older Baton accepted never
 * stops a start; a file that is not a synonym list at all still does (`load` throws).
 */
export async function seedSynonyms(
  store: SynonymStore,
  file: string,
  load: () => Record<string, string[]>,
  warn: (line: string) => void = () => undefined,
): Promise<boolean> {
  if ((await store.revision()) > 0) return false;
  const kept: Array<z.infer<typeof SynonymGroupSchema>> = [];
  const heads = new Set<string>();
  for (const [i, group] of synonymGroups(load()).entries()) {
    const checked = SynonymGroupSchema.safeParse(group);
    const problem = !checked.success
      ? checked.error.issues[0]?.message
      : heads.has(phraseKey(checked.data.term))
        ? 'its word heads an earlier group too'
        : kept.length >= SYNONYM_LIMITS.groups
          ? `the list has at most ${SYNONYM_LIMITS.groups} groups`
          : undefined;
    if (checked.success && problem === undefined) {
      kept.push(checked.data);
      heads.add(phraseKey(checked.data.term));
    } else warn(`[knowledge] ${file}: synonym group ${i + 1} ("${group.term}") left out: ${problem}`);
  }
  return store.seed(kept);
}
