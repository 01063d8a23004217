import { analyzeSentiment, type SentimentLabel } from '../../../../bot/core/signals';

/**
 * The Chinese analyzer's discourse rules (contrast and concession, reservations, exceptions, summaries, wishes,
 * expectations, rhetorical questions, negation scope, coming back / recommending, emoticons) and the customer-service
 * messages that must reach a person. The sentences were written for these tests.
 */
const zh = (text: string) => analyzeSentiment(text, 'zh');

const CUSTOMER_SERVICE: Array<[string, SentimentLabel]> = [
  // Goods named with 湿 (a dehumidifier, wet wipes, moisturiser) are no damp room; goods come wet are.
  ['你们有卖除湿机吗', 'neutral'],
  ['保湿霜有货吗', 'neutral'],
  ['湿巾什么时候补货', 'neutral'],
  ['衣服收到是湿的', 'negative'],
  ['你们的服务太差了', 'negative'],
  ['等了三天还没发货，什么情况', 'negative'],
  ['为什么还没退款？', 'negative'],
  ['说好的赠品呢？怎么没送', 'negative'],
  ['客服一直不回复，太让人失望了', 'negative'],
  ['你们还好意思说', 'negative'],
  ['快递到现在还没到，怎么回事', 'negative'],
  ['我要投诉', 'negative'],
  ['东西收到了，谢谢', 'positive'],
  ['请问这个有没有货', 'neutral'],
  // Sarcastic thanks, giving in to the same failure again, and the seller's claim against what came.
  ['回复说不影响使用哦，我谢谢你', 'negative'],
  ['好吧，那我再等等吧，反正也不是第一次了', 'negative'],
  ['又放快递柜，每次都这样', 'negative'],
  ['说是新鲜现摘，收到一半都软了', 'negative'],
  // Traditional script and Cantonese read as the simplified lexicon, whoever calls; contacts and days counted past
  // the first, a process that has taken that long; worn out, speechless, Taiwan's 扯, sarcasm set in a phrase.
  ['氣死了，包裹又被丟在門口', 'negative'],
  ['這是我第四次聯絡你們了', 'negative'],
  ['第五天了，还是显示待发货', 'negative'],
  ['审核了十天还没结果', 'negative'],
  ['真的心累，换个货这么麻烦', 'negative'],
  ['這樣處理真的太扯了', 'negative'],
  ['第一次在你们家买，挺好的', 'positive'],
  ['第二次买了，质量很好', 'positive'],
  // A fault supposed to ask the rule has not happened; the threat after it is said in full.
  ['如果收到的时候有破损，可以拒收吗？', 'neutral'],
  ['万一坏了怎么办', 'neutral'],
  ['如果明天还不发货，我就投诉', 'negative'],
  // Asking how to do something, or asking politely, is no complaint.
  ['你好，想把信用卡销掉，请问怎么办理？', 'neutral'],
  ['你好，卡丢了，麻烦帮我挂失一下', 'neutral'],
  ['这个太麻烦了', 'negative'],
  ['这款耐不耐用？', 'neutral'],
];

const RULES: Array<[string, SentimentLabel]> = [
  // A reservation after praise is a small flaw; without praise before it, "就是" is just "it is".
  ['东西挺好的，就是包装有点简单', 'positive'],
  ['质量不错，只是发货慢了点', 'positive'],
  ['用着挺顺手，唯一的缺点是有点重', 'positive'],
  ['就是太慢了', 'negative'],
  // Contrast and concession: the clause after "但是" decides.
  ['虽然价格有点贵，但是用着很舒服', 'positive'],
  ['虽然便宜，但是质量太差了', 'negative'],
  ['包装很好，但是东西是坏的', 'negative'],
  // An exception set apart from the verdict.
  ['除了包装有点旧，其他都很满意', 'positive'],
  // A summary is the verdict.
  ['有点小瑕疵，总的来说很满意', 'positive'],
  ['总之很失望，不会再买了', 'negative'],
  // Wishes are not facts; an expectation that did not come true turns round.
  ['希望不要让我失望', 'neutral'],
  ['希望下次发货快一点', 'neutral'],
  ['本以为会很好用，结果用了两天就坏了', 'negative'],
  // Rhetorical questions: praise is sarcasm.
  ['这也叫正品？', 'negative'],
  ['难道这就是你们的好服务吗？', 'negative'],
  // A claim turns the praise of its own clause only: the clauses after it are the customer's words.
  ['号称最好的面料，穿了一次就起球', 'negative'],
  ['这个苹果号称是潘苹果，非常好吃，非常感谢京东', 'positive'],
  // A-not-A asks, it does not judge.
  ['不知道效果好不好', 'neutral'],
  ['这个给不给力啊', 'neutral'],
  // Negation scope: after the word ("都没有"), not past "就", only the complement in "说不出".
  ['用了一个月，一点问题都没有', 'positive'],
  ['问题都没有解决', 'negative'],
  ['质量好也不贵', 'positive'],
  ['没过两天就坏了', 'negative'],
  ['说不出的舒服', 'positive'],
  ['不太好', 'negative'],
  ['不错', 'positive'],
  ['没问题', 'positive'],
  // Mild flaws the customer accepts.
  ['有点小，不影响使用', 'positive'],
  ['问题不大', 'positive'],
  // Coming back, recommending, warning others.
  ['下次还会来买', 'positive'],
  ['强烈推荐', 'positive'],
  ['以后再也不买了', 'negative'],
  ['不会再来了', 'negative'],
  ['不推荐购买', 'negative'],
  ['买了就后悔', 'negative'],
  // Emoticons.
  ['收到了，很喜欢:)', 'positive'],
  ['又坏了 😡', 'negative'],
  ['客服不理人T_T', 'negative'],
  ['👍', 'positive'],
];

describe('analyzeSentiment (Chinese): customer-service messages', () => {
  test.each(CUSTOMER_SERVICE)('%s → %s', (text, label) => {
    expect(zh(text).label).toBe(label);
  });
});

describe('analyzeSentiment (Chinese): discourse rules', () => {
  test.each(RULES)('%s → %s', (text, label) => {
    expect(zh(text).label).toBe(label);
  });

  test('a reservation weighs less than the same complaint after "但是"', () => {
    expect(zh('东西不错，就是有点贵').score).toBeGreaterThan(zh('东西不错，但是有点贵').score);
  });

  test('a long review with praise and one small flaw is not negative', () => {
    const review = '衣服收到了，做工很精致，穿着很舒服，颜色也好看，物流很快，客服很耐心。就是袖子稍微长了一点。';
    expect(zh(review).label).toBe('positive');
  });

  test('a summary outweighs what came before it', () => {
    expect(zh('物流有点慢，包装也一般。总的来说还不错').label).not.toBe('negative');
  });

  test('evidence names the marker that weighed a word', () => {
    expect(zh('挺好的，就是有点贵').evidence).toEqual(['挺好', '就是…有点贵']);
    expect(zh('这也叫正品？').evidence).toEqual(['这也叫…正品']);
    expect(zh('一点问题都没有').evidence).toEqual(['问题…没有']);
    expect(zh('收到了:)').evidence).toEqual([':)']);
  });

  test('a question word in front of a judgement does not take its characters', () => {
    // "效果好不好" must not be read as "效果好" + "不好".
    expect(zh('效果好不好').evidence).toEqual([]);
  });
});
