/**
 * A harm word as a figure of speech or as the household's schedule, as conversations of one message: `[customer says,
 * script, bot does]`. The degree of a feeling or a pastime (笑到肚痛, 玩到中毒, 看到价格我吐血), a pastime's hold (中毒太深),
 * falling for something (触电的感觉), money that bleeds, a price cut to the bone (流血价), a site named as where a deal was seen (在爆料公社看到), someone ill at home told as when a parcel can come
 * (word-role.ts, harm-elsewhere.ts): routine. The same words of something eaten, used or touched: a person at once.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const FIGURES: Array<[string, Script]> = [
  // A phone or an inbox bursting under messages (flooded-inbox.ts); goods the customer burned or cut in use.
  ['营销短信太多了 手机都要炸了 怎么退订', 'Hans'],
  ['天天推送广告 手机快被轰炸爆了 能关掉通知吗', 'Hans'],
  ['每日都收到你哋啲宣傳短訊 部機都爆咗 點樣取消訂閱', 'Hant'],
  ['推銷簡訊一直來 手機都要爆了 要怎麼退訂', 'Hant'],
  ['can I return scented candles if I burnt them once', 'Hans'],
  ['we cut them to size already, can the shelves still be exchanged?', 'Hans'],
  ['my wallet is bleeding after the sale lol, can I pay in instalments?', 'Hans'],
  ['my daughter has a high temperature so we are home all week, can the courier deliver any day?', 'Hans'],
  ['笑到肚子痛 包装上的文案太好笑了 退款几天到账', 'Hans'],
  ['这个游戏玩到中毒 还有第二部吗', 'Hans'],
  ['看到运费我都吐血了 有包邮券吗', 'Hans'],
  ['老公发烧在家休息 快递能放门口吗', 'Hans'],
  ['追劇追到中毒 這套有藍光版嗎', 'Hant'],
  ['一穿上就有觸電的感覺 這件還有S號嗎', 'Hant'],
  ['個仔發燒喺屋企休息 包裹可唔可以放管理處', 'Hant'],
  // A price cut to the bone; a site named as where the customer saw a deal.
  ['流血价清仓是真的吗 还会补货吗', 'Hans'],
  ['流血促銷到什麼時候 折扣碼可以疊加嗎', 'Hant'],
  // Money that bleeds: a purse, not a body.
  ['双十一钱包又大出血了 这单能分期吗', 'Hans'],
  ['今個月荷包大出血 可唔可以分三期', 'Hant'],
  // A purse bursting with what was spent.
  ['钱包要炸了 能分期不', 'Hans'],
  ['最近剁手剁得钱包都着火了 能分期不', 'Hans'],
  ['呢排買嘢買到銀包著火，可唔可以分期俾錢？', 'Hant'],
  ['在爆料公社看到你們的滿額贈 還有嗎', 'Hant'],
  // Surprise at a price; the customer's own reaction supposed; the shop's texts flooding a phone (harm-figure.ts).
  ['almost choked on my tea when i saw the price of the gift set haha. do you have any discount codes?', 'Hans'],
  ['如果运费还要我自己出我会当场晕倒，退货运费谁出', 'Hans'],
  ['如果要自己付退貨運費我會當場暈倒，運費誰出', 'Hant'],
  ['我的邮箱被你们的广告炸了 怎么取消订阅', 'Hans'],
  ['手機被你們的推送炸了，怎麼關掉通知', 'Hant'],
  // The customer's own injury, disowned, why goods bought go unused (harm-elsewhere.ts).
  ['上个月打球摔断手（跟你们无关），买的球拍用不到，可以退吗', 'Hans'],
  ['上個月打球摔斷手（跟你們無關），買的球拍用不到，可以退嗎', 'Hant'],
];

const STILL_INCIDENTS: Array<[string, Script, string]> = [
  // A phone gone off with no messages told; "them" burned by the goods, not by the customer.
  ['手机充电的时候突然炸了 怎么办', 'Hans', 'handoff L1 safety'],
  ['短信太多了 但是昨晚手机充电的时候炸了 怎么办', 'Hans', 'handoff L1 safety'],
  ['the heater sparked and burnt them, my kids are at the ER', 'Hans', 'handoff L1 safety'],
  ['the straighteners burnt them both, can I get a refund?', 'Hans', 'handoff L1 safety'],
  ['my nose is bleeding, the toy you sold hit me in the face', 'Hans', 'handoff L1 safety'],
  ['my son has a fever after eating your snacks, can the courier collect the rest?', 'Hans', 'handoff L1 safety'],
  ['孩子吃了你们的零食吐血了', 'Hans', 'handoff L1 safety'],
  ['喝了你们的茶中毒了 在医院', 'Hans', 'handoff L1 safety'],
  ['插頭觸電 手到現在還麻', 'Hant', 'handoff L1 safety'],
  ['手指被你們的刀割到一直流血', 'Hant', 'handoff L1 safety'],
  ['用你们的刀切到手 大出血 在医院', 'Hans', 'handoff L1 safety'],
  ['我要在爆料公社曝光你們', 'Hant', 'handoff L1 legal'],
  ['I choked on a piece of the toy\'s plastic', 'Hans', 'handoff L1 safety'],
  ['孩子被玩具零件卡住喉咙了', 'Hans', 'handoff L1 safety'],
  ['滑雪靴扣子断了害我摔断手', 'Hans', 'handoff L1 safety'],
];

describe('a harm word as a figure or the household schedule', () => {
  test.each(FIGURES)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_INCIDENTS)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
