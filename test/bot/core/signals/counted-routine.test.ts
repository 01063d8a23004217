import { analyzeMessage } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

// The engine folds traditional characters before reading; so does this.
const kinds = (text: string) => analyzeMessage(foldChinese(text), { lang: 'zh' }).complaints.map((c) => c.kind);

// A routine act counted, nothing failed: a question about the act. Beside each, the count with a failure told.
const ROUTINE: string[] = ['我这是第二次退货了 还是免运费吗', '第二次退貨 仲係免運費嗎', '第三次申请会员了 这次需要什么资料'];
const STILL_REPEATED: string[] = [
  '第二次退货了 退款还没到',
  '第三次申請退款 又被拒絕',
  '这是第二次换货了 还是坏的',
  '第三次问了 怎么还没人回',
];

describe('a routine act counted', () => {
  test.each(ROUTINE)('%s → no repeated contact', (text) => expect(kinds(text)).not.toContain('repeated_contact'));
  test.each(STILL_REPEATED)('%s → repeated contact', (text) => expect(kinds(text)).toContain('repeated_contact'));
});

// An apology for writing again counts the customer's own message to be polite; with a failure told, it is a chase.
const POLITE_EN: string[] = [
  'Hi again, apologies for the second message, is paying in instalments an option?',
  'sorry for the second message, do you ship to canada',
  'apologies for the 2nd email — can I add gift wrap to my order?',
  // The apology or the new errand after the count.
  '2nd message today sorry, can i also change the colour to navy',
  'second message this morning, forgot to ask - do you do student discount?',
  // Counted without an article, a new errand said after it.
  '2nd email, one more question: is the sofa cover washable?',
  'third message today haha, I also wanted to know if you price match',
];
const CHASE_EN: string[] = [
  "sorry for the 3rd email but my refund still hasn't come",
  'apologies for the second message, I still have no reply about my broken kettle',
  'this is my second message about the refund',
  "second message today sorry, still haven't got my refund",
  'third email about my order and not a single reply',
];
const kindsEn = (text: string) => analyzeMessage(text, { lang: 'en' }).complaints.map((c) => c.kind);

describe('an apology for writing again', () => {
  test.each(POLITE_EN)('%s → no repeated contact', (text) => expect(kindsEn(text)).not.toContain('repeated_contact'));
  test.each(CHASE_EN)('%s → repeated contact', (text) => expect(kindsEn(text)).toContain('repeated_contact'));
});

// The customer's own buying counted, as 第二次下单 is: no contact of theirs repeated.
// The customer's own lapse counted ("forgetting my password for the fifth time"): no contact of theirs repeated.
describe('a lapse of the customer counted', () => {
  test('in English', () => {
    expect(kindsEn('I hate myself for forgetting my password for the fifth time this year lol. how do I reset it')).not.toContain('repeated_contact');
    // The lapse's own "again": the forgetting repeats, not a failure.
    expect(kindsEn('forgot my pin again haha, third time this year, how do I reset it?')).not.toContain('repeated_contact');
    expect(kindsEn('lost my password again, second time this month, where is the reset link')).not.toContain('repeated_contact');
    expect(kindsEn('forgot my password again, second time this month, and the reset email still never came')).toContain('repeated_contact');
    expect(kindsEn('this is the third time i ask, where is my refund')).toContain('repeated_contact');
  });
  test('in Chinese', () => {
    expect(kinds('又唔記得密碼 第五次喇 點樣重設')).not.toContain('repeated_contact');
    expect(kinds('第五次了 退款还没到')).toContain('repeated_contact');
  });
});

describe('buying again', () => {
  test.each([
    'ordering from you again, second time this month 😊 do I get rewards points on both?',
    'buying from you guys again, third time this year lol, is there a loyalty discount',
  ])('%s → no repeated contact', (text) => expect(kindsEn(text)).not.toContain('repeated_contact'));
  test.each([
    'ordering from you again, second time this month and again the parcel is late',
    'I have sent too many emails to you about this refund',
  ])('%s → repeated contact', (text) => expect(kindsEn(text)).toContain('repeated_contact'));
});

// The customer's own tries at the site counted: the failure told beside them is the problem to answer. A contact with
// the shop counted stays a chase.
describe("the customer's own tries counted", () => {
  const kindsOf = (text: string) => analyzeMessage(text, { lang: 'en' }).complaints.map((c) => c.kind);
  test.each([
    'ok so ive clicked forgot password like 4 times now and the reset email never arrives',
    'ive tried paying three times now and it keeps failing',
    "I've entered the gift card number 5 times already and it says invalid",
  ])('%s → no repeated contact', (text) => expect(kindsOf(text)).not.toContain('repeated_contact'));
  test.each([
    "I've called you 4 times now and the refund never arrives",
    "I've emailed and tried calling 3 times now, still no refund",
  ])('%s → repeated contact', (text) => expect(kindsOf(text)).toContain('repeated_contact'));
});
