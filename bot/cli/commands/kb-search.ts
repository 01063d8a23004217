/** `baton kb search "<question>" [--json] [--lang en|zh] [--limit N]` */
import { flagValue, oneOf, parseArgs, UsageError } from '../args';
import { withKnowledge, type CliIo } from '../context';

export const KB_SEARCH_USAGE = `usage: baton kb search "<question>" [--json] [--lang en|zh] [--limit N]
  Searches the live knowledge base and prints the best articles with their confidence.`;

export async function kbSearch(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { json: {}, lang: { value: true }, limit: { value: true } }, KB_SEARCH_USAGE);
  const text = args.positionals.join(' ').trim();
  if (!text) throw new UsageError('give the question to search for, in quotes', KB_SEARCH_USAGE);
  const lang = oneOf(flagValue(args, 'lang'), ['en', 'zh'] as const, 'lang', KB_SEARCH_USAGE);
  const limitText = flagValue(args, 'limit') ?? '5';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError('--limit must be a whole number from 1 to 50', KB_SEARCH_USAGE);

  const hits = await withKnowledge(io, async (parts) =>
    parts.knowledge.search(text, { lang, limit }).map((hit) => ({
      articleId: hit.articleId,
      title: parts.knowledge.getPublished(hit.articleId)?.title ?? null,
      score: Math.round(hit.score * 1000) / 1000,
      matchedQuestion: hit.matchedQuestion ?? null,
    })),
  );
  if (args.flags.has('json')) {
    io.out(`${JSON.stringify(hits)}\n`);
  } else if (hits.length === 0) {
    io.out('No article matches.\n');
  } else {
    for (const hit of hits) io.out(`${hit.score.toFixed(3)}  ${hit.articleId}  ${hit.title ?? ''}\n`);
  }
  return 0;
}
