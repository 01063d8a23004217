/**
 * Another organisation named by its kind as the holder of the account, the charger, the sender of the bill or the
 * taker of the booking; the same kinds named in questions about this store are not.
 */
import { organisationByKind } from '../../../bot/core/organisation-kind';
import { foldChinese } from '../../../knowledge/text';

const kindIn = (text: string) => organisationByKind(foldChinese(text));

describe('an organisation by its kind owns what is asked about', () => {
  // [customer says, the kind]
  test.each([
    // It holds the account, the bill or the booking.
    ['how do i cancel my gym membership contract', 'gym'],
    ["what's the airline's refund policy", 'airline'],
    ['my water company account shows a debt', 'water company'],
    ['why is my phone bill so high this month', 'phone bill'],
    ['can you change my phone plan to unlimited data', 'phone plan'],
    // It charged.
    ['i was charged twice by my electricity company', 'electricity company'],
    ['got billed two times by the internet provider', 'internet provider'],
    ['the hotel charged my card twice', 'hotel'],
    ['my landlord took my deposit and won’t give it back', 'landlord'],
    // It sent the bill, or it is another shop.
    ['how do i get an invoice from my phone company', 'phone company'],
    ['a refund from the airline never arrived', 'airline'],
    ['my order from another website arrived damaged', 'another website'],
    ['the parcel i ordered on a different app is missing', 'a different app'],
    ['i bought a lamp from some other shop and it broke', 'some other shop'],
    // A booking or ticket of travel or an event.
    ['how do i cancel a flight booking', 'flight booking'],
    ['how do i get a refund for train tickets', 'train tickets'],
    ['do you price match plane tickets', 'plane tickets'],
    // A card used at another place.
    ['my debit card was refused at the petrol station', 'petrol station'],
    ['card got declined at the supermarket today', 'supermarket'],
    // Chinese: the kind before what it holds or did, a utility's bill, a ticket, another shop, a card used elsewhere.
    ['酒店多收了我一晚的钱', '酒店'],
    ['物业的电话是多少', '物业'],
    ['航空公司不给退怎么办', '航空公司'],
    ['话费发票怎么开', '话费'],
    ['電費多扣了怎麼辦', '电费'],
    ['机票怎么退', '机票'],
    ['火車票退票手續費多少', '火车票'],
    ['能在你们这买彩票吗', '彩票'],
    ['别家买的耳机坏了能修吗', '别家'],
    ['其他平台上下的单 你们能查吗', '其他平台'],
    ['在超市刷卡被拒了', '超市'],
  ])('%s → %s', (text, kind) => {
    expect(kindIn(text)).toBe(kind);
  });
});

describe('the same kinds in questions about this store', () => {
  test.each([
    // The bank is the customer's way to pay this store.
    'my bank charged me a foreign fee',
    'can i pay with my bank card',
    'my bank card was declined at checkout',
    'the refund is not in my bank account yet',
    '银行收了境外手续费',
    // A kind named as a thing, a place to deliver or collect, not as the holder.
    'do you deliver to hotels',
    'can i collect my parcel at the supermarket pickup point',
    'the hotel-style lamp arrived broken',
    'does the dining table seat six',
    'my phone case arrived cracked',
    'the phone i ordered from you is faulty',
    'my tv package arrived damaged',
    'it stopped working in the hotel, is it under warranty',
    // Another shop's price is a question for this store.
    'the item on another website is cheaper, can you match it',
    'another shop sells it for less, will you match the price',
    '别家卖得比你们便宜，能按那个价格吗',
    '別家比較便宜，可以比價嗎',
    // The store's own invoice, bill and booking.
    'how do i get an invoice for my order',
    '发票上要写公司税号',
    '手机壳到了是裂的',
  ])('%s', (text) => {
    expect(kindIn(text)).toBeUndefined();
  });
});
