import { narratedRepeats } from '../../../../bot/core/signals/narrated-repeat';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (text: string) => narratedRepeats(normalizeEnglish(text), '');
const zh = (text: string) => narratedRepeats('', normalizeChinese(text));

// A chase is a verb of chasing or promising with a duration past one ordinary wait; waiting alone needs a longer one.
const ENGLISH_REPEATS = [
  'six weeks of back and forth over a refund and still nothing',
  "I've been waiting on this refund since March and chased it every week",
  'this is the third week I\'m chasing my money',
  "for a month now you've been saying it's on its way",
  "I've been going round in circles with your team since October",
  'been on hold for hours across four different days',
  "still waiting for my refund, it's been five weeks",
  // A replacement that came and failed, or a failure like the first one.
  'this is the third replacement and it arrived cracked like the others',
  'every single replacement has had the same fault',
  'the new one broke exactly like the first one did',
  'it cracked again, same as the last one',
  'second replacement, same dead screen',
  // The failure told first, the replacement sharing it.
  'my order came damaged and the replacement too',
  'the first one was faulty and the new one as well',
  // Every order the customer made went wrong, or all of a tally.
  "every single order I've made with you has gone wrong, 5 out of 5, ridiculous",
  'each of my last four orders arrived damaged',
  'both of my orders came wrong',
  '3 out of 3 parcels from you never arrived',
  'every time I order from you something is missing',
  'my last 3 orders all arrived late',
  // An order, parcel or delivery counted, with what went wrong after it.
  "bro this is the third delivery slot you've missed",
  "it's happened again, driver left it at the wrong house for the second delivery running",
  'the third parcel to go missing this month',
];
const ENGLISH_PLAIN = [
  'I returned the item two weeks ago and have not had the refund yet',
  'I ordered a week ago and still haven\'t received anything',
  "it's been 35 days since delivery and i need to return this",
  'my order has been on hold for a week',
  "I've been told it takes two weeks",
  'can I get a replacement, it is broken',
  'is the replacement going to be the same colour as the first one',
  'the replacement filter I ordered is damaged',
  'it arrived damaged, can the replacement also come in blue',
  "I've been a customer for five years, do I get a discount",
  'I have the same problem as my friend',
  "can't wait to wear it, I bought it five years ago",
  'too tight like the other reviews said, the zip is broken',
  'it stopped working in less than a month',
  'I\'ve been trying on jeans for more than a year, these fit',
  'I have promised myself never to buy this label again',
  // Orders in general, a question, a rating, a good record, one order's items.
  'all deliveries are delayed by the snow this week',
  'has every order been delayed by the strike',
  'what if all my orders are late',
  'I rated you 5 out of 5, nothing wrong at all',
  "every order I've made arrived on time, not late once",
  'all the items in my order were damaged',
  // An ordinal that counts parcels or orders, not failures.
  'the delivery agent was a bit grumpy but whatever, got my stuff. how do i track the second parcel',
  'can the second order ship with the first one',
  'is the third parcel going to be late',
  // A noun the exchange qualifies: currency, not a swap that came and failed.
  'why is my exchange rate wrong',
  'the exchange rate i got for cash was wrong',
];

const CHINESE_REPEATS = [
  '催了半个多月了 退款还没影',
  '每回都说在处理 一个月了也没结果',
  '前后找了你们两个月了',
  '这都拖了四十多天了',
  '等了五个礼拜还没退款',
  '追咗成个月退款都冇消息',
  '这是第二次换货了 还是坏的',
  '补发的那件又是破的',
  '换了三次货没一次是好的',
  '维修回来又坏了',
  '第二部都系坏嘅',
  '换咗两次都系一样问题',
  '在你们家下的每一单都出问题',
  '每次下单都发错 五单全都有问题',
  '所有订单都晚到',
  '三单没有一单是对的',
];
const CHINESE_PLAIN = [
  '下单一周了还没到 咋办',
  '退货寄回去两周了 钱还没到 啥时候能退',
  '签收超过一个月了 还能退吗',
  '耳机用了一个月就充不进电了 能修或者换吗',
  '3月20日下的单 催一下',
  '我想换货 东西坏了',
  '买了两个 第二个是坏的',
  '换的新款什么时候到',
  '还没有两个月电池就坏了',
  '每单都会有发票吗',
  '所有订单都包邮吗',
  '每次下单都要验证码',
  // 追踪 is tracking, not a chase; 拖鞋 are slippers.
  '包裹已經遲咗一個禮拜 追蹤都冇更新',
  '快递一个星期了 追踪信息一直没变',
  '拖鞋买了两个星期了还没到 咋回事',
];

describe('repeated contact told as a story', () => {
  test.each(ENGLISH_REPEATS)('%s → repeated', (text) => expect(en(text)).not.toEqual([]));
  test.each(ENGLISH_PLAIN)('%s → not repeated', (text) => expect(en(text)).toEqual([]));
  test.each(CHINESE_REPEATS)('%s → repeated', (text) => expect(zh(text)).not.toEqual([]));
  test.each(CHINESE_PLAIN)('%s → not repeated', (text) => expect(zh(text)).toEqual([]));

  test('the sentence that tells the chase is the evidence', () => {
    expect(en('Hello. I have been chasing this refund for five weeks. Order 123.')).toEqual(['i have been chasing this refund for five weeks']);
  });
});
