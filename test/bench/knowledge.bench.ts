/**
 * Knowledge search benchmark (issue 3): accuracy on BANKING77, CLINC150 (with out-of-scope questions) and AFQMC
 * (Chinese) for Baton and its peers measured side by side, then speed at 10k articles (publishing is measured by
 * knowledge-publish.bench.ts). Progress goes to stderr; the figures are the returned JSON.
 */
import { runAfqmc } from './knowledge-afqmc';
import { runBanking } from './knowledge-banking';
import { runClinc } from './knowledge-clinc';
import { runLatency } from './knowledge-latency';

process.env.DOTENV_CONFIG_QUIET = 'true';

export async function run(): Promise<Record<string, unknown>> {
  const only = process.env.KNOWLEDGE_BENCH_ONLY?.split(',');
  const sections: Array<[string, () => Record<string, unknown> | Promise<Record<string, unknown>>]> = [
    ['banking77', runBanking],
    ['clinc150', runClinc],
    ['afqmc', runAfqmc],
    ['latency', runLatency],
  ];
  const results: Record<string, unknown> = {};
  for (const [name, section] of sections) {
    if (only && !only.includes(name)) continue;
    const started = performance.now();
    results[name] = { ...(await section()), seconds: Math.round((performance.now() - started) / 100) / 10 };
  }
  return results;
}
