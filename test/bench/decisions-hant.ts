/**
 * A third development set for the decisions, traditional Chinese only (`test/fixtures/decisions-hant.tsv`): 124
 * messages in Hong Kong Cantonese (75) and Taiwan usage (49) — places after shipping verbs, broken-on-arrival words,
 * local payment brands, Cantonese that folds wrongly — written from the demo articles' ids and titles only and labelled
 * after reading the answers, in realistic_dev's columns and scored by its rules. The demo knowledge base's variants
 * added with issue 12's traditional-Chinese work were added after its errors were read: its figure flatters them.
 *
 * `npx tsx test/bench/decisions-hant.ts` prints the figures; `BATON_BENCH_ERRORS=1` also prints the rows got wrong.
 */
import path from 'node:path';
import { demoKnowledge } from '../support/demo-knowledge';
import { describeErrors, loadRealisticDev, runRealisticDev, summarize, type RealisticRow } from './realistic-dev';

export const HANT_SET_FILE = path.join(__dirname, '..', 'fixtures', 'decisions-hant.tsv');

export function loadHantSet(): RealisticRow[] {
  return loadRealisticDev(HANT_SET_FILE);
}

async function main(): Promise<void> {
  const scored = runRealisticDev(await demoKnowledge(), loadHantSet());
  if (process.env.BATON_BENCH_ERRORS) process.stderr.write(describeErrors(scored).join('\n') + '\n');
  process.stdout.write(JSON.stringify({ data: 'test/fixtures/decisions-hant.tsv (zh-Hant development set)', 'zh-Hant': summarize(scored) }, null, 2) + '\n');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
