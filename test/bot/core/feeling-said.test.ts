/**
 * A mild feeling said at the head of a clause, beside a clause that asks, is searched without (feeling-said.ts): in
 * English, simplified and traditional Chinese (Cantonese folded), and through the engine over the demo knowledge base,
 * where it pushed a plain late-parcel question out of scope. Guards: a feeling inside the clause, a strong one, or a
 * message that asks nothing, stays as it is.
 */
import { withoutFeelingSaid } from '../../../bot/core/feeling-said';
import { handleTurn } from '../../../bot/core/engine';
import { EngineStateSchema } from '../../../bot/core/turn';
import { foldChinese, type KnowledgeService } from '../../../knowledge';
import { demoKnowledge } from '../../support/demo-knowledge';

const ASKS = /[?？]|^(?:how|what|when|where|can|do)\b|吗|怎么|什么|几/;
const asks = (clause: string) => ASKS.test(foldChinese(clause).trim());
const said = (text: string, lang: 'en' | 'zh') => withoutFeelingSaid(text, lang, asks).replace(/\s+/g, ' ').trim();

describe('a mild feeling at the head of a clause, beside a question, is left out of the search', () => {
  test.each([
    ['slightly irritated my parcel is a day late, when can i expect it?', 'en', 'my parcel is a day late, when can i expect it?'],
    ['a bit annoyed the parcel is late, when will it come?', 'en', 'the parcel is late, when will it come?'],
    ['有点不爽，包裹晚了一天，什么时候到', 'zh', '包裹晚了一天，什么时候到'],
    // The clauses kept stay as typed; the search folds them.
    ['有少少唔開心 包裹遲咗兩日 幾時到', 'zh', '包裹遲咗兩日 幾時到'],
    ['有啲失望 包裹遲咗 幾時會到', 'zh', '包裹遲咗 幾時會到'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => expect(said(text, lang)).toBe(expected));
});

describe('what stays as it is', () => {
  test.each([
    // The feeling told of the goods inside the clause, a strong feeling, nothing asked.
    ['the colour is a bit disappointing, can i swap it?', 'en'],
    ["ugh I'm so stupid, I ordered the wrong size, can I swap it?", 'en'],
    ['slightly irritated my parcel is a day late.', 'en'],
    ['气死了，包裹晚了一天，什么时候到', 'zh'],
  ] as const)('%s (%s)', (text, lang) => expect(said(text, lang)).toBe(text.replace(/\s+/g, ' ').trim()));
});

describe('through the engine: mild annoyance keeps a late-parcel question in scope', () => {
  let knowledge: KnowledgeService;
  beforeAll(async () => {
    knowledge = await demoKnowledge();
  });
  test.each([
    'slightly irritated my parcel is a day late, when can i expect it?',
  ])('%s → not declined, the late-parcel article first', (text) => {
    const turn = handleTurn({ conversationId: 'c', channel: 'test', userId: 'u', text }, EngineStateSchema.parse({}), { knowledge });
    expect(turn.explanation.decision).not.toBe('fallback');
    expect(turn.explanation.candidates[0]?.articleId).toBe('shipping-delayed-en');
  });
});
