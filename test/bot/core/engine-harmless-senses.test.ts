/**
 * An alarming word in a harmless sense beside a routine question, as conversations of one message: `[customer says,
 * script]`. A hospital as the customer's shift (hospital-mention.ts), a minor ailment with the body's own cause
 * (body-own-cause.ts), 曝光 as a photo's exposure or publicity done for the shop and 有毒 as a hold on the buyer
 * (word-role.ts), self-harm words lent to a thing (thing-as-subject.ts), the police seen near home on their own
 * business (police-mention.ts), an inbox blasted by the shop's mails (flooded-inbox.ts), a burn the customer disowns
 * for the store (harm-as-reason.ts) and someone else's anger at someone else, disowned (emotion-aim.ts): answered.
 * The same words of the store's goods, of the customer going public, or of a person wanting to die: a person at once.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const HARMLESS: Array<[string, Script]> = [
  ['doctor here, doing hospital nights this month. when are you open on sunday', 'Hans'],
  ['最近上火嘴巴起泡，心情也不好，优惠券怎么用啊', 'Hans'],
  ['最近熬夜 嘴巴起泡了 積分怎麼查', 'Hant'],
  ['朋友說要喺小紅書幫你哋曝光吓 因為真係好好用 有冇推薦碼', 'Hant'],
  ['拍照的时候曝光没调好 照片偏暗 其实衣服很好看 怎么晒图评价', 'Hans'],
  ['拍照的時候曝光沒調好 照片偏暗 其實衣服很好看 怎麼曬圖評價', 'Hant'],
  ['my sister is livid with her landlord lol not your issue, just checking when my parcel ships', 'Hans'],
  ['楼下好像有警察在查什么 吓死我了 对了我的订单什么时候发货', 'Hans'],
  ['樓下好像有警察在查什麼 嚇死我了 對了我的訂單什麼時候發貨', 'Hant'],
  ['我的手机说它不想活了哈哈 电量太低 你们有充电宝吗', 'Hans'],
  ['我的錢包說它不想活了😂 有沒有分期', 'Hant'],
  ['你们的促销短信把我手机都炸了 怎么取消订阅', 'Hans'],
  ['你們的行銷郵件把我信箱都炸了😂 怎麼退訂', 'Hant'],
  ['你家的香薰蜡烛有毒 用完一瓶还想再买 有没有会员折扣', 'Hans'],
  ['你家的香薰蠟燭有毒 用完一瓶還想再買 有沒有會員折扣', 'Hant'],
];

const STILL_HANDED: Array<[string, Script, string]> = [
  ['the nurse at the hospital said the rash is from your detergent', 'Hans', 'handoff L1 safety'],
  ['抱枕有毒 孩子闻了头晕', 'Hans', 'handoff L1 safety'],
  ['你們的蠟燭有毒 我聞了一晚上頭痛', 'Hant', 'handoff L1 safety'],
  ['我朋友要把你们曝光到IG上 太黑心了', 'Hans', 'handoff L1 legal'],
  ['the oven glove you sold melted and burnt my hand', 'Hans', 'handoff L1 safety'],
  ['警察来了说我的快递被人偷了 你们不管吗', 'Hans', 'handoff L1 legal'],
  ['我不想活了', 'Hans', 'handoff L1 safety'],
  ['我老公说他不想活了 怎么办', 'Hans', 'handoff L1 safety'],
  ['我的錢包被你們扣光了 我不想活了', 'Hant', 'handoff L1 safety'],
  ['你们的充电宝把我手机炸了', 'Hans', 'handoff L1 safety'],
  ['用了你们的唇膏嘴巴起泡 怎么退货', 'Hans', 'handoff L1 safety'],
];

describe('an alarming word in a harmless sense', () => {
  test.each(HARMLESS)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_HANDED)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
  test('someone else\'s anger at someone else, disowned → calm', () => {
    expect(does(play(['my husband is furious at his boss again, not your problem 😅 just wondering if my refund has gone through'])[0])).not.toMatch(/^handoff/);
    expect(does(play(['my husband is furious at you for losing his order'])[0])).toMatch(/^handoff/);
  });
});
