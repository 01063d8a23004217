import { earlierContact, untoldOutcome } from '../../../../bot/core/signals/earlier-contact';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

/** As complaint.ts reads a message: English normalised; Chinese folded (as the engine folds it) and normalised. */
const parts = (text: string, lang: 'en' | 'zh'): [string, string] =>
  lang === 'en' ? [normalizeEnglish(text), ''] : ['', normalizeChinese(foldChinese(text))];
const read = (text: string, lang: 'en' | 'zh') => earlierContact(...parts(text, lang));

// An earlier contact or a promise of the shop's people, then the problem standing or the day gone by; or contact again.
const TOLD: Array<[string, 'en' | 'zh']> = [
  ['I rang about the cracked mirror on Monday and nobody has called back', 'en'],
  ["your colleague said the credit would be applied within a day. it's been a week", 'en'],
  ['I was promised a callback by 5pm yesterday. Still waiting.', 'en'],
  ['told you lot about the missing screws last week, still no screws', 'en'],
  ["you said it'd be fixed by Wednesday. It's Friday.", 'en'],
  ["Someone from billing promised to reverse the charge. It's still there.", 'en'],
  ["the fix from last time didn't work", 'en'],
  ['Your colleague on the chat last night said the refund would be with me by the morning. Nothing came through.', 'en'],
  // Alone: contact again, or made already on a named day.
  ['asking again about my refund', 'en'],
  ['I already sent you the photos on Friday', 'en'],
  ['here we are again, same broken handle, same silence', 'en'],
  ['上周问过客服 到现在没人回', 'zh'],
  ['客服前天说会补发 到今天还没发', 'zh'],
  ['已经跟你们说过了 还是寄错', 'zh'],
  ['说好的赔偿到现在都没给', 'zh'],
  ['我已经照你们讲的做了，结果手机还是开不了机', 'zh'],
  ['我又来问了 退款呢', 'zh'],
  ['不好意思又来问了 退款还是没到', 'zh'],
  // Promises contradicting each other and neither kept; a case the shop's people opened, still waiting; a follow-up
  // promised that never came; a promise of the case long past; something the shop's people gave that fails; a case
  // handled once and the problem back.
  ["you said you'd send a new one, then you said it was refunded, now neither has happened", 'en'],
  ["Still waiting on the claim your colleague opened for me. It's been weeks.", 'en'],
  ['Nobody has followed up like I was told they would.', 'en'],
  ['之前你们说五个工作日退款 早就过了', 'zh'],
  ['上次客服给的退货单号查不到', 'zh'],
  ['已经处理过一次 结果账号又被锁了', 'zh'],
  ['之前已經修過一次 部機又壞咗', 'zh'],
  ['我上個禮拜已經打過電話，到而家都冇人覆', 'zh'],
  ['琴日你哋話會退錢，今日仲未收到', 'zh'],
  ['之前同客服講咗件衫有洞，今次寄嚟都係一樣', 'zh'],
  ['上次已經同你哋反映過，依家仲係咁', 'zh'],
  // Back again with a failure, a chase or the case beside it; the shop's fix or its own act promised, then failing.
  ['back again, can somebody finally look at my order', 'en'],
  ['messaging again, also the parcel you resent is missing the lid', 'en'],
  ['the router keeps dropping out again since your engineer visit', 'en'],
  ["you said you'd check the stock before sending and it's the wrong size again", 'en'],
  ['我再问一遍 到底什么时候退款', 'zh'],
  ['又嚟問 上次講嘅補發呢', 'zh'],
  // Back, and the earlier contact's case still standing: a chase, whatever the customer's own "again".
  ['me again, I asked about my refund on Monday and still nothing', 'en'],
  ['又是我，上次问过退款，到现在还没到账', 'zh'],
  ['又係我，琴日問過補發，到而家都未寄', 'zh'],
  // An e-mail sent, not an address: never answered.
  ['my old email was never answered, where is my refund', 'en'],
];

// Near misses, each with an earlier contact or a promise that a part of the reading sets aside.
const NOT_TOLD: Array<[string, 'en' | 'zh']> = [
  // An arrival promised for a day, then today's request (帮我看看): a late parcel's first report.
  ['亲 说好昨天到的 还没到哈 帮我看看到哪了呗', 'zh'],
  // A wish again, not the problem back; a question about what was given; a day past asked about.
  ['换了一次货 又想换个颜色 可以吗', 'zh'],
  ['客服给的优惠券怎么用', 'zh'],
  // The shop's person to be spoken to (同职员讲), and 有没有人 asking whether anyone is there, not "nobody answered".
  ['有冇人喺度 我想同職員講', 'zh'],
  ['有没有人在 我想跟客服说下地址的事', 'zh'],
  ['the escalation team opened a case for me, what is the case number?', 'en'],
  // A machine's message gives the store's estimate, as the website does.
  ['Confirmation email promised delivery within 3 working days, that was last Monday. Any news?', 'en'],
  ["the app promised it would arrive tuesday, it's thursday now", 'en'],
  // A question about the promise; the store's estimate of an arrival.
  ['you said 3-5 working days, does that include weekends?', 'en'],
  ['your colleague said the jacket runs small, should I size up?', 'en'],
  ["the courier said it would come today and it hasn't", 'en'],
  // Settled, checked politely, asked how to take further, still to come, a parcel sent back.
  ['I called yesterday and they sorted it, thanks', 'en'],
  ['I emailed earlier about sizes, please ignore that, I found the chart', 'en'],
  ['wrote to you this morning about gift wrapping, just checking you got it', 'en'],
  ["my complaint was closed but it's not resolved, how do I take it further", 'en'],
  ["I'll ring you again tomorrow if it still hasn't come", 'en'],
  ['I sent the parcel back last week and still no refund, how long does it take?', 'en'],
  ['ordered on Monday, still not here, where is it?', 'en'],
  ['你们说满99包邮 港澳也包吗', 'zh'],
  ['说好三天到 现在一周了还没到', 'zh'],
  ['昨天问的问题已经解决了 谢谢', 'zh'],
  ['如果明天还没到我再联系你们', 'zh'],
  ['投诉了没结果 可不可以升级处理', 'zh'],
  ['我上周投诉了还没回复 怎么升级处理', 'zh'],
  ['你好，又是我，想问问有没有大一号的', 'zh'],
  ['你哋話三至五日到，係咪工作天？', 'zh'],
  ['琴日搵過客服，已經搞掂咗，多謝', 'zh'],
  ['我星期一落咗單，仲未收到，幾時到？', 'zh'],
  // An apology for asking again, nothing failed beside it.
  ['不好意思又来问了，运费多少', 'zh'],
  ['唔好意思又嚟問，運費幾多', 'zh'],
  // Back again with something new, nothing failed told: a second question, an errand for someone else, an order.
  ['writing again because I forgot to ask about your size guide', 'en'],
  ['hi, asking again on behalf of my mum, is the cardigan machine washable', 'en'],
  ['here again lol, which colours does the backpack come in?', 'en'],
  ['back once more, could I get the same jumper in grey too', 'en'],
  ['又来问了 你们有没有实体店', 'zh'],
  ['再问一次 发票怎么开', 'zh'],
  ['又嚟問 你哋有冇得貨到付款', 'zh'],
  // Back with a second errand: the customer's own "again" (me again, 又是我, 我又来了) is no outcome of the earlier
  // contact, which was about something else.
  ['Me again! Last time I asked about sizing, this time I want to know if you ship to Malta.', 'en'],
  ['Hello again! Yesterday I asked about delivery times, today I am wondering if you do gift cards.', 'en'],
  ['又是我，昨天问了配送，今天想问怎么用积分', 'zh'],
  ['又係我呀，上次問過退貨，今次想問下禮品卡點用', 'zh'],
  ['我又嚟咗，上次問嘅嘢唔記得咗，退貨要幾多日內？', 'zh'],
  // An e-mail told as an address gone, not a message sent.
  ["my old email doesn't exist anymore and it's the one my account uses, how do I change it?", 'en'],
  ['my last email isnt active anymore, its the address linked to my account', 'en'],
];

// An earlier contact or a promise with an outcome no part names: left to the learned reading (repeat-learned.ts).
const UNTOLD: Array<[string, 'en' | 'zh']> = [
  ["You confirmed on the phone I'd get a full refund. I got half.", 'en'],
  ['The agent on the phone on Monday promised me a replacement kettle. I\'ve received a voucher instead.', 'en'],
  ['上个月客服说会给我补偿优惠券，优惠券呢？', 'zh'],
];
// The same, closing on a question that asks, or with nothing after the cue: not for the learned reading either.
const NOT_UNTOLD: Array<[string, 'en' | 'zh']> = [
  ['You told me last week the jacket would be back in stock on the 20th, any update on that date?', 'en'],
  ['the agent on the phone told me to ask here about my refund status', 'en'],
  ['客服上周说会给我补偿，是要我自己去领吗？', 'zh'],
];

describe('repeated contact told by its shape', () => {
  test.each(TOLD)('%s → repeated', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_TOLD)('%s → not', (text, lang) => expect(read(text, lang)).toEqual([]));
  test.each(UNTOLD)('%s → an earlier contact, no outcome read', (text, lang) => {
    expect(read(text, lang)).toEqual([]);
    expect(untoldOutcome(...parts(text, lang))).not.toEqual([]);
  });
  test.each(NOT_UNTOLD)('%s → not for the learned reading', (text, lang) => {
    expect(read(text, lang)).toEqual([]);
    expect(untoldOutcome(...parts(text, lang))).toEqual([]);
  });
  test.each(TOLD)('%s → not left to the learned reading once read', (text, lang) => expect(untoldOutcome(...parts(text, lang))).toEqual([]));
});
