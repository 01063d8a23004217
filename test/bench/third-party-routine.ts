/**
 * Handoffs on other people's routine customer questions, which nobody wrote for Baton or tuned it on: Bitext's intents
 * other than asking for a person, complaining or contacting support (its `contact_customer_service` rows mix asking how
 * with asking now), CLINC150's validation questions and out-of-scope queries, a quarter of BANKING77 and every
 * customer turn of the ABCD sample. Not all of them are false: "I want to report fraudulent activity on my card" is a
 * case for a person in any shop. The figure is watched, not driven to zero, and `reasons` says what each handoff was
 * for; `BATON_BENCH_ERRORS=1` prints the messages.
 */
import { handleTurn } from '../../bot/core/engine';
import { EngineStateSchema } from '../../bot/core/turn';
import type { KnowledgeService } from '../../knowledge';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBitext, readCsv } from './signals-data';

const DATA = path.join(__dirname, '../../../shared/data');
const ASKING_FOR_PEOPLE: ReadonlySet<string> = new Set(['contact_human_agent', 'complaint', 'contact_customer_service']);

function thirdPartyRoutine(): Record<string, string[]> {
  const clinc = JSON.parse(readFileSync(path.join(DATA, 'clinc150/data_trainval.json'), 'utf8')) as Record<string, Array<[string, string]>>;
  const dialogues = readFileSync(path.join(DATA, 'abcd_sample/dialogues.jsonl'), 'utf8').split('\n').filter(Boolean);
  return {
    bitext: loadBitext().filter((row) => !ASKING_FOR_PEOPLE.has(row.intent)).map((row) => row.instruction),
    clinc150: [...clinc.val, ...clinc.oos_val].map(([text]) => text),
    banking77: readCsv(path.join(DATA, 'banking77/train.csv')).filter((_, i) => i % 4 === 0).map((row) => row.text),
    abcd: dialogues.flatMap((line) => (JSON.parse(line) as { turns: Array<{ speaker: string; text: string }> }).turns.filter((t) => t.speaker === 'customer').map((t) => t.text)),
  };
}

export function runThirdPartyRoutine(knowledge: KnowledgeService): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, texts] of Object.entries(thirdPartyRoutine())) {
    const reasons: Record<string, number> = {};
    let handedOff = 0;
    texts.forEach((text, i) => {
      const turn = handleTurn({ conversationId: `tp-${name}-${i}`, channel: 'bench', userId: 'u', text }, EngineStateSchema.parse({}), { knowledge });
      const handoff = turn.effects.find((e) => e.type === 'handoff');
      if (handoff?.type !== 'handoff') return;
      handedOff++;
      const key = `${handoff.level} ${handoff.reasons.map((r) => r.code).join('+')}`;
      reasons[key] = (reasons[key] ?? 0) + 1;
      if (process.env.BATON_BENCH_ERRORS) process.stderr.write(`third-party\t${name}\t${key}\t${text}\n`);
    });
    out[name] = { messages: texts.length, handedOff, rate: Math.round((handedOff / texts.length) * 10000) / 10000, reasons };
  }
  return out;
}
