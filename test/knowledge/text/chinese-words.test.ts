import { chineseWordSegments } from '../../../knowledge/text';

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

describe('chineseWordSegments', () => {
  test.each(['我的订单还没到，已经三天了！', '退款到哪了 order 123', '', '   ', '人工客服'])('%j is cut as Intl.Segmenter cuts it', (text) => {
    const expected = [...SEGMENTER.segment(text)].map(({ segment, isWordLike }) => ({ segment, isWordLike: isWordLike === true }));
    expect(chineseWordSegments(text)).toEqual(expected);
  });

  test('the same text read again is not cut again', () => {
    const first = chineseWordSegments('快递到哪了');
    expect(chineseWordSegments('快递到哪了')).toBe(first);
    expect(chineseWordSegments('快递到哪里了')).not.toBe(first);
  });
});
