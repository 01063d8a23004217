import { detectComplaintLevel, type ComplaintKind, type ComplaintLevel } from '../../../../bot/core/signals';
import type { Lang } from '../../../../contracts';

const LEVELS: Array<[string, Lang, ComplaintLevel | null, ComplaintKind | null]> = [
  // L1: safety.
  ['The charger caught fire last night', 'en', 'L1', 'safety'],
  ['there was smoke coming out of the heater', 'en', 'L1', 'safety'],
  ['the battery exploded', 'en', 'L1', 'safety'],
  ['the kettle burned my hand', 'en', 'L1', 'safety'],
  ['my son was injured by the toy', 'en', 'L1', 'safety'],
  ['I got an electric shock from it', 'en', 'L1', 'safety'],
  ['we got food poisoning from your meal', 'en', 'L1', 'safety'],
  ['充电器着火了', 'zh', 'L1', 'safety'],
  ['热水器爆炸了，差点出人命', 'zh', 'L1', 'safety'],
  ['孩子被烫伤了', 'zh', 'L1', 'safety'],
  ['这是安全事故', 'zh', 'L1', 'safety'],
  ['吃了以后拉肚子，食物中毒', 'zh', 'L1', 'safety'],
  // L1: legal or public threat.
  ['I will sue you', 'en', 'L1', 'legal'],
  ['my lawyer will be in touch', 'en', 'L1', 'legal'],
  ["I'm calling a lawyer about this", 'en', 'L1', 'legal'],
  ['这笔订单不是我买的', 'zh', 'L1', 'account_takeover'],
  ['I am reporting this to the police', 'en', 'L1', 'legal'],
  ['this is fraud', 'en', 'L1', 'legal'],
  ['see you in court', 'en', 'L1', 'legal'],
  ['我要起诉你们', 'zh', 'L1', 'legal'],
  ['我已经找了律师', 'zh', 'L1', 'legal'],
  ['不处理我就曝光你们', 'zh', 'L1', 'legal'],
  ['我要打12315投诉', 'zh', 'L1', 'legal'],
  // L1: safety, in the forms the issue and real messages use (Chinese in simplified characters, as the engine folds).
  ['the crib collapsed with my baby in it', 'en', 'L1', 'safety'],
  ['the snacks made my whole family sick', 'en', 'L1', 'safety'],
  ['my daughter swallowed a small part, she is in hospital now', 'en', 'L1', 'safety'],
  ['we spent the night in the ER', 'en', 'L1', 'safety'],
  ['he needed stitches after the blade came off', 'en', 'L1', 'safety'],
  ['小孩误吞了零件 现在在医院', 'zh', 'L1', 'safety'],
  ['小朋友被玩具割伤 刚从急诊回来', 'zh', 'L1', 'safety'],
  ['插头冒烟了', 'zh', 'L1', 'safety'],
  ['电水壶漏电 我被电了一下', 'zh', 'L1', 'safety'],
  ['宝宝被夹到手 去了急症室', 'zh', 'L1', 'safety'],
  ["the toy's battery got really hot and burned my son's fingers", 'en', 'L1', 'safety'],
  ['my toddler fell off the high chair when the leg snapped', 'en', 'L1', 'safety'],
  ['got a shock from the plug', 'en', 'L1', 'safety'],
  ['充电器爆了 把床单烧了个洞', 'zh', 'L1', 'safety'],
  ['孩子被玩具划破了手 流了很多血', 'zh', 'L1', 'safety'],
  // L1: legal, regulators, going public (Taiwan and Hong Kong words too).
  ['we will approach the consumer court', 'en', 'L1', 'legal'],
  ['reporting you to trading standards', 'en', 'L1', 'legal'],
  ['filing with the FTC today', 'en', 'L1', 'legal'],
  ["I'm going to post this all over social media", 'en', 'L1', 'legal'],
  ['我要提告', 'zh', 'L1', 'legal'],
  ['律师函已经在路上了', 'zh', 'L1', 'legal'],
  ['我要去消基会投诉你们', 'zh', 'L1', 'legal'],
  ['再唔处理我去消委会投诉', 'zh', 'L1', 'legal'],
  ['我要去市场监管局举报你们', 'zh', 'L1', 'legal'],
  // L1: account taken over. L2: account locked, a problem the knowledge base answers.
  ['someone hacked my account', 'en', 'L1', 'account_takeover'],
  ['there are charges I did not make', 'en', 'L1', 'account_takeover'],
  ['我的账号被盗了', 'zh', 'L1', 'account_takeover'],
  ["I'm locked out of my account", 'en', 'L2', 'account_locked'],
  ['my account has been suspended for no reason', 'en', 'L2', 'account_locked'],
  ['账号被锁了', 'zh', 'L2', 'account_locked'],
  ['我的账户被冻结了', 'zh', 'L2', 'account_locked'],
  // L2: abuse at the staff or the company.
  ['you lot are f***ing useless', 'en', 'L2', 'abuse'],
  ['stupid bot. useless junk company', 'en', 'L2', 'abuse'],
  ['answer me you idiots', 'en', 'L2', 'abuse'],
  ['thieving b*stards', 'en', 'L2', 'abuse'],
  // The verdict before the company: "what a joke of a company".
  ['what a f***ing joke of a company, sort it out', 'en', 'L2', 'abuse'],
  ['an absolute shambles of a shop', 'en', 'L2', 'abuse'],
  ['你们客服都是sb吗', 'zh', 'L2', 'abuse'],
  ['你们客服是智障吗', 'zh', 'L2', 'abuse'],
  ['垃圾公司 垃圾客服 滚', 'zh', 'L2', 'abuse'],
  ['什么破平台 一群废物', 'zh', 'L2', 'abuse'],
  // L2: contacted before about it.
  ['THIS IS THE FOURTH TIME IVE CONTACTED YOU', 'en', 'L2', 'repeated_contact'],
  ['third wrong item in a row', 'en', 'L2', 'repeated_contact'],
  ['I have been promised it 3 times', 'en', 'L2', 'repeated_contact'],
  ['every time i chat i get a different answer', 'en', 'L2', 'repeated_contact'],
  ['this is not the first time', 'en', 'L2', 'repeated_contact'],
  ['同一个问题我已经问了五遍了', 'zh', 'L2', 'repeated_contact'],
  ['已经第三次寄错了', 'zh', 'L2', 'repeated_contact'],
  ['每次都说在处理', 'zh', 'L2', 'repeated_contact'],
  ['上次说帮我处理 结果啥都没做', 'zh', 'L2', 'repeated_contact'],
  ['this is my fifth email about this', 'en', 'L2', 'repeated_contact'],
  ['I have been chasing this for weeks and keep getting fobbed off', 'en', 'L2', 'repeated_contact'],
  ['second time this has happened this month', 'en', 'L2', 'repeated_contact'],
  ['third time asking the same question', 'en', 'L2', 'repeated_contact'],
  ['nobody ever gets back to me', 'en', 'L2', 'repeated_contact'],
  ['我都问了八百遍了', 'zh', 'L2', 'repeated_contact'],
  ['你们是不是傻', 'zh', 'L2', 'abuse'],
  // L2: complaint.
  ['I want to file a complaint', 'en', 'L2', 'complaint'],
  ['this is unacceptable', 'en', 'L2', 'complaint'],
  ['your staff were rude', 'en', 'L2', 'complaint'],
  ['我要投诉', 'zh', 'L2', 'complaint'],
  ['你们的服务态度差', 'zh', 'L2', 'complaint'],
  // L2: service failure.
  ['the screen arrived broken', 'en', 'L2', 'service_failure'],
  ['my parcel never arrived', 'en', 'L2', 'service_failure'],
  ["I still haven't received my order", 'en', 'L2', 'service_failure'],
  ['you sent me the wrong item', 'en', 'L2', 'service_failure'],
  ['I was charged twice', 'en', 'L2', 'service_failure'],
  ['it stopped working after a week', 'en', 'L2', 'service_failure'],
  ['质量问题，刚买就坏了', 'zh', 'L2', 'service_failure'],
  ['外包装破损', 'zh', 'L2', 'service_failure'],
  ['一个星期了还没收到', 'zh', 'L2', 'service_failure'],
  ['发错货了', 'zh', 'L2', 'service_failure'],
  ['扣了两次钱', 'zh', 'L2', 'service_failure'],
  // Nothing complaint-like, or the complaint word is negated.
  ['how do I change my address?', 'en', null, null],
  // What the customer does for a living, and an item that is not what they bought: no legal case, no stolen account.
  ["I'm a lawyer and need an itemised receipt for my client", 'en', null, null],
  ['as an attorney I need the invoice in my firm’s name', 'en', null, null],
  ['我是律师，想开一张公司抬头的发票', 'zh', null, null],
  ['收到的根本不是我买的东西', 'zh', null, null],
  ['tell me a joke about a company', 'en', null, null],
  ['Thanks, it works now', 'en', null, null],
  ['the box was not damaged at all', 'en', null, null],
  ['nobody was hurt, luckily', 'en', null, null],
  ['I do not want to complain, just asking', 'en', null, null],
  ['where is the food court?', 'en', null, null],
  ['my card expired', 'en', null, null],
  ['the stitches on the bag came loose', 'en', null, null],
  ['this dress is ill-fitting', 'en', null, null],
  ['I am sick of waiting', 'en', null, null],
  ['this is a stupid question but where is my order', 'en', null, null],
  ['the second item in my order is blue', 'en', null, null],
  ['第二次购买了 很满意', 'zh', null, null],
  ['滚筒洗衣机怎么退', 'zh', null, null],
  ['ATM swallowed my card', 'en', null, null],
  ['请问怎么修改地址', 'zh', null, null],
  ['没有受伤', 'zh', null, null],
  ['不是质量问题', 'zh', null, null],
  ['我用工商银行的卡付款', 'zh', null, null],
  // Repeated contact counted in chats per week, or as the same answer each time; a courier each time is no contact.
  ['third chat this week and still no refund', 'en', 'L2', 'repeated_contact'],
  ['second email, fourth call, still nothing', 'en', 'L2', 'repeated_contact'],
  ['every time the same answer and nothing changes', 'en', 'L2', 'repeated_contact'],
  ['always the same canned reply', 'en', 'L2', 'repeated_contact'],
  ['每次都是同一个回复', 'zh', 'L2', 'repeated_contact'],
  ['又是一样的回复', 'zh', 'L2', 'repeated_contact'],
  ['每次都是顺丰发货吗', 'zh', null, null],
  ['this is my first time ordering, how long does delivery take', 'en', null, null],
  ['nothing changes in the tracking', 'en', null, null],
  // Swearing behind symbols is read: "$h!t service" is abuse as "shit service" is.
  ['$h!t service', 'en', 'L2', 'abuse'],
];

describe('detectComplaintLevel', () => {
  test.each(LEVELS)('%s → %s %s', (text, lang, level, kind) => {
    const result = detectComplaintLevel(text, lang);
    expect({ level: result.level, kind: result.kind }).toEqual({ level, kind });
    expect(result.evidence.length > 0).toBe(level !== null);
  });

  test('the most severe kind wins and every phrase is evidence', () => {
    expect(detectComplaintLevel('I want to complain: the heater caught fire and the box was damaged', 'en')).toEqual({
      level: 'L1',
      kind: 'safety',
      evidence: ['caught fire', 'complain', 'damaged'],
      complaints: [
        { kind: 'safety', level: 'L1', evidence: ['caught fire'] },
        { kind: 'complaint', level: 'L2', evidence: ['complain'] },
        { kind: 'service_failure', level: 'L2', evidence: ['damaged'] },
      ],
    });
  });

  test('a Chinese message is also read for English words', () => {
    expect(detectComplaintLevel('这个充电器 caught fire', 'zh').kind).toBe('safety');
  });
});
