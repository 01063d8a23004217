import { analyzeSentiment } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

/**
 * Which clause of a Chinese review carries the verdict: slight flaws among praise (早餐一般), a verdict said last
 * (还会再来, 不推荐), a flaw announced as the only one, the only merit named, a summary
 * that ends where "不过" turns, a merit measured high or low, a comparison "not as bad as", "的" closing a negated
 * phrase, a complaint measured as slight after it ("贵了一点"), a word said twice, "可以说 / 对我来说" (the customer's own verdict, not a claim). Traditional Chinese is folded
 * to simplified first, as the engine does. The sentences were written for these tests.
 */
const zh = (text: string) => analyzeSentiment(foldChinese(text), 'zh');
const negative = (text: string) => zh(text).label === 'negative';

const READINGS: Array<[string, boolean]> = [
  // "唯一的缺点是…" says on its own that the rest is fine; "唯一的优点是…" that the rest is not.
  ['性价比较高，唯一的缺点是有点吵', false],
  ['價格實惠，唯一的缺點是有點吵', false],
  ['唯一的缺点是配送慢了一点', false],
  ['唯一的缺點是配送慢了一點', false],
  ['唯一的优点是便宜，其他都很差', true],
  ['唯一的優點是便宜，其他都很差', true],
  ['唯一值得称赞的是包装，东西很难用', true],
  // A merit measured: high is praise, low a complaint (a price or a temperature is no merit).
  ['性价比很高，推荐', false],
  ['質量也比較高', false],
  ['清晰度很低，看不清楚', true],
  ['价格很高', false],
  // Not as bad as was said.
  ['没有网上说的那么差，还能用', false],
  ['沒有網上說的那麼差', false],
  ['没有网上说的那么好', true],
  // The summary is the clause before the turn; what follows "不过" is weighed as any turn is.
  ['总体来说挺满意的，不过包装有点简陋', false],
  ['總的來說很失望，包裝還行，東西不行', true],
  // "不多的" closes the negated phrase.
  ['这是附近为数不多的还可以的店', false],
  ['不太好用的东西', true],
  // A word said twice is no "A不A" question.
  ['不错不错，下次再来', false],
  ['不錯不錯', false],
  ['好不好用啊', false],
  // "可以说是" and "对我来说" introduce the customer's verdict, not what someone claims.
  ['可以说是我吃过最好吃的一家了', false],
  ['對我來說是很方便的', false],
  ['说是正品，结果是假货', true],
  // A verdict said last, after the details, is what the customer concludes.
  ['房间有点小，隔音一般，早餐也一般。不过位置好，还会再来。', false],
  ['房間有點小，隔音一般，早餐也一般。不過位置好，還會再來。', false],
  ['位置不错，早餐丰富，房间也大。就是服务差。再也不会来了。', true],
  ['東西還行，包裝也好。不推薦。', true],
  ['东西还行，包装也好。推荐。', false],
  // Slight flaws among praise that outweighs the real complaints; alone, or beside a real complaint, they still count.
  ['位置好，服务热情，早餐一般，隔音有点差', false],
  ['位置好，服務熱情，早餐一般，隔音有點差', false],
  ['位置好，但是服务很差，早餐一般', true],
  ['早餐一般，隔音有点差', true],
  ['菜很难吃，米饭也有点硬', true],
  ['我已经很客气地问了三遍了，麻烦能不能给个准话', true],
  // A complaint measured as slight after the word ("慢了一点") weighs as one measured before it ("有点慢").
  ['东西很好，就是贵了一点', false],
  ['味道很好，送得慢了點', false],
  ['太慢了，一点都不好', true],
];

describe('analyzeSentiment (Chinese): which clause carries the verdict', () => {
  test.each(READINGS)('%s → negative: %s', (text, expected) => {
    expect(negative(text)).toBe(expected);
  });

  test('"唯一的优点" weighs the merit lightly; "唯一的缺点" the flaw', () => {
    expect(zh('唯一的优点是便宜').score).toBeLessThan(zh('优点是便宜').score);
    expect(zh('唯一的缺点是有点吵').score).toBeGreaterThan(zh('有点吵').score);
  });

  test('"慢了一点" is a slighter complaint than "慢了"', () => {
    expect(zh('配送慢了一点').score).toBeGreaterThan(zh('配送慢了').score);
    expect(zh('配送慢了一点').evidence).toEqual(['慢…点']);
  });

  test('a verdict in the last sentence weighs more than the same words said first', () => {
    expect(zh('东西还行。不推荐。').score).toBeLessThan(zh('不推荐。东西还行。').score);
  });

  test('slight flaws weigh less beside praise than alone', () => {
    const flaws = '早餐一般，隔音有点差';
    expect(zh(`位置好，服务热情，${flaws}`).score - zh('位置好，服务热情').score).toBeGreaterThan(zh(flaws).score);
  });

  test('praise and a merit measured high read alike', () => {
    expect(zh('性价比很高').label).toBe('positive');
    expect(zh('性價比很高').score).toBe(zh('性价比很高').score);
  });
});
