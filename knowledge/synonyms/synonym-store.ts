/** Where the editor-maintained synonym list is kept: one ordered list of groups, saved whole, with a revision. */

/** A word or phrase and the phrases customers use for the same thing; all of them are interchangeable in search. */
export interface SynonymGroup {
  term: string;
  synonyms: string[];
}

export interface SynonymList {
  groups: SynonymGroup[];
  /** 0 while the list was never stored; 1 after the seed from the synonyms file; +1 with every save. */
  revision: number;
  updatedAt: string | null;
  /** Who saved it last; null for the seed from the synonyms file. */
  updatedBy: string | null;
}

export interface SynonymStore {
  /** The list (no groups, revision 0, when it was never stored). */
  get(): Promise<SynonymList>;
  /** The current revision alone: cheap enough to poll for saves made by another process. */
  revision(): Promise<number>;
  /** Stores `groups` as revision 1 unless a list was stored already; true when it stored them. */
  seed(groups: SynonymGroup[]): Promise<boolean>;
  /**
   * Replaces the whole list and bumps the revision. With `expectedRevision`, only while that is still the current
   * revision: resolves undefined when someone saved in between.
   */
  replace(groups: SynonymGroup[], options: { actor: string; expectedRevision?: number }): Promise<SynonymList | undefined>;
}

/** The shape the search index takes (`{ term: [synonym, …] }`), in list order. */
export function synonymRecord(groups: readonly SynonymGroup[]): Record<string, string[]> {
  return Object.fromEntries(groups.map((group) => [group.term, [...group.synonyms]]));
}

export function synonymGroups(record: Readonly<Record<string, readonly string[]>>): SynonymGroup[] {
  return Object.entries(record).map(([term, synonyms]) => ({ term, synonyms: [...synonyms] }));
}
