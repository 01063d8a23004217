import type { AgentRequestResult } from './agent-request';
import { declinesPersonThenAsks, defersRequest } from './request-deferred';

/**
 * A request for a person taken back in the same message: "can I speak to someone... just kidding, where do I type my
 * promo code", 我要人工…开玩笑的 就想问下礼品卡怎么用, 我要人工…講笑咋 想問下禮品卡點用. What is asked after the retraction
 * is the message's business; the request before it is not.
 *
 * The retraction is the customer's own ("just kidding", "I'm joking", 开玩笑的, 讲笑咋), not a retort at the shop ("are
 * you kidding me", "you must be joking", 你们在开玩笑吗, 开什么玩笑), which is anger. A request made again after it ("jk…
 * no seriously, get me a human") stands: the text after the retraction is read on its own.
 */
const EN_RETRACTION = /\b(?:just kidding|just joking|only joking|only kidding|jk|j\/k|(?:i'm|im|i am) (?:just |only )?(?:kidding|joking))\b/i;
/** Chinese in either script: 开玩笑的 / 開玩笑的, 讲笑咋 / 講笑咋, 说笑而已 / 說笑而已, 逗你玩; never said of the shop (你们说笑的吧). */
const ZH_RETRACTION =
  /(?<![你您们們哋在是什么麼啥咩乜])(?:(?:开|開)玩笑(?:的|啦|哈|咯|咋|嘅|而已|罢了|罷了)|(?:讲|講|说|說)(?:下)?笑(?:咋|啫|嘅|而已|的|啦)|逗你(?:的|玩))/;

/**
 * Whether the customer takes something back ("just kidding", 开玩笑的) or puts a person off to later ("no need to connect
 * me now, just wondering when…": request-deferred.ts): no closeness to an article makes that a request.
 */
export function retractsSomething(text: string): boolean {
  return EN_RETRACTION.test(text) || ZH_RETRACTION.test(text) || defersRequest(text) || declinesPersonThenAsks(text);
}

export function withoutRetractedRequest(
  request: AgentRequestResult,
  text: string,
  detect: (text: string) => AgentRequestResult,
): AgentRequestResult {
  if (!request.requested) return request;
  // A person put off to later, with only when or how to reach one asked (request-deferred.ts).
  if (defersRequest(text)) return { requested: false, evidence: [] };
  // A person declined by name, and the customer's own question after it (request-deferred.ts).
  if (declinesPersonThenAsks(text)) return { requested: false, evidence: [] };
  const retraction = EN_RETRACTION.exec(text) ?? ZH_RETRACTION.exec(text);
  if (!retraction) return request;
  const before = text.slice(0, retraction.index);
  const after = text.slice(retraction.index + retraction[0].length);
  // Only a request told before the retraction is taken back, and only when none is made again after it.
  if (!detect(before).requested || detect(after).requested) return request;
  return { requested: false, evidence: [] };
}
