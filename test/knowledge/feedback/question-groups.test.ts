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
