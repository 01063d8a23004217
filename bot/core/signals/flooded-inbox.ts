/**
 * A phone or an inbox "bursting" under messages: 营销短信太多了 手机都要炸了, 电话被打爆了, 邮箱被广告轰炸到要爆了, Cantonese
 * 啲推送多到部機爆咗 (folded), 手机被消息炸了, 你们的营销邮件把我邮箱都炸了. The phone is the subject of the blast, and what bursts it is the number of texts, calls or
 * notifications, so it is a figure of how many, not a device gone off with a bang: "手机充电时突然炸了" names no messages and
 * stays an incident.
 */

/**
 * Messages in number: texts, calls, mails, notifications, adverts; many, nonstop, or a bombardment; or the messages as
 * what did the blasting (你们的营销邮件把我邮箱都炸了: the mails 把 the inbox; 充电宝把我手机炸了 names a thing, no messages),
 * with the adverbs of how near the flood is before the 把 (快把我邮箱炸了, 都快把, 差点把: almost, still of messages).
 */
const ZH_MANY_MESSAGES =
  /(?:短信|消息|信息|讯息|简讯|邮件|电邮|电话|来电|通知|推送|推销|广告|营销)[^，,。！？!?]{0,10}?(?:太多|好多|很多|多到|多得|不停|一直|每天|天天|整天|狂|轰炸|刷屏)|(?:被|给)(?:打|刷|轰炸|call|呼|发)(?:到)?(?:爆|炸)|(?:被|给)(?:你们|你哋|你|他们|商家|店家|贵店)?(?:的|嘅)?(?:促销|推广|营销|广告|垃圾|群发)?(?:短信|消息|信息|讯息|通知|推送|电话|来电|广告|邮件|营销|推销)(?:轰)?(?:到)?(?:爆|炸)|(?:短信|消息|信息|讯息|简讯|邮件|电邮|来电|通知|推送|推销|广告)(?:都|也|直接|真的|简直|快|快要|就要|要|差点|差点儿|几乎){0,3}(?:把|将)/;
/**
 * What receives them, right before the blast (with the adverbs between: 都要, 快要, 直接, 被打), and the sender of the
 * messages named there (手机被你们的短信炸了, 我的邮箱被你们的广告炸了: the shop's texts flood the phone; the phone is still
 * what "bursts").
 */
const ZH_INBOX_BEFORE =
  /(?:手机|电话|邮箱|信箱|收件箱|微信|部机|我部机|短信|消息)(?:都|也|就|真的|简直|直接|快|要|快要|差点|被|给|打|刷|轰炸|到|促销|推广|垃圾|群发|短信|消息|信息|讯息|通知|推送|电话|来电|广告|邮件|营销|推销|你们|你哋|的|嘅){0,8}$/;

/** Whether the blast right after `before` is the phone or inbox flooded with messages (see the file's comment). */
export function inboxFlooded(before: string, chinese: string): boolean {
  return ZH_MANY_MESSAGES.test(chinese) && ZH_INBOX_BEFORE.test(before);
}

/**
 * More generally, a blast whose subject cannot burst (harm-link's question "what is the subject of the verb"): an exam,
 * an interview or a show gone badly (考试考炸了, 面试搞炸了, 期末考炸了, "my exam totally blew up in my face"), a mood or
 * a mind (心情炸咗 folded, 心态爆了, "my brain exploded"), a chat or a feed full of talk (群里消息炸了, 评论区炸了, "the group
 * chat exploded"), a schedule too full (行程爆了, 日程爆满, "my schedule exploded this week"). None of them is a thing of
 * the store's; a phone, a charger, a battery or a bottle can burst, and names a thing before the blast (充电宝炸了, "the
 * power bank exploded"), which stays an incident. The subject is read right before the blast, past a few adverbs and
 * the verb it is the result of (考炸, 搞炸, 玩炸): 把 or 被 with a thing between (我把充电宝搞炸了) names the thing instead.
 */
const ZH_NOTHING_TO_BURST =
  '(?:考试|测验|小测|期末考?|期中考?|月考|模考|高考|中考|会考|考研|雅思|托福|面试|笔试|比赛|演出|表演|答辩|汇报|演讲|论文|作业|项目|方案|约会|相亲|心态|心情|情绪|心|脑子|脑袋|群聊|群里|群|朋友圈|评论区|留言区|私信|弹幕|直播间|日程|行程|时间表|档期|日历|课表|排班|安排)';
/** Adverbs, and the verb the blast is the result of (考炸, 搞炸, 玩砸), with the talk that fills a chat (消息, 信息). */
const ZH_BETWEEN = '(?:都|也|就|又|真的|真系|简直|直接|彻底|完全|全|快|要|差点|已经|今天|今日|考|面|搞|玩|演|唱|写|答|讲|弄|消息|信息|讯息|满|得)';
const ZH_SUBJECT_CANNOT_BURST = new RegExp(`${ZH_NOTHING_TO_BURST}${ZH_BETWEEN}{0,5}$`);
/** The verb of a test right before the blast, with no thing named to it (我又考炸了, 答炸了). */
const ZH_TEST_VERB_BEFORE = /(?:^|[^把被给将参])(?:考|答)(?:得)?$/;

const EN_NOTHING_TO_BURST =
  /\b(?:my|the|our|his|her|their|this|that|today's|this week's) (?:[a-z]{2,12} )?(?:exam|exams|test|tests|quiz|interview|presentation|essay|dissertation|assignment|plans?|schedule|calendar|diary|week|day|mood|brain|mind|group chat|chat|groupchat|whatsapp group|comments?(?: section)?|life)(?:'s| is| was| has| had| just| literally| totally| completely| kind of| kinda| basically){0,3} $/;

/** The blast right after `before` has a subject that cannot burst (see the comment above). */
export function blastOfNothing(before: string, chinese: boolean): boolean {
  if (!chinese) return EN_NOTHING_TO_BURST.test(before.slice(-80));
  const clause = before.slice(-16).replace(/^.*[，,。！!？?；;\s]/, '');
  return ZH_SUBJECT_CANNOT_BURST.test(clause) || ZH_TEST_VERB_BEFORE.test(clause);
}
