/**
 * Where a strong feeling is aimed, as conversations of one message: `[customer says, script, bot does]` in English,
 * simplified and traditional Chinese (Cantonese typed as customers type it; the engine folds it). A feeling at oneself,
 * at the weather, at a team that lost, at the chaos of one's own week, or eagerness put as a figure ("dying to know…!!")
 * beside a routine question keeps the conversation with the bot; so do a feeling at a bank beside a plain matter told,
 * someone else's feeling disowned for the store, and one laughed off or told as one's own state beside a price that fell. Near each, the same feeling at the store — told with a
 * measure of what it would make the customer do ("so furious i could scream"), or after a month of empty promises — goes
 * to a person.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

// The feeling is aimed away from the store, or is no anger at all; a routine question or need follows.
const AIMED_AWAY: Array<[string, Script]> = [
  // At oneself, a swear of exclamation beside it, in a chat line with no marks.
  ['im such an idiot typed my postcode wrong ffs can i fix it', 'Hans'],
  ['so stupid of me ffs can i change my email', 'Hans'],
  // At the weather, told right after the feeling.
  ['气死了又下大暴雨，快递会不会延误啊', 'Hans'],
  ['氣死了 又打風 包裹會唔會遲到', 'Hant'],
  // At a team that lost, laughed off, with the need it leads to.
  ['国足又输了 气得我把刚下单的球衣都想取消了哈哈', 'Hans'],
  ['今日國家隊又輸咗 激到我想取消啱啱買嘅球衣 哈哈', 'Hant'],
  // The chaos of one's own week, someone of the household sulking.
  ["We've just moved house, the kids started a new school and the dog has been sulking for a week. In all that chaos I forgot my password. How do I reset it?", 'Hans'],
  ['We moved flats, the baby is teething and the cat has been sulking for days. In all this chaos I lost my order number. Where do I find it?', 'Hans'],
  // Eagerness for goods put as a figure, exclaimed.
  ["I'm dying to know when the green teapot is back in stock!!", 'Hans'],
  ["I'm dying to know when the blue kettle is back in stock!!", 'Hans'],
  // At a bank, beside a plain matter told; at one's own slip after a sigh; with no question.
  ['card declined smh. prob my bank being dumb again', 'Hans'],
  ['ugh forgot my password AGAIN 🙄', 'Hans'],
  // Someone else's feeling, disowned for the store.
  ['我老婆被快遞氣死了，不關你們事', 'Hant'],
  ['我老公俾速遞激死咗，唔關你哋事', 'Hant'],
  // The weather's figure beside a way of delivering asked for.
  ['热死了，快递能不能别放门口', 'Hans'],
  ['熱死了，快遞能不能別放門口', 'Hant'],
  // Laughed off, or one's own state of mind, beside a price that fell after the purchase.
  ['买完第二天就降价 太坑了哈哈 能补差价吗', 'Hans'],
  ['买完第二天就降价了，心态炸了', 'Hans'],
  ['買完第二天就降價了，心態炸了', 'Hant'],
];

// The feeling at the store, or the store named beside it: a person, as before.
const AT_THE_STORE: Array<[string, Script, string]> = [
  // What the feeling would make the customer do is its measure, not a cause of the customer's own.
  ['so furious i could scream. where is my refund', 'Hans', 'handoff L2 strong-emotion'],
  ['so mad i can\'t even think straight. where is my order', 'Hans', 'handoff L2 strong-emotion'],
  ["i'm so angry i could cry. when is my refund coming", 'Hans', 'handoff L2 strong-emotion'],
  ["absolutely livid, enough to scream. where's my parcel", 'Hans', 'handoff L2 strong-emotion'],
  // A need stated or a laugh after the feeling, with nothing else for it to be about: the store's business is its aim.
  ['气死我了 想取消订单', 'Hans', 'handoff L2 strong-emotion'],
  ['furious. i want to cancel my order lol', 'Hans', 'handoff L2 strong-emotion'],
  ['氣死了又落大雨，你哋啲速遞員仲未送', 'Hant', 'handoff L2 strong-emotion'],
  // Promises counted and emptied are no promise.
  ["I'm furious, two weeks of promises and nothing", 'Hans', 'handoff L2 strong-emotion'],
  ["I'm livid, a month of promises and nothing", 'Hans', 'handoff L2 strong-emotion'],
  // Guards: the store named, its goods spoilt by the rain, abuse, a verdict.
  ['this is the worst service ever, I\'m done with you', 'Hans', 'handoff L2 threat'],
  ['fuck this shop', 'Hans', 'handoff L2 abuse'],
  ['you idiots ffs can i get my money back', 'Hans', 'handoff L2 abuse'],
  ['dying to know why my refund still isn\'t here!!', 'Hans', 'handoff L2 strong-emotion'],
  ['你们这什么破服务 气死我了', 'Hans', 'handoff L2 strong-emotion'],
  ['国足又输了 气死我了 你们还不发货', 'Hans', 'handoff L2 strong-emotion'],
  ['气死了 又下雨 快递员把包裹扔门口全湿了 能补发吗', 'Hans', 'handoff L2 strong-emotion'],
  ['氣到爆 你哋搞乜', 'Hant', 'handoff L2 strong-emotion'],
  ['氣死了 又落雨 你哋啲包裹又濕晒 點算', 'Hant', 'handoff L2 strong-emotion'],
  ['我真係嬲到想喊 你哋幾時退錢', 'Hant', 'handoff L2 strong-emotion'],
  // The store addressed, a failure felt, or nothing but the store's business for a laugh to be about.
  ['furious lol i want to cancel my order', 'Hans', 'handoff L2 strong-emotion'],
  ['你們也太坑了 買完就降價 哈哈', 'Hant', 'handoff L2 strong-emotion'],
  ['心态炸了 等了一个月还没发货', 'Hans', 'handoff L2 strong-emotion'],
  ['card declined smh. you lot are being dumb again', 'Hans', 'handoff L2 strong-emotion'],
  ['我老婆被你們客服氣死了', 'Hant', 'handoff L2 strong-emotion'],
];

describe('a strong feeling aimed away from the store beside a routine question', () => {
  test.each(AIMED_AWAY)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
});

describe('the same feeling at the store', () => {
  test.each(AT_THE_STORE)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
