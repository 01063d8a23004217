/** `baton eval --questions FILE.csv [--json]`: the knowledge base's regression test for editors. */
import { evaluate, parseLabelledQuestions, type Evaluation } from '../../../knowledge';
import { detectLanguage } from '../../core/signals/language';
import { flagValue, parseArgs, UsageError } from '../args';
import { withKnowledge, type CliIo } from '../context';

export const EVAL_USAGE = `usage: baton eval --questions FILE.csv [--json]
  FILE.csv has the header text,expected_article_id (leave the id empty for questions the bot should not answer).
  Prints accuracy (best article right), MRR, how often the bot answers, out-of-scope recall and the most confused pairs.`;

const pct = (n: number | null) => (n === null ? 'n/a' : `${(n * 100).toFixed(1)} %`);

function report(result: Evaluation): string {
  const lines = [
    `Questions: ${result.questions} (${result.inScope} in scope, ${result.outOfScope} out of scope)`,
    `Accuracy (best article):        ${pct(result.accuracy)}`,
    `Answered with the right article: ${pct(result.answerAccuracy)}`,
    `MRR:                            ${result.mrr.toFixed(3)}`,
    `Answer rate (in scope):         ${pct(result.answerRate)}`,
    `Out-of-scope recall:            ${pct(result.outOfScopeRecall)}`,
  ];
  if (result.confusedPairs.length) {
    lines.push('', 'Most confused (expected → got, times):');
    for (const pair of result.confusedPairs) lines.push(`  ${pair.expected} → ${pair.got}  ×${pair.count}`);
  }
  if (result.misses.length) {
    lines.push('', 'First misses:');
    for (const miss of result.misses) lines.push(`  line ${miss.line}: "${miss.text}" expected ${miss.expected ?? '(no answer)'}, got ${miss.got ?? '(nothing)'} [${miss.decision}]`);
  }
  return `${lines.join('\n')}\n`;
}

export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { questions: { value: true }, json: {} }, EVAL_USAGE);
  const file = flagValue(args, 'questions') ?? args.positionals[0];
  if (!file) throw new UsageError('name the labelled questions with --questions FILE.csv', EVAL_USAGE);
  let text: string;
  try {
    text = await io.readText(file);
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`, EVAL_USAGE);
  }
  const questions = parseLabelledQuestions(text);
  const result = await withKnowledge(io, async (parts) =>
    evaluate(questions, (question) => {
      const lang = detectLanguage(question);
      const hits = parts.knowledge.search(question, { lang, limit: 10 });
      return { hits, decision: parts.knowledge.ask(question, { lang }).decision };
    }),
  );
  io.out(args.flags.has('json') ? `${JSON.stringify(result)}\n` : report(result));
  return 0;
}
