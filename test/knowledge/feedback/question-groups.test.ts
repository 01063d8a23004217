import fc from 'fast-check';
import { clusterKeys, keyTokens, questionKey, similarity } from '../../../knowledge/feedback/question-groups';

test.each([
  ['Where is my parcel??', 'where is my parcel'],
  ['  WHERE   is my parcel!  ', 'where is my parcel'],
  ['我的 快递 到哪了？', '我的快递到哪了'],
  ['Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ', 'fullwidth abc'],
])('questionKey(%j) = %j', (text, key) => {
  expect(questionKey(text)).toBe(key);
});

test('similar wordings cluster together, different questions do not', () => {
  const items = [
    { key: 'where is my parcel', count: 3 },
    { key: 'where is my parcel now', count: 1 },
    { key: 'can i pay with bitcoin', count: 2 },
    { key: '我的快递到哪了', count: 1 },
    { key: '我的快递到哪里了', count: 1 },
  ];
  expect(clusterKeys(items).map((cluster) => cluster.map((i) => i.key))).toEqual([
    ['where is my parcel', 'where is my parcel now'],
    ['can i pay with bitcoin'],
    ['我的快递到哪了', '我的快递到哪里了'],
  ]);
  expect(similarity(keyTokens('pay with bitcoin'), keyTokens('where is my parcel'))).toBe(0);
});

/** The clustering as it was first written: every key against every cluster so far (quadratic). */
function naiveClusters(items: Array<{ key: string; count: number }>): string[][] {
  const clusters: Array<{ tokens: Set<string>; keys: string[] }> = [];
  for (const item of [...items].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))) {
    const tokens = keyTokens(item.key);
    const home = clusters.find((c) => similarity(c.tokens, tokens) >= 0.5);
    if (home) home.keys.push(item.key);
    else clusters.push({ tokens, keys: [item.key] });
  }
  return clusters.map((c) => c.keys);
}

test('the indexed clustering groups exactly as comparing every key with every cluster does', () => {
  const words = ['where', 'is', 'my', 'parcel', 'order', 'refund', 'card', 'now', 'late', 'pay', 'bitcoin', '快递', '退款', '到哪', '了', 'asdf'];
  fc.assert(
    fc.property(
      fc.uniqueArray(
        fc.record({ key: fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 6 }).map((w) => w.join(' ')), count: fc.integer({ min: 1, max: 5 }) }),
        { selector: (item) => item.key, maxLength: 60 },
      ),
      (items) => {
        expect(clusterKeys(items).map((cluster) => cluster.map((i) => i.key))).toEqual(naiveClusters(items));
      },
    ),
    { numRuns: 300 },
  );
});
