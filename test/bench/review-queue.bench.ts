/**
 * The editors' review queue under junk: how long `groups()` takes over 5,000 open unanswered questions. Two shapes:
 * one chat posting 1,000 distinct junk questions on top of 4,000 real-looking ones (the per-conversation cap keeps
 * most of the junk out), and 5,000 distinct junk questions spread over 500 chats (within the cap: the clustering
 * itself). Real-looking questions are the BANKING77 texts; junk is random words sharing a few common ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../support/hostile-text';
import { openKnowledgeDb } from '../knowledge/support/knowledge-db';

const DATA = path.resolve(__dirname, '../../../shared/data/banking77/train.csv');

function realQuestions(n: number): string[] {
  const lines = readFileSync(DATA, 'utf8').split('\n').slice(1).filter(Boolean);
  return lines.slice(0, n).map((line) => line.slice(0, line.lastIndexOf(',')).replace(/^"|"$/g, ''));
}

function junk(n: number, seed: number): string[] {
  const random = seededRandom(seed);
  const word = () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  const common = ['refund', 'order', 'card', 'please'];
  return Array.from({ length: n }, () => [common[Math.floor(random() * common.length)], word(), word(), word()].join(' '));
}

async function measure(questions: Array<{ text: string; conversationId: string }>): Promise<{ stored: number; groups: number; ms: number }> {
  const db = await openKnowledgeDb();
  try {
    for (const q of questions) {
      await db.reviewQueue.recordEffects([{ type: 'unanswered', text: q.text, lang: 'en' }], { conversationId: q.conversationId });
    }
    const stored = (await db.feedback.listOpen(10_000)).length;
    await db.reviewQueue.groups();
    const runs: number[] = [];
    let groups = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      groups = (await db.reviewQueue.groups({ limit: 50, scan: 5000 })).length;
      runs.push(performance.now() - started);
    }
    return { stored, groups, ms: Math.round(runs.sort((a, b) => a - b)[2]) };
  } finally {
    await db.close();
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const real = realQuestions(4000).map((text, i) => ({ text, conversationId: `real-${Math.floor(i / 3)}` }));
  const oneChat = junk(1000, 1).map((text) => ({ text, conversationId: 'junk-chat' }));
  const spread = junk(5000, 2).map((text, i) => ({ text, conversationId: `junk-${Math.floor(i / 10)}` }));
  return {
    groupsMs_oneJunkChatOnRealQuestions: await measure([...real, ...oneChat]),
    groupsMs_5000JunkOver500Chats: await measure(spread),
  };
}
