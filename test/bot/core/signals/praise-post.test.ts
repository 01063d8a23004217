import { postsInPraise } from '../../../../bot/core/signals/praise-post';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';

describe('a post made in praise of the goods', () => {
  test.each([
    'shared a pic of the rug on facebook, my sister loved it',
    'my tiktok of the candle got 500 likes lol',
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
  ])('no praise: %s', (text) => expect(postsInPraise(normalizeEnglish(text), '')).toBe(false));
  test.each(['发微博了 让大家避雷', '发到小红书 大家看看这个黑店', '发个朋友圈让粉丝们都看看你们"漂亮"的包装'])('no praise: %s', (text) => expect(postsInPraise('', normalizeChinese(text))).toBe(false));
});
