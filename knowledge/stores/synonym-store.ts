import type { Kysely, Transaction } from 'kysely';
import type { SynonymGroup, SynonymList, SynonymStore } from '../synonyms/synonym-store';
import type { KnowledgeTables } from './schema';

const LIST_ID = 1;
/** Rows per INSERT: well inside SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 200;

export class KyselySynonymStore implements SynonymStore {
  constructor(
    private readonly db: Kysely<KnowledgeTables>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(): Promise<SynonymList> {
    // Header and groups are two reads; a save landing between them shows as a changed revision, and we read again.
    for (let attempt = 0; ; attempt++) {
      const before = await this.header();
      const rows = await this.db.selectFrom('synonym_groups').select(['term', 'synonyms']).orderBy('position').execute();
      const after = await this.header();
      if ((before?.revision ?? 0) === (after?.revision ?? 0) || attempt >= 4) {
        return {
          groups: rows.map((row) => ({ term: row.term, synonyms: JSON.parse(row.synonyms) as string[] })),
          revision: Number(after?.revision ?? 0),
          updatedAt: after?.updated_at ?? null,
          updatedBy: after?.updated_by ?? null,
        };
      }
    }
  }

  async revision(): Promise<number> {
    return Number((await this.header())?.revision ?? 0);
  }

  async seed(groups: SynonymGroup[]): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      // Two instances starting on one empty PostgreSQL database: the second waits for the first's row, then skips.
      const inserted = await trx
        .insertInto('synonym_lists')
        .values({ id: LIST_ID, revision: 1, updated_at: this.now().toISOString(), updated_by: null })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      await trx.deleteFrom('synonym_groups').execute();
      await insertGroups(trx, groups);
      return true;
    });
  }

  async replace(groups: SynonymGroup[], options: { actor: string; expectedRevision?: number }): Promise<SynonymList | undefined> {
    const updatedAt = this.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      // The UPDATE locks the header row, so concurrent saves on PostgreSQL take turns; a stale expected revision
      // matches no row.
      let update = trx
        .updateTable('synonym_lists')
        .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: updatedAt, updated_by: options.actor }))
        .where('id', '=', LIST_ID);
      if (options.expectedRevision !== undefined) update = update.where('revision', '=', options.expectedRevision);
      const updated = await update.executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        // Either no list was ever stored (revision 0), or someone else saved since `expectedRevision`.
        if ((options.expectedRevision ?? 0) !== 0) return undefined;
        const inserted = await trx
          .insertInto('synonym_lists')
          .values({ id: LIST_ID, revision: 1, updated_at: updatedAt, updated_by: options.actor })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return undefined;
      }
      const { revision } = await trx.selectFrom('synonym_lists').select('revision').where('id', '=', LIST_ID).executeTakeFirstOrThrow();
      await trx.deleteFrom('synonym_groups').execute();
      await insertGroups(trx, groups);
      return {
        groups: groups.map((g) => ({ term: g.term, synonyms: [...g.synonyms] })),
        revision: Number(revision),
        updatedAt,
        updatedBy: options.actor,
      };
    });
  }

  private header() {
    return this.db.selectFrom('synonym_lists').selectAll().where('id', '=', LIST_ID).executeTakeFirst();
  }
}

async function insertGroups(trx: Transaction<KnowledgeTables>, groups: readonly SynonymGroup[]): Promise<void> {
  const rows = groups.map((g, position) => ({ position, term: g.term, synonyms: JSON.stringify(g.synonyms) }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx.insertInto('synonym_groups').values(rows.slice(i, i + INSERT_CHUNK)).execute();
  }
}
