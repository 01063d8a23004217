/** `baton kb export [--format csv|tsv|md] [--out PATH]` */
import path from 'node:path';
import { exportText, liveArticles, writeExport, type TransferFormat } from '../../../knowledge';
import { flagValue, oneOf, parseArgs, UsageError } from '../args';
import { withKnowledge, type CliIo } from '../context';

export const KB_EXPORT_USAGE = `usage: baton kb export [--format csv|tsv|md] [--out PATH]
  Exports the live knowledge base. csv and tsv go to standard output unless --out names a file; md needs --out (a folder).
  Without --format the format follows --out's extension (.csv, .tsv; a folder: md), else csv.`;

function formatFromOut(out: string | undefined): TransferFormat {
  const ext = out ? path.extname(out).toLowerCase() : '.csv';
  if (ext === '.tsv') return 'tsv';
  if (ext === '') return 'md'; // no extension: a folder
  return 'csv';
}

export async function kbExport(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { format: { value: true }, out: { value: true } }, KB_EXPORT_USAGE);
  if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`, KB_EXPORT_USAGE);
  const out = flagValue(args, 'out');
  const format = oneOf<TransferFormat>(flagValue(args, 'format'), ['csv', 'tsv', 'md'], 'format', KB_EXPORT_USAGE) ?? formatFromOut(out);
  if (format === 'md' && !out) throw new UsageError('--format md writes one file per article: name a folder with --out', KB_EXPORT_USAGE);
  const articles = await withKnowledge(io, (parts) => liveArticles(parts.articles));
  if (!out) {
    io.out(exportText(articles, format as 'csv' | 'tsv'));
    return 0;
  }
  writeExport(articles, format, out);
  io.err(`Exported ${articles.length} article${articles.length === 1 ? '' : 's'} as ${format} to ${out}\n`);
  return 0;
}
