/**
 * Routine messages the learned escalation readings and the emotion reading used to hand off, and beside them the
 * escalations told in the customer's own words that must still reach a person: `[customer says, script, bot does]` in
 * English, simplified and traditional Chinese (Taiwan and Hong Kong Cantonese, typed as customers type them).
 *
 * - a question in Cantonese as the fold leaves it (咁即係點) or with its question put in the last clause ("…, do you
 *   have a referral thing") only asks: the learned legal reading stays out (question-form.ts), and a chargeback asked
 *   about in a condition (會唔會) is asked, not threatened (threat-asked.ts, incident-asked.ts read the same forms);
 * - goods told broken with no one hurt are damage to the goods, not a safety incident (goods-damage.ts);
 * - praise told to everyone, asked how to give the feedback, is no threat (praise-post.ts);
 * - anger at another shop, told before a question to this one, is not aimed at this shop (emotion-aim.ts);
 * - a complaint asked how to make, weighed down by the customer (不是很急, 就是想反映一下), is answered (lone-feeling.ts).
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const ROUTINE: Array<[string, Script]> = [
  // Questions, Cantonese and English with the question in the last clause.
  ['訂單寫住待處理 咁即係點', 'Hant'],
  ['going to post my haul on instagram, do you have a referral or rewards thing', 'Hans'],
  // A chargeback asked about in a condition, asked in Cantonese (會唔會, folded 会不会): the same reader (threat-asked.ts).
  ['如果信用卡拒付的話 訂單會唔會取消', 'Hant'],
  // Goods broken, no one hurt.
  ['外箱到的時候就破了 裡面的杯子也裂了', 'Hant'],
  ['外盒送到時已經破掉 裡面的杯子裂開了', 'Hant'],
  // Praise to tell everyone, with how to give it.
  ['i want to tell everyone how great your delivery was, how do i give feedback', 'Hans'],
  ['我想喺網上留個評價 話俾大家知你哋啲貨幾好 有冇積分', 'Hant'],
  // Anger at another shop, then a question to this one.
  ['另一間網店搞到我好嬲 你哋有冇價格保障', 'Hant'],
  ['上次在别家买被坑惨了 气死我了 你们家支持七天无理由退货吗', 'Hans'],
  // Another company named as the doer at the head of the clause.
  ['amazon messed up my order and im fuming, do you guys deliver on sundays', 'Hans'],
  ['蝦皮那家氣死我 你們有沒有現貨', 'Hant'],
  // A complaint asked how to make, weighed down.
  ['怎么投诉 不是很急 就是想反映一下包装太简陋', 'Hans'],
  ['想問下點樣投訴 唔係好急 只係想講下個包裝好求其', 'Hant'],
];

const TOLD: Array<[string, Script, string]> = [
  ['see you at small claims court', 'Hans', 'handoff L1 legal'],
  ['我已經向消基會申訴了 你們等著吧', 'Hant', 'handoff L1 legal'],
  ['the glass shattered and I stepped on it, my foot is bleeding', 'Hans', 'handoff L1 safety'],
  ['杯子裂了把孩子的手割伤了', 'Hans', 'handoff L1 safety'],
  ['燈泡爆咗 玻璃碎咗一地 我老公隻手割傷咗', 'Hant', 'handoff L1 safety'],
  ['别家都发货了 你们还没发 气死了 什么时候发', 'Hans', 'handoff L2 strong-emotion'],
  ['在淘宝下单 气死了 一直不发货 什么时候发', 'Hans', 'handoff L2 strong-emotion'],
  ['another shop ripped me off but you lot are even worse, I\'m furious, do you even care?', 'Hans', 'handoff L2 strong-emotion'],
  ['不是很急 但是你们这个包装太烂了 气死我了 怎么投诉', 'Hans', 'handoff L2 strong-emotion'],
  ['你哋間公司真係垃圾 搞咗三個禮拜都未寄到 我好嬲', 'Hant', 'handoff L2 strong-emotion'],
  ['i\'m going to tell everyone how "great" you are, where\'s my refund', 'Hans', 'handoff L2 threat'],
  ['我會話俾大家知你哋幾好 等住睇', 'Hant', 'handoff L2 threat'],
];

describe('routine messages the learned readings and the emotion used to hand off stay with the bot', () => {
  test.each(ROUTINE)('%s (%s)', (text, script) => {
    expect(does(play([text], script)[0])).not.toMatch(/^handoff/);
  });
});

describe('escalations told in their own words still reach a person at their level', () => {
  test.each(TOLD)('%s (%s) → %s', (text, script, expected) => {
    expect(does(play([text], script)[0])).toBe(expected);
  });
});
