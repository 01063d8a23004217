/** `baton kb import <file|dir> [--replace] [--publish] [--format csv|tsv|md] [--json]` */
import { importArticles, readArticles, type TransferFormat } from '../../../knowledge';
import { oneOf, parseArgs, UsageError } from '../args';
import { withKnowledge, type CliIo } from '../context';

export const KB_IMPORT_USAGE = `usage: baton kb import <file.csv|file.tsv|folder> [--publish] [--replace] [--format csv|tsv|md] [--json]
  Imports articles all or nothing (any invalid row: nothing is imported, every problem is listed with its line).
  --publish   make the articles live now (otherwise they become drafts for review)
  --replace   archive every article the import does not contain (with --publish: the file becomes the whole knowledge base)`;

export async function kbImport(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { replace: {}, publish: {}, format: { value: true }, json: {} }, KB_IMPORT_USAGE);
  if (args.positionals.length !== 1) throw new UsageError('name one file or folder to import', KB_IMPORT_USAGE);
  const format = oneOf<TransferFormat>(args.flags.get('format') as string | undefined, ['csv', 'tsv', 'md'], 'format', KB_IMPORT_USAGE);
  // Parse before opening the database: a broken file fails fast and touches nothing.
  const articles = readArticles(args.positionals[0], format);
  const options = { replace: args.flags.has('replace'), publish: args.flags.has('publish'), actor: 'baton-cli' };
  const result = await withKnowledge(io, (parts) => importArticles({ store: parts.articles, knowledge: parts.knowledge }, articles, options));
  if (args.flags.has('json')) {
    io.out(`${JSON.stringify(result)}\n`);
  } else {
    const how = result.published ? 'published' : 'as drafts';
    const archived = result.archived ? `; archived ${result.archived} not in the import` : '';
    io.out(`Imported ${result.imported} article${result.imported === 1 ? '' : 's'} ${how} (${result.created} new, ${result.updated} updated)${archived}.\n`);
  }
  return 0;
}
