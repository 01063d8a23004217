import { postsInPraise, postsToAskOthers } from '../../../../bot/core/signals/praise-post';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';

describe('a post made in praise of the goods', () => {
  test.each([
    'shared a pic of the rug on facebook, my sister loved it',
    'my tiktok of the candle got 500 likes lol',
    // What is to be told is itself praise.
    'will definitely be telling everyone at work how quick the delivery was! how do I get on your newsletter for future offers',
    "i'm going to tell all my friends about your shop, it's amazing! do you ship to canada?",
  ])('praise: %s', (text) => expect(postsInPraise(normalizeEnglish(text), '')).toBe(true));
  test.each(['晒了朋友圈 都说好看', '在小红书发了开箱 好多人点赞'])('praise: %s', (text) => expect(postsInPraise('', normalizeChinese(text))).toBe(true));

  test.each([
    'posted on facebook so people avoid this shop',
    'love how nobody replies, posting this on twitter',
    'left a 1 star review on google, the lamp broke',
    // A post still to come, or praise in quotation marks: sarcasm needs no grievance word.
    "I'll post it on instagram so my followers see how 'lovely' your packaging is",
    'great job guys, gonna post this beautiful mess on tiktok',
    'such a "perfect" delivery, sharing the photos on facebook',
    'telling everyone how quick your delivery was. 3 weeks and still waiting',
    "i'm going to tell all my friends about your shop, it's amazing how you never reply",
  ])('no praise: %s', (text) => expect(postsInPraise(normalizeEnglish(text), '')).toBe(false));
  test.each(['发微博了 让大家避雷', '发到小红书 大家看看这个黑店', '发个朋友圈让粉丝们都看看你们"漂亮"的包装'])('no praise: %s', (text) => expect(postsInPraise('', normalizeChinese(text))).toBe(false));
});

describe('a post made to ask other shoppers', () => {
  test.each([
    ['posted on reddit to ask if the sizes run small, which size should i get', ''],
    ['', '我在小红书出帖问问大家这个尺码准不准'],
    ['', '我会在连登出post 问下大家边个颜色靓'],
  ])('asks others: %s%s', (english, chinese) => expect(postsToAskOthers(normalizeEnglish(english), normalizeChinese(chinese))).toBe(true));
  // A grievance beside it keeps it going public.
  test.each([
    ['posting on reddit to ask everyone if this shop is a scam', ''],
    ['', '发帖问大家这家是不是骗子'],
    ['', '我会在连登出post揭你哋'],
  ])('does not: %s%s', (english, chinese) => expect(postsToAskOthers(normalizeEnglish(english), normalizeChinese(chinese))).toBe(false));
});
