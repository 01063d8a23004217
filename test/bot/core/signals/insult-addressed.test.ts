import { detectComplaintLevel } from '../../../../bot/core/signals';
import { insultAddressed } from '../../../../bot/core/signals/insult-addressed';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? insultAddressed(normalizeEnglish(text), '') : insultAddressed('', normalizeChinese(foldChinese(text)));

const INSULTS: Array<[string, 'en' | 'zh']> = [
  ["you're useless, all of you", 'en'],
  ['u r thicker than a plank', 'en'],
  ['you lot are total amateurs', 'en'],
  ['are you seriously this clueless', 'en'],
  ['get a clue', 'en'],
  ['what a shady little outfit', 'en'],
  ['a pack of chancers, the lot of you', 'en'],
  ['你们老板是猪吧', 'zh'],
  ['客服是不是聋了啊', 'zh'],
  ['你这个烂机器人', 'zh'],
  ['你們是一班土匪', 'zh'],
  // Told to shut up beside the replies called rubbish.
  ['收皮啦，唔好再覆埋啲廢話', 'zh'],
  ['闭嘴吧 别再回这些废话了', 'zh'],
  ['你哋係咪冇腦', 'zh'],
  // A crowd of rubbish, the classifier between.
  ['你哋班垃圾，收咗錢就當冇事發生', 'zh'],
  ['你们这帮废物', 'zh'],
  // The bot called names as it is spoken to, and its makers called fools.
  ['listen you brainless piece of junk software, whoever built you is a clown', 'en'],
  ['you worthless piece of crap', 'en'],
  ['your developers are clowns', 'en'],
  ['the people who programmed you are idiots', 'en'],
  ['你這個垃圾機器人 開發你的人是小丑', 'zh'],
  ['做这个机器人的人是蠢货吧', 'zh'],
];
const NOT_INSULTS: Array<[string, 'en' | 'zh']> = [
  // 收皮 said of a husband, or to a child, with no reply of the bot's named.
  ['收皮啦 我老公话我买太多 哈哈 运费几钱', 'zh'],
  ['收聲啦仔仔 媽媽買嘢 幾錢運費', 'zh'],
  ['you guys are absolute legends', 'en'],
  ['this model is slower than the old one', 'en'],
  ['the trip was a waste of time, sadly', 'en'],
  ['这个猪肉脯是你们家的吗', 'zh'],
  ['我家狗一样喜欢这个零食', 'zh'],
  ['电脑短路了还能修吗', 'zh'],
  ['这个破机器人扫地扫不干净 能退吗', 'zh'],
  ['你们这些垃圾邮件能不能别发了', 'zh'],
  ['你们这群人好热情', 'zh'],
  // A product cursed without "you", and makers praised.
  ['this piece of junk kettle broke after a week, can I return it', 'en'],
  ['the people who made this lamp are geniuses', 'en'],
  ['whoever built the shelf instructions did a great job', 'en'],
  ['the junk drawer organiser is brilliant, when is it back', 'en'],
  ['做这个杯子的人真有心思', 'zh'],
  ['设计你们网站的人很厉害', 'zh'],
];

describe('insults put to the staff, the bot or the company', () => {
  test.each(INSULTS)('%s → insult', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_INSULTS)('%s → not', (text, lang) => expect(read(text, lang)).toEqual([]));
});

/** The abuse rule as the engine reads it (Chinese folded first): whether an insult word is abuse of the shop. */
const abuse = (text: string, lang: 'en' | 'zh') =>
  detectComplaintLevel(lang === 'zh' ? foldChinese(text) : text, lang).complaints.some((c) => c.kind === 'abuse');

describe('an insult word said of someone other than the shop is no abuse', () => {
  test.each([
    // The customer of themself, explaining a slip.
    ["I'm such an idiot, I entered my old postcode. Can I fix it?", 'en'],
    // After a chat opener (ok, oops, well).
    ['ok im an idiot and ordered two of the exact same thing, can i cancel one', 'en'],
    ['what a muppet I am, ordered two of the same. how do I cancel one?', 'en'],
    ['我是网购白痴 不要笑我 运费怎么算', 'zh'],
    ['我真係白痴 揀錯咗顏色 可唔可以換', 'zh'],
    // The courier, in a first report of a problem.
    ["the courier's a total muppet, left it at number 14 instead of 41, how do I get it back?", 'en'],
    ['快递员是白痴吧 送错小区了 怎么办', 'zh'],
    // A swear word strengthening praise.
    ['bloody brilliant service mate. quick q, how long does a refund take to land', 'en'],
    ['fucking amazing support tbh, how do i leave a review', 'en'],
    // A Chinese swear word exclaimed, aimed at no one, in a message with no displeasure.
    ['屌 呢部吸塵機勁到癲 灰色嗰款幾時有返貨啊', 'zh'],
    ['靠北這耳機也太好聽了吧，今年買最值得的東西，有白色嗎？', 'zh'],
    ['靠杯 這件外套穿起來超舒服 還有M號嗎', 'zh'],
    ['妈的 这么便宜质量还这么好 积分能抵钱吗', 'zh'],
  ] as const)('%s → not abuse', (text, lang) => expect(abuse(text, lang)).toBe(false));

  test.each([
    ['you must think I\'m an idiot, where is my refund?', 'en'],
    ["I'm such an idiot for trusting you, where is my money?", 'en'],
    ['well im an idiot for trusting you', 'en'],
    ['your courier is a muppet, left it at number 14 instead of 41, how do I get it back?', 'en'],
    ["the courier's a total muppet and so are you, where is my parcel?", 'en'],
    ['the driver is an idiot, third time he has left it at the wrong house', 'en'],
    ['你们把我当白痴吗', 'zh'],
    ['我觉得你们客服是白痴', 'zh'],
    ['你们的快递员是白痴吧 送错小区了 怎么办', 'zh'],
    ['快递员又送错了 白痴 你们管不管', 'zh'],
    ['你們是不是詐騙集團', 'zh'],
    ['bloody useless service, where is my refund', 'en'],
    ['what a fucking joke company, where is my refund', 'en'],
    ['靠北 又延遲了 你們到底在幹嘛', 'zh'],
    ['屌你 咩服務', 'zh'],
    ['屌 搞咩呀又遲咗', 'zh'],
    ['妈的 又延迟了 你们搞什么', 'zh'],
  ] as const)('%s → abuse', (text, lang) => expect(abuse(text, lang)).toBe(true));
});

// The customer's own brain faulted after a slip of theirs is said of themself; the shop's brain stays abuse.
describe("the customer's own brain faulted", () => {
  const abuse = (text: string) => detectComplaintLevel(foldChinese(text), 'zh').complaints.some((c) => c.kind === 'abuse');
  test.each(['我脑子坏了，下错单了，能取消吗', '我的腦子進水了 地址填錯了 可以改嗎', '我这脑子进水了，密码又忘了'])('%s → no abuse', (text) =>
    expect(abuse(text)).toBe(false),
  );
  test.each(['你们脑子坏了吧，又发错了', '客服脑子进水了', '你哋腦子進水咩'])('%s → abuse', (text) => expect(abuse(text)).toBe(true));
});
