import { goingPublic } from '../../../../bot/core/signals/going-public';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (text: string) => goingPublic(normalizeEnglish(text), '');
const zh = (text: string) => goingPublic('', normalizeChinese(text));

// A publishing verb and a public place in one clause, with the dispute published or an audience shown it: any tense.
const PUBLIC: Array<[string, 'en' | 'zh']> = [
  // Something handed to the press, the verb typed in English or the thing named between.
  [foldChinese('已經send咗啲相俾報館記者'), 'zh'],
  ['我已经send了照片给记者', 'zh'],
  // The store as what is trashed, slammed or roasted in a public place.
  ['gonna trash you on instagram and give 1 star everywhere', 'en'],
  ['roasting you on tiktok tonight', 'en'],
  // Tweeting about it, said ahead; the store to be reported on by someone the customer will get to do it.
  ['gonna tweet about this every hour till someone responds', 'en'],
  ['我朋友在报馆做，我会找他报导你们', 'zh'],
  // The place, then the dispute written out there.
  ['我会在小红书上把这件事一五一十写出来', 'zh'],
  ['我会喺连登将成件事写出嚟', 'zh'],
  // Hong Kong's 出post (make a post), the place first.
  ['我会喺连登出post揭你哋', 'zh'],
  // Hong Kong's "post" as a verb, and the papers (报章) sent the story (folded from 等我post上IG俾大家睇下你哋點做生意).
  [foldChinese('等我post上IG俾大家睇下你哋點做生意'), 'zh'],
  [foldChinese('我要投報章 俾全香港人知'), 'zh'],
  ['我已经把成件事投咗去报章', 'zh'],
  ["I'm going to post this on tiktok", 'en'],
  ['Posting screenshots of this chat on twitter right now', 'en'],
  ["I've put the whole conversation up on reddit", 'en'],
  ["I'm reviewing you on trustpilot as we speak", 'en'],
  ['uploading this to youtube tonight so everyone sees how you treat customers', 'en'],
  ['shared my experience on facebook already', 'en'],
  ['我已经把聊天记录截图发微博了', 'zh'],
  ['截图已经贴上facebook了', 'zh'],
  ['我会放上连登俾大家睇', 'zh'],
  ['正在直播你们的客服有多离谱', 'zh'],
  ['发个抖音让大家看看你们', 'zh'],
  ['this whole mess is going on my instagram tonight', 'en'],
  ['我会喺连登同facebook公开晒成件事', 'zh'],
  ['我已经喺dcard发文了', 'zh'],
  // Reviews going up as an ultimatum, a group told about it, someone at the paper, "see you on Weibo".
  ['1-star reviews on Google, Trustpilot and Facebook go up tonight unless someone sorts this out', 'en'],
  ['be a shame if I had to tell the mums in our local facebook group about this', 'en'],
  ['my cousin works at the local paper and she is very interested in how you treat pensioners', 'en'],
  // Someone known at the press, and a dare: try me, watch me, 不信你们试试 (唔信你哋試吓, folded).
  ['my cousin works at the local paper, try me', 'en'],
  ['i know a reporter at the times, watch me', 'en'],
  ['I know a journalist. go ahead and ignore me, see what happens', 'en'],
  ['我认识报社记者 不信你们试试', 'zh'],
  ['我有朋友在电视台做记者 不信你们就试试看', 'zh'],
  [foldChinese('我朋友係報館記者 唔信你哋試吓'), 'zh'],
  [foldChinese('我舅舅在報社當記者 不信你們試試'), 'zh'],
  ['微博见吧 我粉丝不多但够用了', 'zh'],
  // Reviews left as a condition on the shop: within the clause, after the review.
  ["I'm leaving reviews on every platform I can find until you refund me", 'en'],
  ["writing a google review you won't like", 'en'],
  // Content made about the dispute, the platform named as what is made.
  ['making a tiktok about this whole saga. last chance to fix it', 'en'],
  ["I'm filming a youtube video on how you treat customers", 'en'],
  // The dispute going viral; an audience of thousands named as a threat.
  ["I'll make sure this goes viral", 'en'],
  ['I have 40k followers and they will hear about this', 'en'],
  // The threat put as a question.
  ["i have 50k followers, u want me to tell them about ur 'lost parcel' excuse? fix it", 'en'],
  ['我小红书有五万粉', 'zh'],
  ['我有三万个追踪者 自己想清楚', 'zh'],
];
// The press and bad ratings everywhere, no publishing verb: the dispute taken there, or everyone made to know.
PUBLIC.push(
  ["i'm going to the local news with this", 'en'],
  ['emailing the newsroom this afternoon about how you treat pensioners', 'en'],
  ["honestly i'll take this story to the papers", 'en'],
  ['telling every mum group im in', 'en'],
  ["I'm writing a letter to the newspaper about this", 'en'],
  ['写好稿投去报馆了', 'zh'],
  ['我已经爆料给电视台了', 'zh'],
  ['给全香港都知你们点对待客人', 'zh'],
);
// The act and its audience aimed at the store's conduct: an audience made to see how the store behaves, whatever shows
// it; someone the customer knows at the press, at work on the dispute, beside an ultimatum, or told alone.
PUBLIC.push(
  ['抖音上发视频 让几十万粉丝看看你们怎么坑人的', 'zh'],
  [foldChinese('我要拍片上傳IG 俾我啲followers睇下你哋點樣呃人'), 'zh'],
  [foldChinese('我在PTT上發文讓鄉民看看這家店怎麼對待客人'), 'zh'],
  ["I'll put a video on youtube so my followers can see how you scam people", 'en'],
  ['so the whole internet knows how you treat your customers', 'en'],
  ['for everyone to see what you did', 'en'],
  ['recording a video showing everyone how you treat customers', 'en'],
  ['my cousin works at the paper and she wants to run a story on this. last chance to fix it', 'en'],
  ['my aunt writes for the Herald and she wants to do a piece on this', 'en'],
  ["my brother-in-law is a journalist, he'd love this story", 'en'],
  ['my sister is a reporter at channel 4', 'en'],
  ['my sister works at channel 7 news. you have until 5pm', 'en'],
  ["my uncle is a journalist at the Guardian, fix this today or it's going to print", 'en'],
  ['my friend is a producer at the BBC. just saying', 'en'],
  ['我朋友在报社 准备写篇报道', 'zh'],
  [foldChinese('我表哥係記者 佢話可以寫一篇'), 'zh'],
  ['我姐是电视台记者', 'zh'],
  [foldChinese('我朋友喺報館做嘢'), 'zh'],
  // The press the customer knows, then the matter taken to them in a clause of its own.
  ['我认识电视台的记者，这事我会找他们', 'zh'],
  ['我朋友在报社当记者 这件事我会找她', 'zh'],
  [foldChinese('我認識報社的記者，我會把這件事告訴他們'), 'zh'],
  ["my sister is a journalist, she'll hear about this", 'en'],
  ["i know a reporter at the local paper and i'll be taking this to her", 'en'],
);
const NOT_PUBLIC: Array<[string, 'en' | 'zh']> = [
  [foldChinese('send咗啲相俾你哋客服'), 'zh'],
  ['我女儿是记者 你们寄香港吗', 'zh'],
  ['my friend trashed her ex on instagram lol, anyway do you ship to spain', 'en'],
  ['can i trash the box or do i need it for returns', 'en'],
  ['will tweet a pic of my new lamp, love it', 'en'],
  ['新闻报道你们店开业了 恭喜', 'zh'],
  ['你们会报道这件事吗', 'zh'],
  ['我在小红书上把穿搭写出来了 这件有M码吗', 'zh'],
  // An influencer, a happy post, an ad seen, the press as a workplace or a place read, a fan's audience.
  ["I'm a content creator with 50k followers, love your brand", 'en'],
  ['posting on tiktok so everyone can see how your dress looks on me', 'en'],
  ["I'll film a video showing my followers how I style your dress", 'en'],
  ['let people know how you handle returns, it was so smooth!', 'en'],
  ['saw your ad on tiktok', 'en'],
  ['my cousin works at the paper, can you deliver there?', 'en'],
  ['I read about you in the news, do you ship to Canada?', 'en'],
  ['my sister is a reporter at channel 4 and she ordered the red lamp for me', 'en'],
  ['my daughter works for the BBC, please deliver to her office', 'en'],
  ['our neighbour works at the paper, she said your shop is great', 'en'],
  ['我是小红书博主 有五万粉丝 很喜欢你们家', 'zh'],
  ['让粉丝们看看你们家的新款', 'zh'],
  [foldChinese('在抖音看到你們的廣告 還有貨嗎'), 'zh'],
  ['我姐是电视台记者 想帮她订一束花', 'zh'],
  ['我朋友在报社 要做一个蛋糕订单', 'zh'],
  [foldChinese('我老公喺報館返工 星期六可唔可以送'), 'zh'],
  ['我哥在传媒公司上班', 'zh'],
  ["I'm a journalist and I'd like to buy a gift card", 'en'],
  ['my cousin is an editor at Vogue, she loves your bags', 'en'],
  ["I'll share the link on facebook, is there a referral bonus", 'en'],
  ['can I post a review with photos', 'en'],
  ['I left a review last week. until you reply I cannot tell if it was posted', 'en'],
  ['it was posted yesterday', 'en'],
  ['I saw this on instagram, do you have it in red', 'en'],
  ['I bought this top after seeing it on a style blog', 'en'],
  ['it took me 10 minutes to reply to this tweet', 'en'],
  ['发朋友圈有优惠吗', 'zh'],
  ['我在你们直播间买的', 'zh'],
  ['你们发的货跟网上说的不一样', 'zh'],
  ["what's going on with my order", 'en'],
  ['价格什么时候在网上公布', 'zh'],
  ['我在小红书发了买家秀，有返现吗', 'zh'],
  ['my review went up on trustpilot, thanks for the discount', 'en'],
  ['prices go up to 50% off on facebook this week', 'en'],
  ["i'll tell my mum's facebook group how great you are", 'en'],
  ['can you tell me about the facebook group discount', 'en'],
  ['my sister works at the local paper, can i get a business account', 'en'],
  ['在小红书见过你们家的裙子', 'zh'],
  ['I made a video about the sofa assembly, do you want it', 'en'],
  ['can I make a tiktok about the lamp for your contest', 'en'],
  // A product that went viral; an audience offered for a collaboration; a small circle.
  ['the lamp went viral on tiktok, is it back in stock?', 'en'],
  ['I have 200k followers, do you do collabs?', 'en'],
  ['i have 20k followers on insta, do you want me to post a review of the lamp? any discount', 'en'],
  ['我有十万粉丝 可以合作推广吗', 'zh'],
  ['我只有几十个粉丝 哈哈', 'zh'],
  ['the parcel went to the newsagent next door, can I collect it there', 'en'],
  ['I saw your shop in the local news, do you ship to Leeds?', 'en'],
  ["I'll give you 5 stars everywhere, you were great", 'en'],
  ['I told all my group chats about your sale, they loved it', 'en'],
  ['我在报社上班 能开发票吗', 'zh'],
  ['记者朋友推荐的你们家 有优惠吗', 'zh'],
  ['让大家都知道这家店有多好', 'zh'],
  [foldChinese('我喺報章睇到你哋嘅廣告 有冇優惠'), 'zh'],
  [foldChinese('我想post上IG推介你哋 有冇優惠'), 'zh'],
  // The press known, no dare; a dare-like phrase that asks for something.
  ['my friend is a journalist and she loves your store', 'en'],
  ['try me a recommendation for a cheap phone', 'en'],
  ['my sister is a reporter, she recommended you, try me in the vip program lol', 'en'],
  ['watch me unbox this on my channel, love your lamps', 'en'],
  ['我表哥是记者 他说你们家东西不错', 'zh'],
  ['我朋友在报社工作 推荐了你们的店', 'zh'],
  [foldChinese('我認識報社記者 佢話你哋啲嘢好抵'), 'zh'],
  ['我朋友是记者 想问你们有没有实体店', 'zh'],
  // The press the customer knows beside a question or praise: nothing taken to them.
  ['my cousin is a TV reporter lol, do you ship to Taiwan', 'en'],
  ['我表姐是记者 你们寄台湾吗', 'zh'],
  ['我姐是记者 她会找你们买一套', 'zh'],
  ['我认识记者 我会告诉她你们的杯子很好', 'zh'],
  ['my sister is a reporter, can I order for her', 'en'],
];

describe('going public with the dispute', () => {
  test.each(PUBLIC)('%s → going public', (text, lang) => expect((lang === 'en' ? en : zh)(text)).not.toEqual([]));
  test.each(NOT_PUBLIC)('%s → not', (text, lang) => expect((lang === 'en' ? en : zh)(text)).toEqual([]));
});
