import { anyOf, findMatches, normalizeChinese, normalizeEnglish } from './patterns';
import type { Lang } from '../../../contracts';

/**
 * Explicit requests for a person ("talk to a human", "agent please", "转人工"). A request needs a person word in a
 * request: after a verb of contacting ("speak to", "get in touch with", "找"), after "want / need / get me", or as the
 * whole message ("Representative!"). Messages that merely mention people ("the delivery agent left it in the rain",
 * "客服说明天发货") have none of these, and "I don't want to talk to an agent" is skipped.
 */

export interface AgentRequestResult {
  requested: boolean;
  /** The words that made the request, e.g. `["speak to a live agent"]`. */
  evidence: string[];
}

// --- English -------------------------------------------------------------------------------------------------------

// Support-desk names, tolerant of the typos customers make ("custmer sevrice", "customersupport").
const EN_SUPPORT_DESK =
  String.raw`cu?st?o?m?e?r?\s?(?:s[eu]?[rv]\w*|sefv\w*|seerv\w*|sup\w*|sp+ort|assist\w*|care|relations|help\s?(?:desk|line))` +
  String.raw`|support\s(?:team|staff|agent|desk|line)|help\s?desk|call\s?cent(?:er|re)|service\s(?:desk|team)`;

const EN_PERSON = anyOf([
  String.raw`(?:real|live|actual|human|physical)\s(?:person|people|human|agent|operator|rep(?:resentative)?|being|one|body)`,
  String.raw`human(?:\s(?:agent|being|operator|representative|rep))?`, 'humans', 'person', 'eprson', 'people',
  'agents?', String.raw`(?<!virtual\s)assis?tg?ants?`, 'operators?', 'representatives?', 'reps?', 'advis[oe]rs?',
  'consultants?', 'specialists?', 'supervisors?', 'managers?', 'staff(?: member)?', 'employee', 'member of staff',
  'some ?(?:one|body)', 'som(?:e|n)?e?one', 'somenoe', 'somone', 'somebody', 'anyone', 'anybody',
  EN_SUPPORT_DESK,
]);

// Present-tense forms only: "I talked to someone yesterday" narrates, it does not ask.
const EN_CONTACT_VERB = anyOf([
  String.raw`ta[lo]?k(?:k|ing|iing|int|s)?`, 'takling', String.raw`speak(?:ing|ign|s)?`, String.raw`chat(?:ting|s)?`,
  'converse', 'communicate', String.raw`cont?tact(?:ing|s)?`, String.raw`reach(?:ing)?`,
  String.raw`get(?:ting)?\s?in\s?touch\s?with`,
  String.raw`get(?:ting)?\s(?:hold|through)\s(?:of|to)`, String.raw`connect(?:ing)?(?:\sme)?`,
  String.raw`transfer(?:ring)?\sme(?:\sto)?`, String.raw`put\sme(?:\sthrough)?`, String.raw`pass\sme(?:\sover)?`,
  String.raw`hand\sme(?:\sover)?`, String.raw`escalate(?:\s(?:this|it|me))?`,
]);

const EN_ASK_VERB = anyOf([
  'want', 'wanna', 'need', 'get me', 'give me', 'find me', 'request', 'ask for', 'looking for', 'prefer', "i'd like",
  'i would like', 'bring me', 'send me', 'can i have', 'can i get', 'could i have', 'could i get', 'may i have',
]);

// Calling is about a desk or an agent: "call someone for me" asks the assistant to place a phone call.
const EN_CALL_VERB = String.raw`(?:c(?:a|o)?ll(?:ing|ong)?|phone|ring|dial)`;
const EN_CALLABLE = anyOf([
  'agent', 'operator', 'representative', 'rep', 'supervisor', 'manager', String.raw`(?:real|live|human)\s(?:person|agent)`,
  EN_SUPPORT_DESK,
]);

const EN_DETERMINERS =
  String.raw`(?:(?:a|an|the|some|one\sof\syour|your|ur|ya|one|any|damn|bloody|goddamn|fucking|real|live|actual)\s+){0,3}`;
const EN_HUMAN_KIND =
  String.raw`(?:real|live|actual|human)\s(?:person|human|agent|operator|rep(?:resentative)?|being|one|body)`;
const EN_BOT = '(?:bot|robot|machine|computer|ai|chatbot)';

// Spelled out, these reach the person words of EN_PERSON across a few words: "contact a live agent",
// "speak to one of your representatives", "call your customer service".
const EN_PATTERNS: readonly RegExp[] = [
  pattern(String.raw`${EN_CONTACT_VERB}\s(?:(?:to|with|w|wth|wirh|tosomebody)\s?)?${EN_DETERMINERS}${EN_PERSON}`),
  pattern(String.raw`${EN_ASK_VERB}\s(?:to\s(?:a|an)\s|a\s|an\s|your\s|the\s)?${EN_HUMAN_KIND}`),
  pattern(String.raw`${EN_ASK_VERB}\s(?:a|an|your|the)\s(?:human|person|agent|operator|representative|rep|supervisor|manager)`),
  pattern(String.raw`${EN_CALL_VERB}\s(?:(?:a|an|the|your|ur|ya|damn|bloody|goddamn|fucking)\s+){0,2}${EN_CALLABLE}`),
  pattern(String.raw`transfer\sme|escalate\s(?:this|it|my\s(?:case|complaint|issue|ticket))`),
  pattern(
    String.raw`(?:is\sthere|are\sthere|do\syou\shave|have\syou\sgot)\s(?:a|an|any)\s(?:real\s|live\s|actual\s)?` +
      String.raw`(?:human|person|people|agent|operator|representative|one|body)(?:\s(?:i|we)\scan\s(?:talk|speak|chat))?`,
  ),
  pattern(String.raw`(?:don't|do\snot|dont)\swant\sto\s(?:talk|speak|chat)\s(?:to|with)\s(?:(?:a|an|the|this|your)\s)?${EN_BOT}`),
  pattern(String.raw`(?:${EN_SUPPORT_DESK})\s(?:e-?mail|mail|phone|number|line|hours|contact|chat|available)`),
  pattern(
    String.raw`(?:phone|contact|telephone|free|toll[-\s]free)\s(?:number|no|line|e-?mail|mail)\s(?:to|for)\s` +
      String.raw`(?:\w+\s){0,2}(?:${EN_SUPPORT_DESK})`,
  ),
];

// The whole message is a person word, perhaps with "please" or "now": "Agent please", "HUMAN!!!", "customer service".
const EN_WHOLE_MESSAGE = new RegExp(
  String.raw`^(?:(?:please|pls|plz|hi|hello|hey)\s)?(?:a\s|an\s|the\s)?(?:real\s|live\s|actual\s)?` +
    String.raw`(?:human|humans|person|agent|representative|rep|operator|supervisor|manager|someone|somebody|${EN_SUPPORT_DESK})` +
    String.raw`(?:\s(?:agent|please|pls|plz|now|asap|needed|required))*[\s!.?]*$`,
);

// "I don't want to talk to an agent", "no need for a person": the request is refused, not made. "Am I talking to a
// real person?" asks what Baton is.
const EN_REFUSAL =
  /\b(?:(?:don't|do not|dont|doesn't|no need to|no need for|not necessary to|never mind|without)\s(?:\w+\s){0,2}|(?:am i|are we|is this)\s)$/;

// --- Chinese -------------------------------------------------------------------------------------------------------

const ZH_HUMAN = anyOf([
  '人工客服', '人工服务', '人工坐席', '人工(?!智能|费|成本|湖|合成|降雨|授精|呼吸|种植|养殖|操作|审核|处理|干预|检测|核实|录入)', '真人(?!秀|版)', '客服人员',
  '客服专员', '客服经理', '客服', '在线客服', '售后客服', '工作人员', '服务人员', '专员', '经理', '主管', '负责人',
  '领导', '店长', '掌柜', '老板', '活人',
]);

const ZH_PATTERNS: readonly RegExp[] = [
  /转(?:接)?(?:到)?人工/g,
  /人工客服|人工服务|人工坐席/g,
  // The words between verb and person are bounded ({0,3}) and no two of them can match the same text: an unbounded
  // repeat of overlapping alternatives ("你们的?|你们") backtracks exponentially on "找你们你们你们…x".
  new RegExp(String.raw`(?:找|联系|联络|转|转接|接|要|叫|呼叫|换|打给|拨打|打|求)(?:一?下|一?个|你们的?|贵公司的?){0,3}${ZH_HUMAN}`, 'g'),
  // "跟客服说了" narrates; "跟真人说话", "让你们经理来" ask.
  /(?:跟|和|与)(?:一个|个)?(?:真人|人工|活人)/g,
  /(?:请|让|叫)(?:你们的?|你们)?(?:经理|主管|负责人|领导|店长)/g,
  // "有人在吗" asks for someone; "有没有人用过" asks other customers.
  /(?:有没有|有木有|有无)(?:人工|真人|客服|人(?=在|理|管|回|[?？!！]|$))|(?:人工|真人|客服|有人)(?:在吗|在不在|呢|吗)/g,
  new RegExp(String.raw`(?:客服|人工)(?:电话|热线|邮箱|号码|联系方式|微信|qq)`, 'g'),
  /(?:真人|活人)(?:说话|聊|沟通|对话|交流)/g,
  /不(?:想|要)(?:跟|和|与)?(?:机器人|机器|ai|智能客服)(?:说话|聊|对话)?/g,
];

const ZH_WHOLE_MESSAGE = /^(?:请|麻烦)?(?:人工|人工客服|真人|客服)(?:客服|服务)?(?:谢谢|快点|啊|呀|吧|!|。|？|\?)*$/;

// "不用转人工", "不需要人工": declined.
const ZH_REFUSAL = /(?:不用|不要|不需要|无需|别|没必要)(?:再)?$/;

function pattern(source: string): RegExp {
  return new RegExp(String.raw`\b(?:${source})\b`, 'g');
}

export function detectAgentRequest(text: string, lang: Lang): AgentRequestResult {
  const evidence = lang === 'zh' ? detectChinese(text) : detectEnglish(text);
  return { requested: evidence.length > 0, evidence };
}

function detectEnglish(text: string): string[] {
  const normalized = normalizeEnglish(text);
  if (EN_WHOLE_MESSAGE.test(normalized)) return [normalized.replace(/(?<![\s!.?])[\s!.?]+$/, '')];
  return findMatches(normalized, EN_PATTERNS, (t, index) => EN_REFUSAL.test(t.slice(Math.max(0, index - 40), index)));
}

function detectChinese(text: string): string[] {
  const normalized = normalizeChinese(text);
  if (ZH_WHOLE_MESSAGE.test(normalized)) return [normalized.replace(/(?<![!。？?])[!。？?]+$/, '')];
  const refused = (t: string, index: number): boolean => ZH_REFUSAL.test(t.slice(Math.max(0, index - 4), index));
  const found = findMatches(normalized, ZH_PATTERNS, refused);
  // A Chinese message may still ask in English ("转人工" is common, but so is "agent please").
  return found.length > 0 ? found : detectEnglish(text);
}
