import type { Lang } from '../../contracts';
/** Everything the bot says on its own (not from an article), in English and Chinese. */

const en = {
  greeting: "Hi! I'm the store assistant. Ask me about orders, shipping, returns, refunds, payments or your account.",
  thanks: "You're welcome! Anything else I can help with?",
  goodbye: 'Thanks for chatting with us. Have a good day!',
  clarify: 'I found a few articles that may help. Which one do you mean?',
  fallback:
    "Sorry, I don't have a good answer for that. Could you rephrase it, maybe with an order number or a few more words? " +
    'You can also ask to talk to a person.',
  fallbackAgain: "I'm still not finding the right answer, sorry. A person from our team can help you with this.",
  talkToPerson: 'Talk to a person',
  helpfulButton: 'Helpful',
  notHelpfulButton: 'Not helpful',
  empty: 'Could you type your question? For example: "How do I return an item?"',
  helpfulThanks: 'Thanks for the feedback!',
  notHelpful: "Sorry that didn't help. Could you tell me a bit more, or ask to talk to a person?",
  unknownArticle: "Sorry, that article isn't available any more. Could you ask your question again?",
  empathy: "I'm really sorry about this. I understand how frustrating it is.",
  safetyEmpathy:
    "I'm so sorry, that sounds serious. If anyone is hurt or in danger, please call your local emergency number first. " +
    "I'm passing this to a person on our team right now, ahead of the queue.",
  legalEmpathy: "I understand. I'm passing this to a senior member of our team right now, ahead of the queue.",
  surveyThanks: 'Thank you for rating us! Is there anything you would like to add? Just type it here, or carry on with a new question.',
  surveyCommentThanks: 'Thank you, your comment has been passed on to the team.',
  stillWaiting: 'A person from our team will be with you shortly.',
  outOfScope:
    "That's not something I can help with, sorry. I can answer questions about orders, delivery, returns, refunds, " +
    'payments and your account, or put you through to a person from our team.',
  botIdentity:
    "I'm the store's virtual assistant, a bot. I can answer questions about orders, delivery, returns, refunds, " +
    'payments and your account; for anything else, a person from our team can take over.',
  arithmetic: "I can't help with sums, sorry. I can answer questions about orders, delivery, returns, refunds, payments and your account.",
  anythingElse: 'Anything else I can help with?',
  whichTopic: 'Could you tell me what it is about? For example: "How long does a refund take?"',
};

const zh: typeof en = {
  greeting: '您好！我是商城智能助手，可以帮您查询订单、物流、退货、退款、支付和账户问题。',
  thanks: '不客气！还有其他可以帮您的吗？',
  goodbye: '感谢您的咨询，祝您生活愉快！',
  clarify: '我找到了几篇可能相关的内容，请问您想问的是哪一个？',
  fallback: '抱歉，这个问题我暂时没有找到合适的答案。您可以换个说法，或补充订单号等信息；也可以要求转人工客服。',
  fallbackAgain: '抱歉，我还是没有找到合适的答案。我们的人工客服可以帮您处理这个问题。',
  talkToPerson: '转人工客服',
  helpfulButton: '有帮助',
  notHelpfulButton: '没帮助',
  empty: '请输入您的问题，例如：“怎么退货？”',
  helpfulThanks: '感谢您的反馈！',
  notHelpful: '抱歉没能帮到您。可以再详细描述一下吗？也可以要求转人工客服。',
  unknownArticle: '抱歉，这篇内容已下线，请重新描述您的问题。',
  empathy: '非常抱歉给您带来了不好的体验，我非常理解您的心情。',
  safetyEmpathy: '非常抱歉，这听起来很严重。如果有人受伤或仍有危险，请先拨打当地急救电话。我现在就为您优先转接人工客服。',
  legalEmpathy: '我理解您的意思。我现在就为您优先转接我们团队的资深同事处理。',
  surveyThanks: '感谢您的评价！如果还有想补充的意见，可以直接在这里输入；也可以继续提问。',
  surveyCommentThanks: '谢谢，您的意见已转达给我们的团队。',
  stillWaiting: '人工客服马上就来，请稍候。',
  outOfScope: '抱歉，这个问题我帮不上忙。我可以解答订单、配送、退货、退款、支付和账户方面的问题，也可以为您转接人工客服。',
  botIdentity: '我是商城的智能助手（机器人），可以解答订单、配送、退货、退款、支付和账户方面的问题；其他问题可以转人工客服处理。',
  arithmetic: '抱歉，我不会算数。我可以解答订单、配送、退货、退款、支付和账户方面的问题。',
  anythingElse: '还有其他可以帮您的吗？',
  whichTopic: '请问您说的是哪方面的问题？例如：“退款要多久？”',
};

export type MessageKey = keyof typeof en;

export function message(lang: Lang, key: MessageKey): string {
  return (lang === 'zh' ? zh : en)[key];
}

export interface HandoffStatus {
  ticketId: string;
  created: boolean;
  queuePosition: number;
  expectedWaitMinutes: number;
  /** Outside business hours: when a person will answer (ISO time). */
  answerBy?: string;
  timeZone?: string;
}

/** Where the customer stands after a handoff: queue position and wait, or when a person will answer. */
export function handoffStatusMessage(lang: Lang, status: HandoffStatus): string {
  if (status.answerBy) {
    const when = formatTime(lang, status.answerBy, status.timeZone);
    return lang === 'zh'
      ? `我们的客服团队现在不在线。您的请求已记录（工单号 ${status.ticketId}），我们会在 ${when} 之前回复您。在此期间，我仍然可以回答您的问题。`
      : `Our team is offline right now. We have recorded your request (ticket ${status.ticketId}) and will answer before ${when}. Meanwhile I can still help with your questions.`;
  }
  const wait = Math.max(1, Math.round(status.expectedWaitMinutes));
  if (!status.created) {
    return lang === 'zh'
      ? `您已经在排队中：前面还有 ${status.queuePosition - 1} 位，预计等待约 ${wait} 分钟（工单号 ${status.ticketId}）。`
      : `You're already in the queue: number ${status.queuePosition}, about ${wait} minute${wait === 1 ? '' : 's'} to wait (ticket ${status.ticketId}).`;
  }
  return lang === 'zh'
    ? `正在为您转接人工客服。您目前排在第 ${status.queuePosition} 位，预计等待约 ${wait} 分钟。工单号：${status.ticketId}。人工客服会看到我们之前的全部对话。`
    : `I'm connecting you with a person from our team. You're number ${status.queuePosition} in the queue; the expected wait is about ${wait} minute${wait === 1 ? '' : 's'}. Your ticket is ${status.ticketId}, and they will see our conversation so far.`;
}

function formatTime(lang: Lang, iso: string, timeZone = 'UTC'): string {
  try {
    return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}
