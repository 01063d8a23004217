/**
 * A phone or an inbox "bursting" under messages: 营销短信太多了 手机都要炸了, 电话被打爆了, 邮箱被广告轰炸到要爆了, Cantonese
 * 啲推送多到部機爆咗 (folded). The phone is the subject of the blast, and what bursts it is the number of texts, calls or
 * notifications, so it is a figure of how many, not a device gone off with a bang: "手机充电时突然炸了" names no messages and
 * stays an incident.
 */

/** Messages in number: texts, calls, mails, notifications, adverts; many, nonstop, or a bombardment. */
const ZH_MANY_MESSAGES =
  /(?:短信|消息|信息|讯息|简讯|邮件|电邮|电话|来电|通知|推送|推销|广告|营销)[^，,。！？!?]{0,10}?(?:太多|好多|很多|多到|多得|不停|一直|每天|天天|整天|狂|轰炸|刷屏)|(?:被|给)(?:打|刷|轰炸|call|呼|发)(?:到)?(?:爆|炸)/;
/** What receives them, right before the blast (with the adverbs between: 都要, 快要, 直接, 被打). */
const ZH_INBOX_BEFORE = /(?:手机|电话|邮箱|信箱|收件箱|微信|部机|我部机)(?:都|也|就|真的|简直|直接|快|要|快要|差点|被|给|打|刷|轰炸|到){0,6}$/;

/** Whether the blast right after `before` is the phone or inbox flooded with messages (see the file's comment). */
export function inboxFlooded(before: string, chinese: string): boolean {
  return ZH_MANY_MESSAGES.test(chinese) && ZH_INBOX_BEFORE.test(before);
}
