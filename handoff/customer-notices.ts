import type { Lang } from '../contracts';
/**
 * What the customer is told, in their language, so they always know where they stand: their place in the queue and
 * the expected wait (or, out of hours, when a person will answer), who is handling them, transfers, and the survey.
 */

export interface QueueStanding {
  queuePosition: number;
  expectedWaitMinutes: number;
  outOfHours?: { answerBy: string };
}

/** The first thing said after a handoff request; the bot sends it (Baton exports it for the bot to use). */
export function handoffNotice(lang: Lang, standing: QueueStanding, timeZone: string): string {
  if (standing.outOfHours) {
    const when = formatLocalTime(standing.outOfHours.answerBy, lang, timeZone);
    return lang === 'zh'
      ? `现在是非工作时间。我们已记录您的请求，将在${when}之前回复您。在此期间，您仍可以继续向我提问。`
      : `We're outside our opening hours right now. We have recorded your request and will answer before ${when}. Meanwhile you can keep asking me.`;
  }
  return lang === 'zh'
    ? `正在为您转接人工客服。您目前排在第 ${standing.queuePosition} 位，预计等待约 ${standing.expectedWaitMinutes} 分钟。`
    : `I'm getting you a person. You're number ${standing.queuePosition} in the queue; the expected wait is about ${minutes(standing.expectedWaitMinutes)}.`;
}

export function claimedNotice(lang: Lang, agentName: string): string {
  return lang === 'zh' ? `客服 ${agentName} 已接入对话，接下来由 TA 为您服务。` : `${agentName} has joined the conversation and will help you from here.`;
}

export function transferredNotice(lang: Lang, to: string, position: number): string {
  return lang === 'zh'
    ? `正在将您的对话转给${to}。您目前排在第 ${position} 位，请稍候。`
    : `We're passing your conversation to ${to}. You're number ${position} in the queue; please stay with us.`;
}

export function releasedNotice(lang: Lang, position: number): string {
  return lang === 'zh'
    ? `为您服务的客服暂时断开了连接。您已回到队列中的第 ${position} 位，下一位空闲的客服会继续为您服务。`
    : `The person helping you was disconnected. You're back in the queue at number ${position}; the next available person will continue.`;
}

export function returnedToBotNotice(lang: Lang): string {
  return lang === 'zh'
    ? '现在由智能助手继续为您服务。如需人工客服，随时告诉我。'
    : "You're back with the Baton assistant. Ask me anything, or ask for a person again at any time.";
}

export function surveyNotice(lang: Lang, npsRequested: boolean): string {
  const score =
    lang === 'zh'
      ? '感谢您的耐心。请为本次服务打分：回复 1（非常不满意）到 5（非常满意）之间的数字，也欢迎留下您的意见。'
      : 'Thanks for your patience. How satisfied are you with the help you got? Reply with a number from 1 (very unhappy) to 5 (very happy), and add a comment if you like.';
  if (!npsRequested) return score;
  return lang === 'zh'
    ? `${score} 另外，您有多大可能向朋友推荐我们？请回复 0 到 10 之间的数字。`
    : `${score} And how likely are you to recommend us to a friend, from 0 to 10?`;
}

function minutes(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

/** "09:15, Mon 23 Nov (Asia/Shanghai)" / "11月23日 周一 09:15（Asia/Shanghai）" */
export function formatLocalTime(isoInstant: string, lang: Lang, timeZone: string): string {
  const date = new Date(isoInstant);
  if (lang === 'zh') {
    const text = new Intl.DateTimeFormat('zh-CN', { timeZone, month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
    return `${text}（${timeZone}）`;
  }
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(date);
  return `${time}, ${day} (${timeZone})`;
}
