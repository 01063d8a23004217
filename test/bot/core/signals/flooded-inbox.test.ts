import { detectComplaintLevel } from '../../../../bot/core/signals/complaint';
import { foldChinese } from '../../../../knowledge';

const safety = (text: string, lang: 'en' | 'zh') =>
  detectComplaintLevel(lang === 'zh' ? foldChinese(text.normalize('NFKC')) : text, lang).complaints.some((c) => c.kind === 'safety');

// A blast whose subject cannot burst: an exam, an interview, a mood, a chat, a schedule, a phone under messages.
describe('a blast of something that cannot burst', () => {
  test.each([
    ['考试考炸了 买点东西安慰自己 有什么优惠码', 'zh'],
    ['面试搞炸了 心情不好 想买个包包 有没有折扣', 'zh'],
    ['群里消息炸了 我想问下订单发货了吗', 'zh'],
    ['期末考炸了 想買點零食犒勞自己 有優惠嗎', 'zh'],
    ['今日考試又考炸咗 有冇優惠碼', 'zh'],
    ['手机被消息炸了 你们能不能少发点短信', 'zh'],
    // The sender named between: the shop's texts flood the phone.
    ['手机消息都被你们的短信炸了 怎么退订', 'zh'],
    ['我的邮箱被你们的广告炸了 怎么取消订阅', 'zh'],
    ['手機被你們的推送炸了，怎麼關掉通知', 'zh'],
    // The shop's mails as what blasted the inbox (把).
    ['你们的促销短信把我手机都炸了 怎么取消订阅', 'zh'],
    ['你們的行銷郵件把我信箱都炸了😂 怎麼退訂', 'zh'],
    // "Almost" before the 把: the flood is nearly there, still of messages.
    ['你们的营销邮件快把我邮箱炸了哈哈 怎么退订', 'zh'],
    ['你們的廣告短信都快把我手機炸了 怎麼取消訂閱', 'zh'],
    ['营销短信差点把我邮箱炸了 怎么退订', 'zh'],
    ['my exam totally blew up in my face lol, any discount codes to cheer me up?', 'en'],
    ['my interview blew up today, any deals on?', 'en'],
    ['the comments section blew up over this dress, is it back in stock?', 'en'],
  ] as Array<[string, 'en' | 'zh']>)('%s: no safety incident', (text, lang) => expect(safety(text, lang)).toBe(false));

  // A thing that can burst named before the blast, or put to it (把…搞炸): still an incident.
  test.each([
    ['充电宝炸了', 'zh'],
    ['你们的充电宝把我手机炸了', 'zh'],
    ['你們的充電器把我手機炸了', 'zh'],
    ['我把充电宝搞炸了', 'zh'],
    ['考试的时候充电宝在包里炸了', 'zh'],
    ['手機充電時炸了', 'zh'],
    ['你们的充电宝充电的时候炸了 差点烧到孩子', 'zh'],
    ['你们寄来的手机被我充电时炸了', 'zh'],
    ['充电宝快把我手机炸了 冒烟了', 'zh'],
    ['电池快炸了 鼓包了 怎么办', 'zh'],
    ['my phone blew up last night while charging', 'en'],
    ['the power bank exploded during my exam', 'en'],
  ] as Array<[string, 'en' | 'zh']>)('%s: still safety', (text, lang) => expect(safety(text, lang)).toBe(true));
});
