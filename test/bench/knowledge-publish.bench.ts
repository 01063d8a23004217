/**
 * Publishing at 10k articles while the bot answers (issue 3): publish-to-live and how long searches of the live index
 * wait meanwhile. A benchmark of its own so that it runs in a fresh process, as a server would, not after the
 * accuracy benchmarks' data sets have filled the heap. Progress goes to stderr; the figures are the returned JSON.
 */
import { runPublish } from './knowledge-latency';

export async function run(): Promise<Record<string, unknown>> {
  return runPublish();
}
