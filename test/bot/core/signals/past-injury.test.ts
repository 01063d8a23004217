import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { withoutInjuryAsCondition } from '../../../../bot/core/signals/past-injury';
import { foldChinese } from '../../../../knowledge';
import { normalizeEnglish } from '../../../../bot/core/signals/patterns';

const en = (phrases: string[], text: string) => withoutInjuryAsCondition(phrases, normalizeEnglish(text));

describe('an injury told as the customer\'s condition', () => {
  test.each([
    [['injured my back'], 'I injured my back playing rugby, which office chair has the best support'],
    [['injury'], 'I have an old shoulder injury, can the massage gun be used gently'],
    [['injury'], 'recovering from a hamstring injury, do the leggings come in compression fit'],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));

  test.each([
    [['injured'], 'my daughter was injured when your swing snapped'],
    [['injury'], 'I have a knee injury from using your treadmill'],
    [['injured my back'], 'I injured my back last year when your chair collapsed'],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
});

describe('harm told as the reason for a routine question', () => {
  test.each([
    [['broke my wrist'], 'I broke my wrist so typing is slow, how do I change my delivery address?'],
    [['was sick'], 'I was sick last week and missed the delivery, where is my parcel now?'],
    [['hands … numb'], 'after chemo my hands are numb, does the electric can opener have a warranty?'],
    [['was ill'], 'my mum was ill last winter and we missed the parcel, can it be redelivered?'],
    [['had surgery'], "I had surgery so I couldn't pick up my order, how long do you hold it?"],
    [['burned my tongue'], 'I burned my tongue on tea this morning haha, do you sell insulated cups with lids?'],
    [['cut my finger'], 'I cut my finger chopping onions last week, do you have a cut-resistant glove?'],
    // An operation told as what a stay (over, with no cause) was for.
    [['had surgery'], 'I had surgery and was in hospital for a week, can I still return the jacket?'],
  ])('set aside: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual([]));

  test.each([
    [['was sick'], "my son was sick last week, what's in the gummies?"],
    [['broke my tooth'], 'I broke my tooth last week on one of the nuts, can I get a refund?'],
    [['broke my wrist'], 'I broke my wrist when the chair collapsed so I can\'t type, how do I return it?'],
    [['hands … numb'], 'my hands went numb after using the massager so I stopped, is that normal?'],
    [['had surgery'], 'I had surgery after your blender cut my hand, can I get a refund?'],
    [['had surgery'], 'I had surgery and was in hospital for a week after the ladder gave way, can I return it?'],
    [['cut my finger'], 'I cut my finger on the broken glass in your parcel this morning, can I get a refund?'],
    [['burned my hand'], 'I burned my hand on your kettle this morning, do you sell oven gloves?'],
  ])('kept: %j in %s', (phrases, text) => expect(en(phrases, text)).toEqual(phrases));
});

// Through the complaint reader as the engine calls it (Chinese folded to simplified first).
const kinds = (text: string) => detectComplaintLevel(foldChinese(text), 'zh').complaints.map((c) => c.kind);

describe('a fire at home told as past, then what the customer wants to buy', () => {
  test.each([
    ['上周家里着火了，想买个烟雾报警器，哪款好？'],
    ['上週家裡廚房小火災，想買煙霧偵測器，推薦哪款？'],
  ])('%s → no incident', (text) => expect(kinds(text)).not.toContain('safety'));

  test.each([
    ['上周充电宝着火了，想买个新的，有推荐吗？'],
    ['上周家里着火了，是你们的电暖器引起的'],
    ['上週行動電源起火，想買新的，有推薦嗎？'],
  ])('%s → still an incident', (text) => expect(kinds(text)).toContain('safety'));
});

describe('a harm lived through before (过) or told as past, beside a question', () => {
  test.each([
    ['我被诈骗过一次，你们的付款页面安全吗？', 'legal'],
    ['我被詐騙過一次，你們的付款頁面安全嗎？', 'legal'],
    ['我被烫伤过，这个锅手柄隔热吗？', 'safety'],
    ['孩子误吞过磁铁，这款玩具有小零件吗？', 'safety'],
    // An injury of last month or last year (Cantonese 上年), then what the customer wants to buy (有…卖).
    ['上个月打球扭伤了脚，有护踝卖吗？', 'safety'],
    ['上年打波扭傷隻腳，有冇護踝賣？', 'safety'],
  ])('%s → no %s', (text, kind) => expect(kinds(text)).not.toContain(kind));

  test.each([
    ['我被你们诈骗过一次，还想退款', 'legal'],
    ['我被你們詐騙了，付款頁面安全嗎？', 'legal'],
    ['我用你们的锅烫伤过，怎么赔？', 'safety'],
    ['孩子误吞了磁铁，这款玩具有小零件吗？', 'safety'],
    ['上个月用你们的跑步机扭伤了脚，有护踝卖吗？', 'safety'],
  ])('%s → still %s', (text, kind) => expect(kinds(text)).toContain(kind));
});
