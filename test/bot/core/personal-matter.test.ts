/** Someone else's dispute and one's own paperwork and chores are personal matters; the store's parcel in one is not. */
import { personalMatterIn } from '../../../bot/core/personal-matter';
import { foldChinese } from '../../../knowledge/text';

const personal = (text: string) => personalMatterIn(foldChinese(text));

test.each([
  "how do i complain about my neighbour's noise",
  'can i sue my landlord for not returning my deposit',
  'i have a problem with my boss, who do i report him to',
  '邻居太吵了怎么投诉',
  '樓上裝修好吵 可以去邊度投訴',
  '怎么起诉房东',
  'how do i file my tax return',
  'how do i write a will',
  'how do i unblock a kitchen sink',
  '个税怎么申报',
  '遗嘱怎么写才有效',
  '下水道堵了怎么办',
])('a personal matter: %s', (text) => {
  expect(personal(text)).toBe(true);
});

test.each([
  // The store's parcel, order or delivery in the dispute.
  'my neighbour took the parcel you left, i want to complain',
  'the courier left my order with the neighbour',
  '邻居拿了我的快递',
  // Complaints about the store, the store's tax invoice, paying it by card.
  'how do i make a complaint',
  'i want to complain about your service',
  'how do i make a tax invoice',
  'can i make a visa payment',
  '订单有问题我要投诉',
  'how do i return a sink plug',
])('the store’s: %s', (text) => {
  expect(personal(text)).toBe(false);
});
