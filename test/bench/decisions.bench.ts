/**
 * Decisions benchmark (issue 12): answer, clarify, decline or hand off, on realistic customer messages for the demo
 * store in English, simplified and traditional Chinese (`realistic_dev`, a development set; see realistic-dev.ts for
 * the scoring rules). Prints per-language and overall figures; `BATON_BENCH_ERRORS=1` also prints every row the bot
 * got wrong to stderr, for reading errors.
 */
import { demoKnowledge } from '../support/demo-knowledge';
import { describeErrors, runRealisticDev, summarizeByLanguage } from './realistic-dev';

export async function run(): Promise<Record<string, unknown>> {
  const knowledge = await demoKnowledge();
  const scored = runRealisticDev(knowledge);
  if (process.env.BATON_BENCH_ERRORS) process.stderr.write(describeErrors(scored).join('\n') + '\n');
  return { data: 'realistic_dev/messages.tsv (development set)', ...summarizeByLanguage(scored) };
}
