/**
 * Runs every module's migrations. Each module owns its tables and its migration names carry the module's prefix,
 * so modules never need to know about each other's schema.
 */
import { Kysely, Migration, Migrator } from 'kysely';

export type MigrationSet = Record<string, Migration>;

export async function migrateToLatest(db: Kysely<unknown>, ...sets: MigrationSet[]): Promise<void> {
  const migrations: MigrationSet = {};
  for (const set of sets) {
    for (const [name, migration] of Object.entries(set)) {
      if (migrations[name]) throw new Error(`duplicate migration name ${name}`);
      migrations[name] = migration;
    }
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Modules add migrations independently; their names interleave alphabetically.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`);
  }
}
