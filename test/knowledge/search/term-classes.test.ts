import { boughtThingPositions, classAnchors, isThingByFormZh, selfDescriptionPositions, selfDescriptionPositionsZh, isChineseAmount, isChineseCount, isChineseDuration, isFiller, shipsToAPlace, termClassOf } from '../../../knowledge/search/term-classes';
import { analyzeText } from '../../../knowledge/search/tokenize';

const stemOf = (word: string) => analyzeText(word).stems[0];

describe('term classes', () => {
  it('reads places, currencies and products by name in English (as stems) and Chinese', () => {
    expect(termClassOf(stemOf('Germany'))).toBe('place');
    expect(termClassOf(stemOf('zealand'))).toBe('place');
    expect(termClassOf('马来西亚')).toBe('place');
    expect(termClassOf(stemOf('USD'))).toBe('currency');
    expect(termClassOf(stemOf('euros'))).toBe('currency');
    expect(termClassOf('台币')).toBe('currency');
    expect(termClassOf(stemOf('kettle'))).toBe('product');
    expect(termClassOf('吹风机')).toBe('product');
  });

  it('reads parcel carriers by name as a question about couriers, known through "courier" and 快递', () => {
    for (const word of ['DHL', 'fedex', 'usps', 'dpd']) expect(termClassOf(stemOf(word))).toBe('carrier');
    for (const word of ['顺丰', '中通', '京东快递', '德邦']) expect(termClassOf(word)).toBe('carrier');
    // "ups" is read as "up" (pick up, sign up), "royal" is a blue, 京东 alone is the shop.
    for (const word of ['ups', 'royal']) expect(termClassOf(stemOf(word))).toBeUndefined();
    expect(termClassOf('京东')).toBeUndefined();
    expect(classAnchors('carrier')).toEqual(expect.arrayContaining([stemOf('courier'), '快递']));
  });

  it('reads the places a parcel waits on its way as a parcel in transit, known through "carrier", "tracking", 快递, 物流', () => {
    for (const word of ['depot', 'hub', 'facility', 'sorting']) expect(termClassOf(stemOf(word))).toBe('transit');
    for (const word of ['中转站', '分拣中心', '转运中心', '海关']) expect(termClassOf(word)).toBe('transit');
    expect(classAnchors('transit')).toEqual(expect.arrayContaining([stemOf('carrier'), stemOf('tracking'), '快递', '物流']));
  });

  it('tells a place where a parcel goes from a place where the customer is', () => {
    const ships = (text: string) => {
      const { words, stems } = analyzeText(text);
      return shipsToAPlace(words, stems);
    };
    for (const text of ['how much to ship to france', 'shipping cost to the uk', 'do u post to ireland', 'can you send it to canada'])
      expect(ships(text)).toBe(true);
    for (const text of [
      'i live in australia, how long does delivery take',
      'i moved to spain last year',
      'how much is shipping',
      // The customer's own errand.
      'how do i send a parcel to australia myself',
      'how much does it cost to post a letter to france',
    ])
      expect(ships(text)).toBe(false);
  });

  it('reads colours and clothing sizes as an item\'s variant, known through "colour", "size", 颜色, 尺码', () => {
    for (const word of ['navy', 'beige', 'XL', 'xxl', 'petite', 'medium']) expect(termClassOf(stemOf(word))).toBe('variant');
    for (const word of ['藏青色', '尺寸', '大码']) expect(termClassOf(word)).toBe('variant');
    // "small orders", "a large refund": sizes that are also ordinary words are not read as sizes.
    for (const word of ['small', 'large', 'orange', 'gold']) expect(termClassOf(stemOf(word))).toBeUndefined();
    expect(classAnchors('variant')).toEqual(expect.arrayContaining([stemOf('colour'), stemOf('size'), '颜色', '尺码']));
  });

  it('reads days, months and holidays by name, and days relative to today, as a date, known through "date", "day", 日期', () => {
    for (const word of ['Tuesday', 'weekend', 'December', 'tomorrow', 'Christmas']) expect(termClassOf(stemOf(word))).toBe('date');
    for (const word of ['周二', '星期五', '周末', '昨天', '双十一']) expect(termClassOf(word)).toBe('date');
    // "may" and "march" are verbs more often than months.
    for (const word of ['may', 'march']) expect(termClassOf(stemOf(word))).toBeUndefined();
    expect(classAnchors('date')).toEqual(expect.arrayContaining([stemOf('date'), stemOf('day'), '日期']));
  });

  it('leaves words of other meanings alone ("won", "state", "exchange")', () => {
    for (const word of ['won', 'states', 'exchange', 'refund', 'order']) expect(termClassOf(stemOf(word))).toBeUndefined();
    expect(termClassOf('退款')).toBeUndefined();
  });

  it('names each class by the words a knowledge base uses for it, analysed as the index analyses them', () => {
    expect(classAnchors('place')).toEqual(expect.arrayContaining([stemOf('international'), '国际']));
    expect(classAnchors('currency')).toEqual(expect.arrayContaining([stemOf('currency'), '币种']));
    expect(classAnchors('product')).toEqual(expect.arrayContaining([stemOf('item'), '商品']));
  });

  it('knows fillers that say nothing of the topic, in casual English and Chinese', () => {
    for (const word of ['u', 'guys', 'smth', 'mate', 'pls', 'im', 'mom', 'sister', 'hates', 'wish', 'procedure']) expect(isFiller(stemOf(word))).toBe(true);
    for (const word of ['似乎', '好像', '请问', '我在']) expect(isFiller(word)).toBe(true);
    // How the customer feels, and a letter's formal "I" and "your shop": no topic.
    for (const word of ['honestly', 'ridiculous', 'frustrated', 'disappointed']) expect(isFiller(stemOf(word))).toBe(true);
    for (const word of ['无语', '离谱', '本人', '贵店']) expect(isFiller(word)).toBe(true);
    // Politeness and the announcing of one more question; 问题 alone is a topic word (问题怎么升级).
    for (const word of ['不好意思', '打扰', '再问']) expect(isFiller(word)).toBe(true);
    expect(isFiller('问题')).toBe(false);
    for (const word of ['refund', 'ship', 'parcel']) expect(isFiller(stemOf(word))).toBe(false);
    expect(isFiller('退款')).toBe(false);
  });

  it('reads Chinese amounts of money as amounts, not words', () => {
    for (const word of ['十块钱', '二十蚊', '两百元', '20块', '块']) expect(isChineseAmount(word)).toBe(true);
    for (const word of ['退款', '块钱包', '元旦', '钱', '蚊子']) expect(isChineseAmount(word)).toBe(false);
  });

  it('reads Chinese lengths of time as lengths, not words', () => {
    for (const word of ['三天', '一周', '两个星期', '十几天', '3天', '半个月']) expect(isChineseDuration(word)).toBe(true);
    for (const word of ['天', '今天', '周末', '星期', '每天', '工作日']) expect(isChineseDuration(word)).toBe(false);
  });

  it('reads Chinese counts as counts, not words, and cuts them out before the segmenter reads the noun', () => {
    for (const word of ['三十张', '两件', '十五把', '一个']) expect(isChineseCount(word)).toBe(true);
    for (const word of ['张贴', '两个星期', '三十', '件', '一直']) expect(isChineseCount(word)).toBe(false);
    // The segmenter alone read 三十张贴纸 as 三十 / 张贴 (to post) / 纸.
    expect(analyzeText('买了三十张贴纸 只收到二十张').hanWords).toEqual(['买', '三十张', '贴', '纸', '只', '收到', '二十张']);
    expect(analyzeText('两个星期了').hanWords).not.toContain('两个');
  });
});

describe('things bought, told by their place in the sentence', () => {
  const bought = (text: string): string[] => {
    const { words } = analyzeText(text);
    return [...boughtThingPositions(words)].map((at) => words[at]);
  };

  it.each([
    ['I have purchased one kurta from your site', ['kurta', 'from']],
    ['ordered a pair of jhumkas last week', ['jhumkas', 'last']],
    ['the gizmo I ordered is broken', ['gizmo']],
    ['I bought the blue kurta', ['blue', 'kurta']],
  ])('%s → %j', (text, expected) => expect(bought(text)).toEqual(expected));

  it.each(['where is my order', 'I want to buy', 'can I order online'])('%s → nothing', (text) => expect(bought(text)).toEqual([]));
});

describe('who the customer is, told by the place in the sentence', () => {
  const self = (text: string): string[] => {
    const { words } = analyzeText(text);
    return [...selfDescriptionPositions(words)].map((at) => words[at]);
  };

  it.each([
    ["I'm a solicitor and ordered office supplies", ['solicitor', 'and']],
    ['I am an accountant, can I get an invoice', ['accountant', 'can']],
    ['as a nurse I work nights', ['nurse', 'i']],
  ])('%s → %j', (text, expected) => expect(self(text)).toEqual(expected));

  // "as a" later in the message is what the thing or the customer is where the question is asked: the question's own.
  it.each(['how do i claim vat back as a tourist', 'can i send it as a gift', 'i ordered a lamp'])('%s → nothing', (text) =>
    expect(self(text)).toEqual([]),
  );

  it('reads the Chinese word after 我是 or 作为 as who the customer is', () => {
    const { hanWords } = analyzeText('我是律师 用事务所的卡买的');
    expect([...selfDescriptionPositionsZh(hanWords)].map((at) => hanWords[at])).toEqual(['律师']);
  });
});

describe('Chinese things shops sell, told by their ending', () => {
  it.each(['灭火器', '除湿机', '露营灯', '电饭煲', '加湿器'])('%s is a thing', (word) => expect(isThingByFormZh(word)).toBe(true));
  // Two characters are as often no thing bought (a plane, a driver), and other endings are not things.
  it.each(['飞机', '司机', '机器', '演唱会', '公司'])('%s is not', (word) => expect(isThingByFormZh(word)).toBe(false));
});

describe('a company by kind is read through the word a knowledge base uses for companies', () => {
  it.each(['firm', '事务所', '单位'])('%s', (word) => {
    const term = analyzeText(word).hanWords.length > 0 ? analyzeText(word).hanWords.join('') : analyzeText(word).stems[0];
    expect(termClassOf(term)).toBe('organisation');
  });
  it.each(['office', 'employer', 'business'])('%s is not (post offices, workers\' rights, business days)', (word) => {
    expect(termClassOf(analyzeText(word).stems[0])).toBeUndefined();
  });
});
