import { foldChinese } from '../../../knowledge/text';
import { learnedAgentRequest, mayDescribeRequest } from './agent-request-learned';
import { lodgedComplaint } from './lodged-complaint';
import { authorityPerson } from './authority-person';
import { personAskedToContact } from './contact-asked';
import { anyOf, bounded, findMatches, normalizeChinese, normalizeEnglish } from './patterns';
import { composedChineseRequest, composedEnglishRequest, ZH_ASK_BEFORE, ZH_IDENTITY, ZH_NARRATED_AFTER, ZH_PRESENCE, ZH_WANTS_TO_ASK } from './person-request';
import { foldEnglishRequestVerbs } from './request-code-switch';
import { fetchedForErrand } from './request-errand';
import { foldRequestHomophones } from './request-homophones';
import { asTyped, respellKeyWords } from './respell';
import { asksWhetherPeopleAnswerChinese, asksWhetherPeopleAnswerEnglish } from './people-answer-question';
import { EN_PERSON_ASKED_TO_ACT, EN_SHOP_PERSON } from './shop-person';
import type { Lang } from '../../../contracts';

/**
 * Explicit requests for a person, now ("talk to a human", "agent please", "转人工", "唔该帮我转真人"). A request needs a
 * person word in a request: after a verb of contacting ("speak to", "put me through to", "找"), after "want / need /
 * get me", asking a person to act ("can a human look at my case", "can someone from support call me back"), or as the
 * whole of a sentence ("Representative!", "stop. human.", "人工！人工！", "客服客服客服").
 *
 * Not requests:
 * - messages that merely mention people ("the delivery agent left it in the rain", "my account manager said",
 *   "human-readable invoice", "客服说明天发货");
 * - refusals ("I don't want to talk to an agent", "不用转人工");
 * - questions about support, which the knowledge base answers: by phone or email, at what hours, or only if needed
 *   ("is there a way to speak to someone on the phone", "what's the customer service number", "人工客服啥时候在线",
 *   "有电话客服吗", "how would I reach a real person if I need to?", "is there a human team I can reach later?"), and how
 *   to reach a person at all ("how do I contact customer service", 怎么转人工: realistic_dev's convention; a person
 *   asked for now still is: "can I talk to customer service", "how do I reach a human right now", 怎么转人工 快点);
 * - questions about the process: how escalation works ("how do I escalate this"), how long it takes ("how long does it
 *   take for a manager to look at an escalated ticket", 升级给经理要等多久).
 * Chinese is matched in simplified characters, Cantonese forms included (唔该, 有冇, 同职员倾).
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
  String.raw`|support\s(?:team|staff|agent|desk|line)|help\s?desk|call\s?cent(?:er|re)|service\s(?:desk|team)` +
  // Help given by people, named as a desk: "human support", "live help".
  String.raw`|(?:human|live|real|personal)\s(?:support|help|assistance)`;

/**
 * Words that make a person real, one after another, with commas or "and" between: "a living, breathing member of staff",
 * "an actual real-life person", "a flesh and blood human".
 */
const EN_REALITY = String.raw`(?:real|live|actual|living|breathing|genuine|flesh[- ]and[- ]blood|real[- ]life|honest[- ]to[- ]god)`;

/**
 * People of the shop by rank or by trade, asked for in a request frame ("put me through to your superior", "speak with
 * a worker of the store", "speak to management", "someone higher up"). Only after a verb of contacting or in
 * "is there … I can talk to": "the worker dropped it" and "a senior discount" name no one to talk to.
 */
const EN_RANKS = anyOf([
  String.raw`seniors?(?!\s(?:citizens?|discounts?|rates?|cards?|pricing|homes?|living|care|centre|center|pass|railcard))`,
  'superiors?', String.raw`higher[- ]ups?`, 'boss', 'bosses', String.raw`team\slead(?:er)?s?`, String.raw`decision[- ]?makers?`,
  'management', String.raw`workers?(?!\s(?:rights|union|visa))`,
  // Indian English names a service agent an executive: "kindly transfer this chat to your executive".
  String.raw`(?:customer\s(?:care|service|support)\s)?executives?`, 'clerks?', String.raw`sales\s?(?:person|people|assistants?|staff)`,
  String.raw`shop\s?(?:assistants?|keepers?|staff)`, String.raw`(?:shop|store)\sowner`,
  String.raw`owner\sof\s(?:the|this|your)\s(?:shop|store|company|business)`,
  // "someone senior", "somebody higher up", "a person with authority", "someone above you".
  String.raw`(?:some\s?one|some\s?body|a\sperson|any\s?one)\s(?:more\s)?(?:senior|higher\sup|above\syou|in\sauthority|with\s(?:the\s|more\s|some\s|real\s)?(?:authority|power|clout))`,
]);

const EN_PERSON = anyOf([
  // Any person noun after "real": "can a real lady or gentleman help me", "a real guy to talk to".
  String.raw`(?:real|live|actual|human|physical)\s(?:person|people|human|agent|operator|rep(?:resentative)?|being|one|body|lady|ladies|gentleman|gentlemen|man|woman|guy|girl|fella)`,
  String.raw`human(?:\s(?:agent|being|operator|representative|rep))?`, 'humans', 'person', 'eprson', 'people',
  'agents?', String.raw`(?<!virtual\s)assis?tg?ants?`, 'operators?', 'representatives?', 'reps?', 'advis[oe]rs?',
  'consultants?', 'specialists?', String.raw`represent\s?atives?`,
  // On a marketplace the shop is "the seller": "can I talk to the seller".
  String.raw`(?:sellers?|vendors?|merchants?)(?!\s(?:account|page|rating|listing|portal|central|fees?|protection|policy|'s))`, 'attendants?', 'associates?', 'supervisors?', 'managers?', 'staff(?: member)?', 'employees?', 'member of staff',
  'team member', 'team', 'colleagues?', String.raw`(?:whoever|someone|somebody|the\sperson)(?:\sis|'s)?\sin\scharge`,
  // "a member of your customer care team", "whoever handles refunds", "the person who deals with returns".
  String.raw`members?\sof\s(?:your\s|the\s)?(?:staff|team|(?:customer\s)?(?:care|service|support|sales)(?:\steam)?)`,
  // "a member of the returns team", "someone in your billing department".
  String.raw`(?:members?\sof|some\s?one\s(?:from|in|on)|some\s?body\s(?:from|in|on))\s(?:your|the|ur)\s[a-z]{3,14}\s(?:team|department|dept|desk)`,
  String.raw`(?:whoever|the\sperson\s(?:who|that)|someone\s(?:who|that)|somebody\s(?:who|that))(?:\sis\s|'s\s|\s)(?:handl(?:es|ing)|deal(?:s|ing)\swith|look(?:s|ing)\safter|manag(?:es|ing)|responsible\sfor|process(?:es|ing)|approv(?:es|ing)|can\s(?:actually\s|really\s)?(?:approve|authori[sz]e|decide|fix|sort|help|resolve|do\ssomething|override|sign\s(?:it\s|this\s)?off|make\s(?:a\s|the\s|real\s)?(?:decisions?|call|exception)))`,
  // "someone who has the authority", "somebody with the power to refund".
  String.raw`(?:someone|somebody|a\sperson)\s(?:who|that)\s(?:has|have)\s(?:the\s|some\s|real\s)?(?:authority|power|clout)`,
  // The shop's people by where they work or what they do: "the actual shop people", "whoever packs it" (shop-person.ts).
  ...EN_SHOP_PERSON,
  EN_RANKS, 'some ?(?:one|body)', 'som(?:e|n)?e?one', 'somenoe', 'somone', 'somebody', 'anyone', 'anybody',
  EN_SUPPORT_DESK,
]);

// Present-tense forms only: "I talked to someone yesterday" narrates, it does not ask.
const EN_CONTACT_VERB = anyOf([
  String.raw`ta[lo]?k(?:k|ing|iing|int|s)?`, 'takling', String.raw`speak(?:ing|ign|s)?`, String.raw`chat(?:ting|s)?`,
  'converse', 'communicate', String.raw`cont?tact(?:ing|s)?`, String.raw`reach(?:ing)?`,
  String.raw`get(?:ting)?\s?in\s?touch\s?with`,
  // "put me in touch with", "could we be put in touch with whoever deals with corporate orders".
  String.raw`(?:put|get)(?:ting)?\s(?:me|us)\sin\s?touch\swith`, String.raw`be\s(?:put|got|gotten)\sin\s?touch\swith`,
  String.raw`hook\s(?:me|us)\sup\swith`,
  String.raw`get(?:ting)?\s(?:hold|through)\s(?:of|to)`, String.raw`connect(?:ing)?(?:\sme)?`,
  // "can you get me to someone senior", "get us through to a manager".
  String.raw`get\s(?:me|us)\s(?:through\s|over\s|across\s)?to`,
  String.raw`transfer(?:ring)?\s(?:me|us)(?:\sto)?`, String.raw`put\s(?:me|us)(?:\sthrough)?`, String.raw`pass\s(?:me|us)(?:\sover|\son)?`,
  String.raw`connect\sus`, String.raw`(?:switch|redirect|direct)\s(?:me|us)(?:\sover)?`,
  // Routed on: "forward me to the support desk", "patch me through to a rep", "send me over to whoever handles payments".
  String.raw`(?:forward|patch|route|refer|move|bump|send|shift|escalate|kick|push)\s(?:me|us)(?:\s(?:through|over|across|along|up|on))?\sto`,
  String.raw`patch\s(?:me|us)\sthrough`,
  String.raw`hand\sme(?:\sover)?`, String.raw`escalate(?:\s(?:this|it|me))?`,
  // "pass this on to someone who can fix it", "hand my case over to a supervisor".
  String.raw`(?:pass|hand|forward|escalate|raise|refer)\s(?:this|it|my\s(?:case|complaint|issue|ticket|query))(?:\s(?:on|over|up))?`,
  String.raw`be\s(?:put\sthrough|transferred|connected|passed(?:\son|\sover)?|handed\sover|switched(?:\sover)?|redirected|forwarded|escalated)(?:\s(?:to|with))?`,
  'deal with', 'have a word with', String.raw`(?:discuss|sort|talk)\s(?:this|that|it)\s(?:through\s|out\s)?with`,
  // "I'd rather explain it to someone who can see the account" (present tense: "I explained it to someone" narrates).
  String.raw`explain(?:ing)?(?:\s(?:this|it|everything|things|the\ssituation|my\s(?:case|situation|problem|issue|order)))?`,
]);

const EN_ASK_VERB = anyOf([
  'want', 'wanna', 'need', 'get me', 'give me', 'find me', 'request', 'ask for', 'looking for', 'prefer', "i'd like",
  'i would like', 'bring me', 'send me', 'can i have', 'can i get', 'could i have', 'could i get', 'may i have',
]);

// Where a person asked to act comes from: "someone from the shop", "a person at your company".
const EN_ORG = String.raw`(?:support|team|staff|shop|store|company|office|business|customer\sservice|customer\ssupport|customer\scare)`;

// Calling is about a desk or an agent: "call someone for me" asks the assistant to place a phone call.
const EN_CALL_VERB = String.raw`(?:c(?:a|o)?ll(?:ing|ong)?|phone|ring|dial)`;
const EN_CALLABLE = anyOf([
  'agent', 'operator', 'representative', 'rep', 'supervisor', 'manager', String.raw`(?:real|live|human)\s(?:person|agent)`,
  EN_SUPPORT_DESK,
]);

// Several of them before the person ("one of your real, live agents"), the words that make a person real joined by a
// comma or "and" ("a genuine, living member of staff").
// A kind word before the person ("may I talk to a nice person", "a friendly human please") describes whom the customer
// hopes for; the request is the same.
const EN_KINDLY = String.raw`(?:nice|kind|friendly|helpful|patient|lovely|proper|normal)`;
const EN_DETERMINERS =
  String.raw`(?:(?:a|an|the|some|one\sof\syour|your|ur|ya|one|any|damn|bloody|goddamn|fucking)\s+|${EN_REALITY}(?:,|\sand)?\s+|${EN_KINDLY}\s+){0,4}`;
const EN_HUMAN_KIND =
  String.raw`(?:(?:${EN_REALITY}|human)(?:,|\sand)?\s){1,3}(?:person|human|agent|operator|rep(?:resentative)?|being|one|body|employee|staff\smember|member\sof\sstaff)`;
const EN_STAFF = String.raw`(?:human|person|agent|colleague|operator|representative|rep|supervisor|manager|employee|staff\smember|member\sof\sstaff|advis[oe]r|specialist|attendant|associate|team\smember|team\s?lead(?:er)?|duty\smanager|floor\smanager|superior|boss|senior(?!\s(?:citizen|discount|rate|card))|higher-up)`;
const EN_BOT = '(?:bot|robot|machine|computer|ai|chatbot)';
/** What a person is asked to be reading: this chat ("reading this", "reading my messages"), not a review or a manual. */
const EN_READING_CHAT =
  String.raw`(?:reading|seeing|getting|receiving)\s(?:this|these|my\s(?:messages?|chats?))(?:\s(?:chats?|messages?|conversations?|thread))?(?=\s?[.!?,;]|\s?$|\s(?:or|right|now|at\sall)\b)`;
// After "call me": being phoned ("call me back", "call me on 07…", "please call me."), not being named ("you can call
// me sarah", "please call me bob from now on").
const EN_PHONED_AFTER =
  String.raw`(?=\s(?:back|please|pls|asap|now|today|tomorrow|on\s\+?[0-9]|at\s\+?[0-9]|about|regarding|urgently|as\ssoon|when\syou|re\b)|\s?[.,!?]|$)`;

/** Who is asked to contact the customer: someone, or one of the shop's people ("one of your people", "your team"). */
const EN_CONTACTER =
  String.raw`(?:(?:some\s?one|some\s?body|a\sperson|a\shuman|a\sreal\sperson)(?:\s(?:from|at|on|in)\s(?:the\s|your\s|ur\s)?(?:shop|store|company|team|support|office|(?:your|ur|the\sother)\s?end|(?:customer\s)?(?:service|care|support)))?|(?:a|an|one\sof\syour|your|ur)\s(?:[a-z]{2,12}\s)?(?:people|team|staff|guys|folks|${EN_STAFF}s?)|a\smember\sof\s(?:your\s)?(?:staff|team))`;
/** Contact with the customer, by any channel: "dm me", "ring me", "get in touch with me", "follow up with us". */
const EN_CONTACT_ME_VERB =
  // A thing sent is no contact: "text me the tracking link", "email me the invoice".
  String.raw`(?:(?:call|ring|phone|contact|reach\sout\sto|get\sin\stouch\swith|get\sback\sto|follow\sup\swith)\s(?:me|us)|(?:dm|pm|message|msg|text|email|e-mail|mail|whatsapp)\s(?:me|us)(?!\s(?:the|a|an|my|your|our|this|that|it|them|its|tracking|confirmation|receipt|invoice|label|link|code|details)\b)|(?:call|ring|phone|text)\smy\s(?:phone|mobile|cell|landline|number|home))\b(?!\s(?:when|once|if|before|after)\b)`;
/** Talk moved elsewhere: "do this", "continue this", "take this". */
const EN_MOVE_TALK = String.raw`(?:do|continue|move|take|discuss|sort|finish|carry\son|handle|deal\swith|talk\sabout)`;
const EN_OTHER_CHANNEL =
  String.raw`(?:over|on|by|to|via)\s(?:the\s|a\s)?(?:phone|telephone|call|phone\scall|e-?mail|video\scall|zoom|teams|whatsapp)`;

// Spelled out, these reach the person words of EN_PERSON across a few words: "contact a live agent",
// "speak to one of your representatives", "call your customer service".
const EN_PATTERNS: readonly RegExp[] = [
  pattern(String.raw`${EN_CONTACT_VERB}\s(?:(?:to|too|with|w|wth|wirh|tosomebody)\s?)?${EN_DETERMINERS}${EN_PERSON}`),
  // The shop's people by their team, named by what it does: "could I be connected to the refunds team", "speak with your
  // returns department", "one of your guys" (the contact verb says they are asked for, not described).
  pattern(
    String.raw`${EN_CONTACT_VERB}\s(?:(?:to|with)\s)?(?:(?:the|your|ur)\s(?:[a-z]{3,14}\s){1,2}(?:team|department|dept|desk|division)|one\sof\s(?:your|ur|the)\s(?:guys|people|folks|lot|team|staff|staffs|colleagues|employees|advis[oe]rs|agents))\b`,
  ),
  // Asked to be passed on, whom to understood: "can I get transferred?", "could I be put through please".
  pattern(String.raw`(?:can|could|may)\si\s(?:please\s)?(?:be|get)\s(?:transferred|put\sthrough|connected|passed\son)(?=\s?[.!?,;]|\s?$|\s(?:please|pls|now|thanks)\b)`),
  pattern(String.raw`${EN_ASK_VERB}\s(?:to\s(?:a|an)\s|a\s|an\s|your\s|the\s)?${EN_HUMAN_KIND}`),
  pattern(String.raw`${EN_ASK_VERB}\s(?:a|an|your|the|one\sof\syour)\s${EN_STAFF}s?`),
  pattern(String.raw`${EN_CALL_VERB}\s(?:(?:me|us)\s)?(?:(?:a|an|the|your|ur|ya|damn|bloody|goddamn|fucking)\s+){0,2}${EN_CALLABLE}`),
  pattern(String.raw`transfer\sme|escalate\s(?:this|it|my\s(?:case|complaint|issue|ticket))`),
  // "is there anyone real I could speak with", "is there somebody human here".
  pattern(String.raw`(?:is|are)\sthere\s(?:anyone|anybody|someone|somebody)\s(?:real|human|actual|live|alive)\b`),
  // Someone to speak with, asked after or wanted: "is there anybody I can actually speak to", "got anyone we could talk
  // with", "I need somebody I can chat to", "anyone here I can talk to?". Whom the customer can talk to is a person, not
  // a page; by phone or at what hours is a question about support (EN_ABOUT_SUPPORT).
  pattern(
    String.raw`(?:(?:is|are)\sthere\s|got\s|any\schance\sof\s|need\s|want\s|find\sme\s|get\sme\s|(?<=(?:^|[.!?,;])\s?)(?:(?:hello|hi|hey|so|ok|okay)\s)?)` +
      String.raw`(?:any\s?one|any\s?body|some\s?one|some\s?body)\s(?:(?:here|there|real|actual|else)\s)?(?:(?:that|who|whom)\s)?(?:i|we)\s(?:can|could|may|might)\s` +
      String.raw`(?:(?:actually|really|just|possibly|please|directly|properly)\s){0,2}(?:speak|talk|chat)\b`,
  ),
  // "is there someone with the authority to refund this", "is there anybody more senior": someone who can decide.
  pattern(
    String.raw`(?:is|are)\sthere\s(?:any\s?one|any\s?body|some\s?one|some\s?body)\s(?:(?:more\s)?senior|higher\sup|in\sauthority|with\s(?:the\s|more\s|some\s|real\s)?(?:authority|power|clout)|` +
      String.raw`(?:who|that)\s(?:has|have)\s(?:the\s|some\s|real\s)?(?:authority|power|clout)|(?:who|that)\scan\s(?:actually\s|really\s)?(?:make\s(?:a\s|the\s)?(?:decisions?|call|exception)|approve|authori[sz]e|override|sign\s(?:it\s|this\s)?off))`,
  ),
  // "can somebody actually read this", "can a person help", "can somebody from support join", "can you hand me over?",
  // "who do I speak to about this".
  pattern(String.raw`(?:can|could)\s(?:someone|somebody|anyone|anybody)\s(?:actually\s|please\s|just\s)?(?:read|look\sat|review)\s(?:this|it|my)\b`),
  // "can a real lady or gentleman help me": people named in a pair, the first one real.
  pattern(String.raw`(?:can|could)\s(?:a\sperson|a\shuman|a\s${EN_REALITY}\s(?:person|human|lady|gentleman|man|woman|guy))(?:\sor\s(?:a\s)?(?:person|human|lady|gentleman|man|woman|guy))?\s(?:please\s|just\s)?(?:help|read|look|check|handle|review|deal)\b`),
  // "could a young person from the shop please help me through my order".
  pattern(String.raw`(?:someone|somebody|a\s(?:[a-z]{3,12}\s)?person|an\sagent)\sfrom\s(?:support|(?:your|the)\s(?:team|shop|store|company)|customer\s(?:service|care|support))\s(?:please\s|just\s|kindly\s)?(?:join|help|look|call|read|step\sin)`),
  // Talked through with someone: "id rather just talk it thru with somebody from your team", "go over this with a person".
  // The customer's own wish (I, we, rather, want, …): "my husband will talk it through with someone at the bank" is not.
  pattern(String.raw`(?<=\b(?:i|we|id|i'd|me|us|rather|prefer|like|want|wanna|need)\b[a-z' ]{0,20})(?:talk|go|run)\s(?:it|this|things|that)\s(?:through|thru|over)\swith\s(?:(?:someone|somebody)\s(?:from|at|in|on)\s(?:your|the|ur)\s(?:team|shop|store|company|support)|a\s(?:real\s|live\s)?(?:person|human)|an\sagent|one\sof\syour\s(?:team|staff|people))\b`),
  pattern(String.raw`(?:can|could|would)\syou\s(?:please\s)?(?:hand|pass|put)\sme\s(?:over|through)\b`),
  pattern(String.raw`who\s(?:do|can|should)\si\s(?:speak|talk)\s(?:to|with)\s(?:about|regarding)\b`),
  // Someone to talk to, wanted or asked after: "anyone to talk to?", "is there somebody to speak with", "I need someone
  // real to chat to".
  pattern(
    String.raw`(?:(?:is|are)\sthere\s|got\s|need\s|want\s|(?<=(?:^|[.!?,;])\s?)(?:(?:hello|hi|hey|so|ok|okay)\s)?)` +
      String.raw`(?:any\s?one|any\s?body|some\s?one|some\s?body)\s(?:(?:here|there|real|actual)\s)?to\s(?:talk|speak|chat)\s(?:to|with)(?=\s?[.!?,;]|\s?$|\s(?:please|pls|now|here|about)\b)`,
  ),
  // A person available, asked after: "is a real person available", "is anyone available to chat", "are any agents free
  // right now". At what hours or on which days is a question about support (EN_ABOUT_SUPPORT).
  pattern(
    String.raw`(?:is|are)\s(?:there\s)?(?:(?:any\s?one|any\s?body|some\s?one|some\s?body)|(?:a|an|any)\s(?:${EN_REALITY}\s){0,2}(?:person|human|humans|people|agents?|reps?|representatives?|staff))\s` +
      String.raw`(?:(?:actually|even|still)\s)?(?:available|free|online)` +
      String.raw`(?=(?:\sto\s(?:chat|talk|speak)(?:\s(?:to|with)\s(?:me|us))?)?(?:\s?[.!?,;]|\s?$|\s(?:please|pls|now|right\snow)\b))`,
  ),
  // Whom to talk with, asked outright ("who can I talk to?", "who else can I speak with here") or set against the bot
  // ("who can I chat with that isn't the bot", "who do I talk to other than a bot"): asks to be connected.
  pattern(
    String.raw`who(?:\selse)?\s(?:do|can|could|should|may)\s(?:i|we)\s(?:actually\s|really\s|even\s)?(?:speak|talk|chat)\s(?:to|with)` +
      String.raw`(?:\s(?:here|then|now|instead))?(?=\s?[.!?,;]|\s?$|\s(?:(?:that|who)(?:'s|\sis|\sare)?\s(?:isn't|is\snot|not|aren't|are\snot)|other\sthan|instead\sof|rather\sthan|apart\sfrom|besides|except)\s(?:(?:a\s|an\s|the\s|this\s|your\s)?${EN_BOT}|you)\b)`,
  ),
  // "can you just get someone from the team", "send someone who can actually help".
  pattern(String.raw`(?:get|find|send|fetch)\s(?:me\s)?(?:someone|somebody|a\sperson|a\shuman|a\sreal\sperson)\s(?:from|who|that|to\s(?:help|look|call|sort|deal))`),
  // "just get me someone", "find me somebody else": the person understood, asked for outright.
  pattern(String.raw`(?:get|find|fetch)\sme\s(?:some\s?one|some\s?body)(?:\s(?:else|real|who\scan\shelp))?(?=\s?[.!?,;]|\s?$|\s(?:please|pls|plz|now|asap|here)\b)`),
  // A transfer to a department by name: "put me through to billing", "hand me over to support", "connect me with the
  // returns team".
  pattern(
    String.raw`(?:put\s(?:me|us)\sthrough|hand\s(?:me|us)\sover|pass\s(?:me|us)(?:\sover|\son|\salong)?|connect\s(?:me|us)|send\s(?:me|us)\s(?:through|over|across)|` +
      String.raw`(?:forward|route|transfer|switch|redirect|refer|move|shift)\s(?:me|us)(?:\sover|\sacross|\son)?|patch\s(?:me|us)\sthrough)\s(?:to|with)\s(?:the\s|your\s|ur\s)?` +
      String.raw`(?:billing|accounts?|returns|refunds?|sales|support|complaints|payments|delivery|shipping|orders|tech(?:nical)?(?:\ssupport)?|(?:right|correct|relevant)\s(?:team|department|dept|person)|[a-z]{3,12}\s(?:department|dept|team|desk))`,
  ),
  pattern(
    String.raw`(?:is\sthere|are\sthere|do\syou\shave|have\syou\sgot)\s(?:a|an|any)\s(?:real\s|live\s|actual\s)?` +
      String.raw`(?:humans?|person|people|agents?|operators?|representatives?|one|body)(?!\s(?:size|sized|hair|resources|rights|chart|body|reviews?|checks?|inspections?|approvals?|verification|element|error|in\sthe\sloop|involved\sin))(?!\s(?:[a-z]{2,10}\s)?(?:options?|features?|buttons?|settings?|mode|function)\b)(?:\s(?:i|we)\scan\s(?:talk|speak|chat))?`,
  ),
  // "Is there an account manager I could speak with", "do you have a specialist we can talk to": a person asked after,
  // to speak with now (by phone or at what hours is a question about support: EN_ABOUT_SUPPORT).
  pattern(
    String.raw`(?:is\sthere|are\sthere|do\syou\shave|have\syou\sgot)\s(?:a|an|any|some)\s(?:[a-z-]{1,14}\s){0,2}${EN_STAFF}s?\s` +
      String.raw`(?:(?:that|who|whom)\s)?(?:i|we)\s(?:can|could|may|might)\s(?:speak|talk|chat|deal|discuss)`,
  ),
  // "is anyone actually there?", "hello, is anybody there", "heyyy is a real person reading this?": checking that a
  // person is on the other end, as 有人吗 does. Not "is anyone there on weekends" (EN_ABOUT_SUPPORT), "is someone there
  // to sign for it" (someone: anyone), nor "is anyone reading the reviews" (what is read is the chat: EN_READING_CHAT).
  pattern(
    String.raw`(?:^|[.!?,;]\s?)(?:(?:hello|hi|hey|um|so|ok|okay|sorry|excuse\sme)\s)?(?:is|are)\s(?:there\s)?(?:any\s?one|any\s?body|some\s?one|some\s?body|an?\s(?:${EN_REALITY}(?:,|\sand)?\s){0,3}(?:person|human(?:\sbeing)?|soul|being))\s` +
      String.raw`(?:actually\s|even\s|really\s|real\s|still\s)?(?:there|here|around|listening|on\sthe\sother\send|out\sthere|awake|alive|${EN_READING_CHAT})(?!\s(?:to|at|on|for)\b)`,
  ),
  // "is this being read by a real person", "are my messages even read by a human", "does a real person read these?".
  pattern(
    String.raw`(?:is|are)\s(?:this|these|my\smessages?|this\s(?:chat|conversation))\s(?:even\s|actually\s|ever\s|really\s)?(?:being\s)?(?:read|seen)\sby\s` +
      String.raw`(?:a|an|any)\s(?:${EN_REALITY}\s){0,2}(?:person|human(?:\sbeing)?|people|humans|one|body)`,
  ),
  pattern(
    String.raw`(?:does|do)\s(?:any\s?one|any\s?body|(?:a|an|any)\s(?:${EN_REALITY}\s){1,2}(?:person|human|people|humans))\s` +
      String.raw`(?:actually\s|even\s|ever\s|really\s)?(?:read|see)\s(?:this|these|my\smessages?)(?:\s(?:chats?|messages?|conversations?))?(?=\s?[.!?,;]|\s?$|\sor\b)`,
  ),
  pattern(String.raw`(?:don't|do\snot|dont)\swant\sto\s(?:talk|speak|chat)\s(?:to|with)\s(?:(?:a|an|the|this|your)\s)?${EN_BOT}`),
  // A person asked to act: "can a human look at my case", "can someone from support call me back".
  pattern(
    String.raw`(?:can|could|would|may)\s(?:a|an|one\sof\syour|your|some\s?one|some\s?body)\s?(?:${EN_REALITY}(?:,|\sand)?\s){0,2}` +
      String.raw`(?:${EN_STAFF}s?\s|(?:from|in|at|on)\s(?:your\s|the\s)?${EN_ORG}\s)?` +
      String.raw`(?:please\s|be\sable\sto\s|actually\s|really\s|just\s)?(?:look\s(?:at|into)|check|review|handle|deal\swith|call|ring|phone|contact|get\sback|(?:ping|message|text|e-?mail|dm|reach\sout\sto|get\sin\stouch\swith)\s(?:me|us)(?!\s(?:the|a|an|my|your|it|them|this|that|back\sthe)\b)|take\sover|sort|step\sin|jump\sin|intervene|take\sa\slook|give\s(?:me|us)\sa\s(?:ring|call|bell)|(?:answer|reply\sto|respond\sto|write\sto)\s(?:me|us)|(?:reply|respond)\sto\smy\s(?:e-?mails?|messages?|complaint|ticket))`,
  ),
  pattern(String.raw`(?:call|ring|phone)\sme\sback|(?:${EN_ASK_VERB}|arrange|schedule|book)\s(?:a\s)?call\s?back|have\s(?:some\s?one|some\s?body|a\sperson|an\sagent|(?:a|an|your|one\sof\syour)\s${EN_STAFF})\s(?:call|contact|email|ring|phone|text|ping|message|dm|get\sback\sto)\sme`),
  // "I'd appreciate a call from one of your advisors".
  pattern(String.raw`call(?:\s?back)?\sfrom\s(?:one\sof\syour\s|your\s|a\s|an\s|the\s)(?:${EN_STAFF}s?|${EN_ORG}|team|side|end)`),
  // Indian English: "kindly revert with a callback", "please arrange a call" (not "a call when it ships").
  pattern(String.raw`(?:revert|respond|reply|get\sback)\s(?:back\s)?(?:to\sme\s)?with\sa\s(?:call\s?back|phone\scall|call)|(?:arrange|schedule|book|set\sup)\s(?:a\s)?(?:phone\s)?call(?:\s?back)?(?!\s(?:when|once|if|before|after|with\s(?:the|my)))`),
  // Served by a person, wanted: "I'd like to be helped by a person", "can I be dealt with by a human".
  pattern(
    String.raw`be\s(?:helped|served|assisted|attended\sto|looked\safter|handled|dealt\swith)\sby\s(?:a|an|some|one\sof\syour|your)\s(?:${EN_REALITY}\s){0,2}` +
      String.raw`(?:person|human(?:\sbeing)?|agent|representative|rep|staff\smember|member\sof\s(?:staff|the\steam)|employee|one|body)\b`,
  ),
  // The case sent up to a person: "please escalate to tier 2", "flag this for someone to review". Wanting a complaint
  // escalated ("I want it escalated") is answered by the article on how escalation goes.
  pattern(
    String.raw`escalate(?:\s(?:this|it))?\sto\s(?:tier|level|line)\s?(?:2|3|two|three)|` +
      String.raw`flag\s(?:this|it|my\s(?:case|order|issue|ticket))\sfor\s(?:some\s?one|some\s?body|a\sperson|a\shuman|(?:a|an|your|the)\s${EN_STAFF})`,
  ),
  // The team asked to contact the customer: "I'd like the team to contact me", "have your support team ring us".
  pattern(String.raw`(?:like|want|need|get|have|ask)\s(?:the|your|ur)\s(?:[a-z]{2,12}\s)?team\sto\s(?:contact|call|ring|phone|email|e-mail|text|message|reach)\s(?:me|us)\b`),
  // "I'd like to be contacted by your team".
  pattern(String.raw`${EN_ASK_VERB}\sto\sbe\s(?:contacted|called|phoned|rung|emailed)\sby\s(?:your|a|an|the|one\sof\syour|some\s?one|some\s?body)\b`),
  // "get me someone from customer care", "put a human on", "need human help".
  pattern(String.raw`${EN_ASK_VERB}\s(?:some\s?one|some\s?body|a\sperson)\s(?:from|in|at)\s(?:your\s|the\s)?(?:${EN_ORG}|${EN_SUPPORT_DESK})`),
  // An ask whose object is one of the shop's people, or an action only a person does to the customer (shop-person.ts).
  ...EN_PERSON_ASKED_TO_ACT.map(pattern),
  // Pinyin typed for 转人工 / 人工客服 when the keyboard is not switched: "zhuanrengong", "ren gong ke fu".
  pattern(String.raw`(?:zhuan\s?)?ren\s?gong(?:\s?(?:ke\s?fu|fu\s?wu))?|zhen\s?ren\s?ke\s?fu|zhuan\s?zhen\s?ren`),
  pattern(String.raw`(?:put|get)\s(?:a|an|some\s?one|some\s?body)\s(?:real\s|live\s)?(?:human|person|agent|one|body)?\s?on(?:\sthe\s(?:line|phone|chat))?`),
  pattern(String.raw`${EN_ASK_VERB}\s(?:some\s)?(?:human|real|live|personal)\s(?:help|assistance|support)`),
  pattern(String.raw`(?:get|find|bring|fetch)\s(?:me\s)?(?:a|an|your)\s(?:real\s|live\s|actual\s)?${EN_STAFF}`),
  // Asking to be phoned is asking for a person: "can someone give me a call", "could one of your team ring me",
  // "please call me back", "call me asap on 07…". Not "will you call me when it ships" (EN_ABOUT_PROCESS).
  pattern(
    String.raw`(?<!(?:what|how)\s)(?:can|could|would|please|pls|plz)\s(?:you\s|u\s|ya\s|guys\s|some\s?one\s|some\s?body\s|one\sof\syour\s[a-z]{1,12}\s|your\s[a-z]{1,12}\s|an?\s[a-z]{1,12}\s){0,2}(?:please\s)?` +
      String.raw`(?:give\s(?:me|us)\sa\s(?:call|ring|bell|buzz|phone\scall)|(?:call|ring|phone)\s(?:me|us)${EN_PHONED_AFTER})`,
  ),
  pattern(String.raw`(?:^|[.!?,;]\s?)(?:please\s)?(?:give\s(?:me|us)\sa\s(?:call|ring|bell)|(?:call|ring|phone)\s(?:me|us)\s(?:back|please|pls|asap|now|today|urgently|(?:on|at)\s\+?[0-9]{2,}))`),
  // "I'd like someone to call me", "can I get a call back" (not "a call when it ships": a notification).
  pattern(String.raw`(?:want|like|need|get|have)\s(?:some\s?one|some\s?body|a\sperson|an?\s(?:agent|rep|representative|manager|supervisor)|one\sof\syour\s[a-z]{1,12})\s(?:to\s)?(?:call|ring|phone|contact|email)\s(?:me|us)`),
  pattern(String.raw`(?:can|could|may)\si\s(?:get|have)\s(?:a\s)?(?:phone\s)?(?:call|ring)(?:\s?back)?(?!\s(?:when|once|if|before|after|about\swhen))`),
  // Arranging a person: "have someone look into it", "can you get somebody to sort this out", "send a manager to
  // check". Not the customer's own arrangements ("I'll get someone to pick it up").
  pattern(
    String.raw`(?:^|please\s|pls\s|can\syou\s|could\syou\s|would\syou\s|just\s|[.!?,;]\s?)(?:have|get|send|assign|find)\s` +
      String.raw`(?:some\s?one|some\s?body|a\sperson|a\shuman|a\sreal\sperson|an?\s(?:agent|rep|representative|manager|supervisor|specialist)|one\sof\syour\s[a-z]{1,12}|a\smember\sof\s(?:your\s)?staff)\s` +
      String.raw`(?:to\s)?(?:look|check(?!\sout)|sort|fix|deal|handle|review|help|call|contact|investigate|take\sa\slook|go\sover|email|ring|phone|get\sback)\b`,
  ),
  // One of the shop's people asked to contact the customer, by any channel: "can someone dm me", "would it be possible for
  // one of your people to call me", "send someone to get in touch with me", "someone needs to ring me about this". Not
  // "will someone call me when it ships" (EN_ABOUT_PROCESS), nor the customer's own ("my husband will call you").
  pattern(
    String.raw`(?:(?:can|could|would|may|please|pls|plz|for|send|get|have|need|want|like|ask|let|arrange\sfor)\s|(?:^|[.!?,;]\s?))${EN_CONTACTER}\s` +
      String.raw`(?:(?:please|just|pls|directly|personally|quickly|to|needs?\sto|has\sto|should|must)\s){0,2}${EN_CONTACT_ME_VERB}`,
  ),
  // The talk moved to another channel with a person: "can we do this over the phone with someone", "continue this with
  // an agent by phone", "take this to email with one of your staff".
  pattern(
    String.raw`${EN_MOVE_TALK}\s(?:this|it|that|things)\s(?:${EN_OTHER_CHANNEL}\swith\s${EN_DETERMINERS}${EN_PERSON}|with\s${EN_DETERMINERS}${EN_PERSON}\s${EN_OTHER_CHANNEL})`,
  ),
  // A person of rank brought in: "bring in your boss", "loop in a supervisor", "put your team leader on".
  pattern(
    String.raw`(?:bring|get|call|loop|pull|rope)\s(?:in\s(?:a|an|your|the|one\sof\syour)\s(?:[a-z]{3,12}\s)?${EN_STAFF}|(?:a|an|your|the)\s${EN_STAFF}\sin)\b|put\s(?:your|a|an|the)\s${EN_STAFF}\son\b(?!\s(?:the\s)?(?:list|hold|notice))`,
  ),
  // The shop's people addressed together and asked to act: "need one of you to sort my order", "can one of you look at
  // this"; checked for: "anyone from the company actually reading this?".
  pattern(
    String.raw`(?:need|want|like|get|can|could|would|may)\s(?:one\sof\syou(?:\sguys)?|one\sof\syour\s(?:team|staff|people|guys|lot|folks))\s(?:to\s)?(?:please\s|just\s|actually\s)?(?:sort|look|check|help|fix|handle|deal|call|ring|contact|take|review|get\sback)\b`,
  ),
  pattern(
    String.raw`(?:^|[.!?,;]\s?)(?:(?:is|are)\s)?(?:any\s?one|any\s?body|some\s?one|some\s?body)\s(?:from|at|in)\s(?:the\s|your\s)?(?:company|shop|store|team|staff|support|customer\s(?:service|support|care))\s` +
      String.raw`(?:actually\s|even\s|really\s)?(?:reading\sthis|there|here|around|listening|awake|online|seeing\sthis)(?=\s?[.!?,;]|\s?$)`,
  ),
  // Someone at work now who can act: "is there anyone working today who can look at my return".
  pattern(
    String.raw`(?:is|are)\sthere\s(?:any\s?one|any\s?body|some\s?one|some\s?body|any\sstaff|a\sperson)\s(?:working|on\sduty|in(?:\sthe\soffice)?)\s(?:(?:today|now|right\snow|at\sthe\smoment)\s)?(?:who|that)\s(?:can|could)\b`,
  ),
  // Passed on, whom to understood: "patch me through please", "can you patch us through".
  pattern(String.raw`patch\s(?:me|us)\sthrough(?=\s?[.!?,;]|\s?$|\s(?:please|pls|now|thanks)\b)`),
  // Contact asked for as a favour: "I'd appreciate it if someone from your end could email me back".
  pattern(String.raw`(?:appreciate\s(?:it\s)?|grateful\s|great\s|nice\s|helpful\s)if\s${EN_CONTACTER}\s(?:could|would|can)\s(?:please\s|just\s)?${EN_CONTACT_ME_VERB}`),
  // A call with a person, wanted: "can we hop on a call with one of your team", "switch to a phone call with a rep", "I'd
  // rather phone someone about this than type".
  pattern(
    String.raw`(?:hop|jump|get|switch|move)\s(?:on|onto|to|over\sto)\s(?:a\s)?(?:quick\s)?(?:phone\s|video\s)?call\swith\s${EN_DETERMINERS}${EN_PERSON}|` +
      String.raw`(?:rather|prefer\sto|like\sto|want\sto|wanna)\s(?:phone|call|ring)\s(?:some\s?one|some\s?body|a\sperson|an?\s(?:agent|rep|representative|human))\b`,
  ),
  // A person of the shop on the line: "get your manager on the phone", "put a supervisor on the line".
  pattern(String.raw`(?:get|put)\s(?:your|a|an|the)\s${EN_STAFF}s?\son\s(?:the\s)?(?:phone|line|call|chat)\b`),
  // A call with one of the shop's people, asked after: "is a quick call with a rep possible", "any chance of a call with
  // your manager" (not "I had a call with a rep").
  pattern(
    String.raw`(?:^|[.!?,;]\s?|is\s|any\schance\sof\s|can\s(?:i|we)\s(?:have|get|arrange|book)\s|(?:want|like|need)\s)(?:a\s)?(?:quick\s|short\s)?(?:phone\s|video\s)?call\swith\s(?:a|an|one\sof\syour|your|some\s?one|some\s?body)\s(?:real\s)?` +
      String.raw`(?:${EN_STAFF}s?|some\s?one|some\s?body)\b(?!\s(?:yesterday|earlier|last))`,
  ),
  // Sent up a level: "bump me up to the next level of support", "move this up to tier two".
  pattern(String.raw`(?:bump|move|kick|escalate|push)\s(?:me|us|this|it|my\s(?:case|ticket))\sup\sto\s(?:the\s|a\s)?(?:next|higher|second|2nd|third|3rd|senior)\s(?:level|tier|line)`),
  // Someone by rank, asked for as the whole of a sentence: "someone in charge please", "somebody senior now".
  pattern(
    String.raw`(?:^|[.!?,;]\s?)(?:some\s?one|some\s?body|the\sperson|whoever(?:'s|\sis)?)\s(?:in\scharge|(?:more\s)?senior|higher\sup)\s(?:please|pls|plz|now|asap)\b`,
  ),
  // Whether a person will ever answer: "is a real person ever going to answer me??", "is anyone going to reply".
  pattern(
    String.raw`(?:is|are)\s(?:(?:a|an)\s(?:${EN_REALITY}\s){0,2}(?:person|human|agent)|any\s?one|any\s?body|some\s?one|some\s?body)\s(?:ever\s|even\s|actually\s)?(?:going\sto|gonna)\s(?:answer|reply\sto|respond\sto|help|get\sback\sto)\s(?:me|us)\b`,
  ),
  // Romanised Cantonese (Yale, jyutping) and pinyin for 真人 / 人工 after a verb that asks: "wan jan yan", "yao zhenren".
  pattern(String.raw`(?:zhuan|zhao|yao|wan|wun|jyun|zyun)\s?(?:zhen\s?ren|jan\s?yan|zan\s?jan|yan\s?gung|jan\s?gung)`),
];

/**
 * A sentence made only of the words a request for a person is made of, up to eight of them, in any order: who (a person
 * word), the asking ("want", "get", "can", "talk to"), presence ("is there", "around", "online"), the bot set aside
 * ("no more bot", "robot no"), politeness and greetings. "Agent please", "HUMAN!!!", "stop. human.", "agent agent agent",
 * "live chat w/ a person?", "rg", "your staff", "anyone human around?", "robot no. human yes.", "real rep pls". With
 * nothing else said, such a sentence can only ask for the person it names; read as a whole, it needs no pattern per word
 * order. A person word that may be anyone ("someone", "team") asks only with words that ask ("someone please"): "hi
 * team", "thanks team" and "anyone there?" greet; a greeting naming a person ("hi staff") asks only when nothing else is
 * said; a person refused ("no human", "no need for an agent") is not asked for; "you a human?" asks what Baton is.
 */
const EN_SENTENCE_WORDS = new Set([
  // Politeness, greetings and fillers.
  'please', 'pls', 'plz', 'hi', 'hello', 'hey', 'yo', 'oi', 'now', 'asap', 'needed', 'required', 'right', 'immediately',
  'urgently', 'quick', 'quickly', 'then', 'ok', 'okay', 'fine', 'so', 'well', 'sorry', 'thanks', 'thank', 'you', 'just',
  'only', 'yes', 'yeah', 'again', 'seriously', 'mate', 'guys', 'sir', 'madam', 'stop',
  // The asking.
  'want', 'wanna', 'need', 'get', 'give', 'gimme', 'find', 'bring', 'fetch', 'prefer', 'would', "i'd", "i'll", 'wait',
  'can', 'could', 'may', 'chat', 'with', 'to', 'talk', 'speak', 'me', 'i', 'us', 'for', 'a', 'an', 'the', 'some',
  'one', 'of', 'your', 'ur',
  // Presence.
  'is', 'are', 'there', 'around', 'here', 'online', 'available', 'awake', 'alive', 'any',
  // The bot set aside.
  'no', 'not', 'more', 'enough', 'done', 'this', 'bot', 'bots', 'robot', 'robots', 'machine', 'ai', 'chatbot',
  // Who: people of the shop, and what makes them real.
  'real', 'live', 'actual', 'proper', 'genuine', 'human', 'humans', 'person', 'people', 'agent', 'agents',
  'representative', 'representatives', 'rep', 'reps', 'operator', 'operators', 'supervisor', 'supervisors', 'manager',
  'managers', 'staff', 'member', 'team', 'colleague', 'employee', 'advisor', 'adviser', 'specialist', 'cs', 'csr',
  'someone', 'somebody', 'anyone', 'anybody', 'being', 'beings', 'rg', 'handoff', 'handover',
  // Romanised 真人 / 人工: pinyin "zhenren", "ren gong", Cantonese "jan yan", "zan jan", "yan gung".
  'jan', 'yan', 'zan', 'gung', 'zhen', 'ren', 'gong', 'zhenren', 'rengong', 'kefu', 'ke', 'fu',
]);
/** A person word that names one of the shop's people by itself. */
const EN_SENTENCE_PERSON =
  /\b(?:(?:real|live|actual|proper|genuine)\speople|(?:someone|somebody|anyone|anybody)\s(?:real|live|human)|(?:real|live|actual|proper|genuine)\s(?:someone|somebody)|human|humans|person|agents?|representatives?|reps?|operators?|supervisors?|managers?|staff|cs|csr|rg|zhen ?ren|ren ?gong|jan yan|zan jan|yan gung|jan gung)\b/;
/** A person word that may be anyone: asked for only with words that ask ("someone please", "need somebody"). */
const EN_SENTENCE_ANYONE = /\b(?:someone|somebody|anyone|anybody|team|member of staff|colleague|employee|advis[oe]r|specialist)\b/;
/** A greeting, and the words a greeting may name its reader with ("hi staff", "hello there, agent"). */
const EN_SENTENCE_GREETING: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'yo', 'oi', 'morning', 'dear']);
/** Named in a greeting, these are no one to be put through to: "hi team", "hey guys", "hello you", "hello anyone". */
const EN_SENTENCE_NOT_A_PERSON: ReadonlySet<string> = new Set([
  'a', 'the', 'you', 'team', 'guys', 'colleague', 'someone', 'somebody', 'anyone', 'anybody',
]);
const EN_SENTENCE_NAMED: ReadonlySet<string> = new Set([
  'a', 'the', 'you', 'human', 'humans', 'person', 'people', 'agent', 'agents', 'staff', 'team', 'rep', 'representative', 'operator',
  'supervisor', 'manager', 'colleague', 'someone', 'somebody', 'anyone', 'anybody', 'guys',
]);
/** Words that ask, not only check that someone is there. */
const EN_SENTENCE_ASK_VERB = /\b(?:want|wanna|need|get|give|gimme|find|bring|fetch|prefer|wait|talk|speak|chat|please|pls|plz|asap)\b/;
/** A greeting or a call for attention, which says nothing else: "hi", "hello", "hey there", "excuse me". */
const EN_SENTENCE_OPENER = /^(?:(?:hi|hello|hey|yo|oi|ok|okay|so|sorry|excuse me|um|hm+|there)\s?){1,3}$/;
const EN_SENTENCE_REFUSED =
  /\b(?:no|not|never)\s(?:need\s(?:for\s|of\s)?)?(?:a\s|an\s|any\s|the\s|more\s)?(?:real\s|live\s|actual\s)?(?:human|humans|person|people|agents?|reps?|representatives?|operators?|someone|somebody|anyone|anybody|staff|managers?|supervisors?|team)\b/;
const EN_SENTENCE_DESK = new RegExp(
  String.raw`^(?:(?:please|pls|plz|hi|hello|hey)\s)?(?:${EN_SUPPORT_DESK})(?:\s(?:rep|representative|agent|person|team|staff))?(?:\s(?:please|pls|plz|now|asap))*$`,
);
/**
 * A hand-over asked for in a word, with the person understood: "escalate me", "transfer pls", "please escalate",
 * "handoff to human", "escalate this now". Only as the whole sentence: "can I transfer my gift card" and "escalate to
 * whom?" say more.
 */
const EN_HANDOVER_ALONE = new RegExp(
  String.raw`^(?:(?:please|pls|plz|just|ok|okay|now|so|hi|hello|hey|kindly|can\syou|could\syou)\s){0,3}(?:escalate|transfer|hand\s?off|hand\s?over)` +
    String.raw`(?:\s(?:me|us|this|it|my\s(?:case|chat|ticket|issue|query|complaint)|please|pls|plz|now|asap|already|then|thanks|` +
    String.raw`(?:to|2)\s(?:a\s|an\s)?(?:real\s|live\s)?(?:human|person|agent|someone|somebody|staff|support|supervisor|manager|rep|representative|operator))){0,4}$`,
);

// "I don't want to talk to an agent", "no need for a person": the request is refused, not made. "Am I talking to a
// real person?" asks what Baton is.
const EN_REFUSAL =
  /\b(?:(?:don't|do not|dont|doesn't|no need to|no need for|not necessary to|never mind|without)\s(?:\w+\s){0,2}|(?:am i|are we|is this|are you)\s)$/;
/**
 * Contact told, not asked: "the driver was talking to staff next door", "I had to deal with workers on site" (the verb's
 * progressive past, or a chore); "I have to talk to a manager" still asks.
 */
const EN_TOLD_BEFORE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:was|were)\s(?:just\s|only\s|already\s|still\s)?$/, /^(?:talking|speaking|chatting|dealing|explaining)\b/],
  [/\b(?:have|has|had)\sto\s$/, /^deal\swith\b/],
  // "I had a chat with customer service last week", "we've had a word with your manager".
  [/\b(?:had|'ve\shad|have\shad|'d\shad)\s(?:a\s)?(?:[a-z]{3,10}\s)?$/, /^(?:chat|word|talk|conversation|call)\b/],
];

/**
 * The person matched is the subject of what they did or were: "your chat agent yesterday was a real star", "the live
 * agent sorted it in minutes", "the customer service rep on the phone said…" (told, not asked; "the agent that can
 * help me, please" asks).
 */
const EN_PERSON_NARRATED =
  /^(?:[a-z]{2,14}\s){0,2}?(?:agents?|reps?|representatives?|advis[oe]rs?|person|people|staff|lady|guy|man|woman|human|team|service|support)\s(?:(?:yesterday|earlier|today|this\smorning|last\s(?:week|night|time|month)|on\sthe\sphone|on\s(?:the\s)?chat|i\s(?:spoke|talked|chatted)\s(?:to|with))\s)?(?:was|were|said|told|helped|sorted|fixed|gave|promised|explained|solved|resolved|answered|replied|called|rang|emailed)\b/;

/**
 * A thing sent, not a person: "can someone email me the invoice", "could somebody send me a copy of my receipt", "text me
 * the tracking number". The contact verb carries a document the shop sends; the customer wants the document.
 */
const EN_THING_SENT =
  /^(?:[a-z']{1,10}\s){0,4}?(?:e-?mail|text|send|message|dm|whatsapp|forward)\s(?:me|us)\s(?:over\s|across\s|through\s)?(?:a\s|an\s|the\s|my\s|our\s|your\s)?(?:(?:copy|pdf|scan|photo|picture|version|link)\s(?:of|to)\s(?:the\s|my\s|our\s|a\s)?)?(?:[a-z-]{2,12}\s)?(?:invoices?|receipts?|labels?|tracking|codes?|links?|confirmations?|details|vouchers?|gift\scards?|order\snumbers?|instructions|forms?|size\sguide|catalogues?|brochures?|quotes?|quotation|statements?|certificates?|warranty|manuals?|reset\slink|pdf)\b/;

/** A match the words before it refuse ("don't want to talk to an agent") or tell as something that happened. */
function refusedOrTold(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (EN_REFUSAL.test(before)) return true;
  const from = text.slice(index, index + 12);
  // A match may open on the space before its words.
  const at = text.charAt(index) === ' ' ? index + 1 : index;
  if (EN_THING_SENT.test(text.slice(at, at + 100))) return true;
  if (EN_PERSON_NARRATED.test(text.slice(at, at + 80)) && /\b(?:the|your|ur|that|this|my|our)\s(?:[a-z]{2,14}\s)?$/.test(text.slice(Math.max(0, at - 40), at))) return true;
  return EN_TOLD_BEFORE.some(([told, verb]) => told.test(before) && verb.test(from));
}

// Questions about support the knowledge base answers (by phone or email, at what hours or on a later day, if ever
// needed; calling the desk is a phone number to give; a phone line, a contact form, a chat option in the app); a request
// made now ("right now", "asap") is still a request. Opening times, not
// anything opening ("a café I'm opening").
const EN_ABOUT_SUPPORT =
  /\b(?:on the phone|phone ?lines?|contact (?:form|page|details|info|information|us page)|tomorrow|next (?:week|month|time)|help ?lines?|hot ?lines?|(?:is there|are there|do you (?:have|offer)|have you got|do u have|you got) (?:a |an |any )?(?:(?:live|online|phone|telephone|web|whatsapp|human|direct|dedicated|separate|customer|support|help|contact) ){0,3}(?:chat|chats|number|e-?mail|option|form|app|channel|portal|service)(?: (?:option|line|feature|function|with|for|on|in)\b|\s?[?.!]|$)|by phone|over the phone|phone number|telephone|number for|number to|number (?:i|we) (?:can|could|should) (?:call|ring|phone|dial|use)|e-?mail|a mail|hours|what time|when (?:is|are|can|do|will)|opening (?:times|days)|open on|available on|weekends?|at night|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:evenings?|mornings?|nights?)|in the evenings?|on (?:bank |public )?holidays|if (?:i|we) (?:need|ever|have)|if (?:i'm|i am|we're|we are) ever|(?:no|not an?) (?:issue|problem) (?:right )?now|what (?:phone )?number|in case|in the future|not right now|later on|(?:call|phone|ring) (?:the |your |ur )?(?:customer|support|help|service|call)|(?<!what )(?:do i (?:have|need) to|should i)|if (?:the |this |your )?(?:chat ?bot|bot|assistant|ai|you|it) (?:can't|cannot|can not|doesn't|does not|couldn't|isn't able|is unable|won't|is not able))\b|\blater\s?[?.!]?$/;
// "will someone call me when the courier arrives": how a delivery or a return goes, not a request.
/** Which languages the people speak is a question about support: "do your agents speak French". */
const EN_SUPPORT_LANGUAGE =
  /\b(?:do|does|can|could)\s(?:(?:your|the|any|you\shave)\s)?(?:[a-z]+\s){0,2}(?:agents?|staff|reps?|representatives?|people|team|support|service|care|advis[oe]rs?|operators?|humans?|someone|anyone)\s(?:speak|speaks|talk\sin|understand)\s(?:french|spanish|german|italian|portuguese|dutch|polish|chinese|mandarin|cantonese|english|arabic|hindi|urdu|japanese|korean|russian|turkish|welsh|irish)\b/;
/**
 * Asking how to reach a person or support, not to be put through now: "how do I contact customer service", "how can I
 * get hold of a real person", "what's the best way to reach your team", "what do I need to do to speak to someone",
 * "how do I request a callback", "who do I talk to about wholesale". The knowledge base answers these (the article on
 * talking to a person says to type "agent"), as it answers "is there a way to speak to someone on the phone" and
 * 怎么联系客服 (realistic_dev's convention). A person asked for now is still a request: in a clause of its own ("I want
 * to speak with support, how can I do it?"), or with the moment said ("how do I reach a human right now").
 */
const EN_REACH_VERB =
  String.raw`(?:contact(?:ing)?|reach(?:ing)?|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|e-?mail(?:ing)?|messag(?:e|ing)|writ(?:e|ing)\sto|` +
  String.raw`get(?:ting)?\s(?:a\s)?hold\sof|get(?:ting)?\sin\s?touch\swith|get(?:ting)?\sthrough\sto|` +
  String.raw`(?:get(?:ting)?|be(?:ing)?)\s(?:transferred|connected|put\sthrough|passed\son|escalated|forwarded|hooked\sup)|` +
  String.raw`(?:talk(?:ing)?|speak(?:ing)?|chat(?:ting)?)\s(?:to|with|2)|transfer(?:ring)?\sto|connect(?:ing)?\s(?:to|with)|escalat(?:e|ing)\sto|` +
  String.raw`request(?:ing)?|ask(?:ing)?\sfor|find(?:ing)?|access(?:ing)?|get(?:ting)?\s(?:some\s?one|some\s?body|any\s?one|any\s?body)|` +
  String.raw`get(?:ting)?\s(?:a|an|some|the|one\sof\syour|your)\s(?:[a-z]{2,14}\s){0,2}(?:human|person|agent|rep|representative|operator|call\s?back|supervisor|manager|member|staff|advis[oe]r|specialist|expert|colleague|team))`;
const EN_HOW_TO_REACH = new RegExp(
  bounded(
    // "how do I contact…", "how can we reach…", "how to talk with…", "I don't know how I can speak to…", "where do I find…".
    String.raw`\b(?:how|where)\s(?:(?:do|can|could|would|should|will|might|may|does|did)\s(?:i|we|you|u|one|a\scustomer|customers)\s|(?:i|we)\s(?:can|could|should|would)\s|to\s|is\sit\spossible\sto\s)` +
      String.raw`(?:(?:go\sabout|best|actually|even|ever|then|possibly|quickly|easily|directly|still|normally|usually)\s)?(?:be\sable\sto\s)?${EN_REACH_VERB}\b|` +
      // "what's the best way to reach…", "what is the process for speaking to a manager", "which number do I call to…".
      String.raw`\b(?:what(?:'s|\sis|\sare|\swould\sbe)?|which\sis|which\sare)\s(?:the\s|your\s)?(?:(?:best|quickest|easiest|fastest|right|proper|usual|normal|simplest)\s)?` +
      String.raw`(?:way|ways|number|email|e-mail|address|method|option|options|process|procedure|channel|route|steps?)\s(?:to|for|of)\s(?:(?:get|getting)\s)?${EN_REACH_VERB}\b|` +
      // "what do I need to do to speak to customer support", "what I have to do to contact someone".
      String.raw`\bwhat\s(?:do\s|should\s|would\s)?(?:i|we)\s(?:have|need|got)\sto\sdo\s(?:to|so\s(?:i|we)\scan)\s${EN_REACH_VERB}\b|` +
      // "what do I do if I want to speak to a person about a return".
      String.raw`\bwhat\s(?:do|should|can|would)\s(?:i|we)\sdo\sif\s(?:i|we)\s(?:want|need|wish|would\slike|'d\slike)\sto\s${EN_REACH_VERB}\b|` +
      // "who do I talk to about wholesale" (whom, for a kind of matter; "about this" or "about my refund" asks, below).
      String.raw`\bwho\s(?:do|can|could|should|would)\s(?:i|we)\s(?:(?:talk|speak|chat)\s(?:to|with)|contact|reach|call|email|ask)\s(?:about|regarding|for|re)\s(?!(?:this|that|it|these|those|my|our|me|us|the\s(?:problem|issue|mess|order))\b)`,
  ),
);
/** The moment said, which makes a question how to reach someone a request for one now. */
const EN_REACH_NOW = /\b(?:now|right away|straight away|asap|immediately|urgently|this minute|at once)\b/;
const EN_NOT_NOW = /\b(?:not|if not|for|no (?:issue|problem|rush)|not an? (?:issue|problem)) (?:right )?now\b/g;

/**
 * A question's frame just before the request the patterns found, whatever words or typos they found it in: "how do I
 * | conttact customer service", "how to | taok to an agent", "i dont know how to | get in touchwith customer support".
 */
const EN_HOW_FRAME_BEFORE = new RegExp(
  String.raw`\b(?:(?:how|where)\s(?:(?:do|can|could|would|should|will|might|may|does|did)\s(?:i|we|you|u|one|a\scustomer|customers)\s|(?:i|we)\s(?:can|could|should|would)\s|to\s|is\sit\spossible\sto\s)|` +
    String.raw`what(?:'s|\sis)\s(?:the\s)?(?:best\s|quickest\s|easiest\s)?way\sto\s|what\s(?:do\s|should\s)?(?:i|we)\s(?:have|need)\sto\sdo\sto\s)` +
    String.raw`(?:(?:go\sabout|best|actually|even|ever|then|possibly|quickly|easily|directly|still|normally|usually)\s)?(?:be\sable\sto\s)?$`,
);

/** Whether every clause holding the words found asks how to reach a person (EN_HOW_TO_REACH), with no moment said. */
function insideHowToReachQuestion(found: string, normalized: string): boolean {
  if (EN_REACH_NOW.test(normalized.replace(EN_NOT_NOW, ''))) return false;
  const holding = normalized.split(/[.!?;,]|\s(?:but|and|so)\s/).filter((c) => c.includes(found));
  return holding.length > 0 && holding.every((c) => EN_HOW_TO_REACH.test(c) || EN_HOW_FRAME_BEFORE.test(c.slice(0, c.indexOf(found))));
}

/** Whether the message asks how to reach a person somewhere, with no moment said: the learned reading stays out. */
function asksHowToReach(normalized: string): boolean {
  return EN_HOW_TO_REACH.test(normalized) && !EN_REACH_NOW.test(normalized.replace(EN_NOT_NOW, ''));
}

const EN_ABOUT_PROCESS = /\bwill (?:some ?one|some ?body|a person|an agent|you|they) (?:[a-z]{1,12} ){1,3}(?:when|once|before|after|if)\b/;
// A person asked to contact the customer, by phone or email, is a request whatever channel it names.
// Talking with the customer or attending to them is contact too: "could somebody chat with me here, typing on the phone is hard".
const EN_CONTACT_ME = /\b(?:call|ring|phone|contact|email|text|dm|pm|message|whatsapp|get back to|reach|reach out to|get in touch with|follow up with)\s(?:me|us)\b|\b(?:drop|send|shoot) (?:me|us) (?:an? |a quick )?(?:e-?mail|message|text|line|dm)\b|\b(?:get|put) (?:(?:your|a|an|the) [a-z ]{2,20}|some ?one|some ?body) on the (?:phone|line)\b|\b(?:call|ring|phone|text|message) my (?:[a-z]{2,8} )?(?:phone|mobile|cell|landline|number|line)\b|\b(?:call|ring|phone|text) my (?:phone|mobile|cell|landline|number|home)\b|\b(?:hop|jump|get|switch|move) (?:on|onto|to|over to) (?:a )?(?:quick )?(?:phone |video )?call with\b|\b(?:rather|prefer to|like to|want to|wanna) (?:phone|call|ring) (?:some ?one|some ?body|a person|an agent|a rep)\b|\b(?:do|continue|move|take|discuss|sort|finish|carry on|handle|deal with|talk about) (?:this|it|that|things) (?:(?:over|on|by|to|via) (?:the |a )?(?:phone|telephone|call|phone call|e-?mail|video call)\b|with [a-z ]{1,30} (?:over|on|by|via) (?:the |a )?(?:phone|call|e-?mail)\b)|\b(?:help|assist|speak to|talk to|talk with|speak with) (?:me|us) (?:by|over|on)(?: the)? (?:tele)?phone\b|\b(?:can|could|may) i (?:please )?(?:speak|talk) (?:to|with) [a-z ]{1,40} on the (?:tele)?phone\b|\b(?:pick up|answer) (?:the|a) (?:phone|call)\b|\bcall\s?back\b|\bcontacted by\b|\b(?:reply|respond|write) to (?:me|us|my (?:e-?mails?|messages?))\b|\b(?:(?:chat|talk|speak) (?:with|to)|attend to) (?:me|us)\b/;
// "Am I talking to a real person?", "are you a bot or a live person": asks what Baton is.
const EN_ASKS_WHAT_BATON_IS = /\b(?:am i|are we) (?:talking|speaking|chatting) (?:to|with)\b|\b(?:are you|is this) (?:a |an )?(?:bot|robot|human|real|live|person|machine|ai)\b/;
/**
 * "are you a real person? if not can I speak to one", "r u human? get me one please": an identity question names a
 * person, and "one" asked for after it stands for that person. Only "one" alone ("find me one", "talk to a real one"),
 * not "one of the blue mugs", "one more question", "one in red" (things the customer wants).
 */
const EN_IDENTITY_NAMES_PERSON =
  /\b(?:are you|r u|is this|am i (?:talking|speaking|chatting) (?:to|with)) (?:an? )?(?:(?:real|live|actual|living) )?(?:person|human|human being|real|agent|someone real)\b/;
const EN_ONE_ASKED_FOR: readonly RegExp[] = [
  pattern(
    String.raw`(?:(?:find|get|give|bring|fetch|send)\s(?:me|us)|(?:talk|speak|chat)\s(?:to|with)|(?:connect|transfer|put|pass|hand)\s(?:me|us)\s(?:through\s|over\s|on\s)?(?:to|with)|` +
      String.raw`(?:i|we)\s(?:want|need|would\slike|'d\slike|prefer)|(?:can|could|may)\s(?:i|we)\s(?:have|get|speak\sto|talk\sto)|(?:is|are)\sthere)\s` +
      String.raw`(?:a\sreal\s|an\sactual\s|a\slive\s|a\shuman\s)?one(?=\s?[.!?,;]|\s?$|\s(?:please|pls|now|then|instead|asap|right\snow|who|here|available|(?:i|we)\s(?:can|could))\b)`,
  ),
];

/**
 * Asking how escalation works is a question the escalation article answers ("how do I escalate this, the first reply
 * was useless"): the steps, not a transfer now. "escalate this please" still asks.
 */
const EN_HOW_TO_ESCALATE =
  /\b(?:how|where) (?:do|can|could|should|would|will) (?:i|we|you) (?:go about |best )?escalat(?:e|ing)\b|\bhow (?:does|do) (?:escalation|escalating) work\b|\b(?:is there|are there|what's|what is) (?:a|any|the) (?:way|process|procedure|option) (?:to|for|of) escalat(?:e|ing)\b|\b(?:what are|what's|what is|what would be) (?:the|my) (?:next )?(?:steps?|options?|process) (?:to|for) escalat(?:e|ing)\b|\b(?:can|could) (?:i|we|my \w+) (?:be )?escalat(?:e|ed)\b/;
const EN_NOW = /\b(?:right now|now please|asap|immediately|urgently)\b/;
/**
 * A person a delivery needs, not one asked for: "does the courier need a real person to sign for it", "someone has to
 * be home to receive it". What follows the words says what the person is for.
 */
/** A person doing what a delivery asks of them, not asked for: "can a human sign for the parcel", "someone has to collect it". */
const EN_DELIVERY_ACT =
  /\b(?:human|person|someone|somebody|anyone|anybody|adult|neighbou?r)\s(?:else\s)?(?:(?:has|needs?|have)\sto\s|must\s|can\s)?(?:sign|receive|accept|collect)\s(?:for|it|them|the)\b/;
const EN_DELIVERY_PERSON_AFTER = /^\s(?:to (?:sign(?! off)|receive|accept|collect|take (?:it|them|the (?:parcel|package|delivery)) in|be (?:home|there|present|in|around))|(?:sign|signs|signing) for)\b/;

// --- Chinese -------------------------------------------------------------------------------------------------------

const ZH_PERSON_WORDS = [
  '人工客服', '人工服务', '人工坐席', '真人客服', '真人(?!秀|版)', '客服人员', '客服专员', '客服经理', '客服', '在线客服', '售后客服',
  '工作人员', '服务人员', '职员', '员工', '同仁', '专员', '专人', '经理', '主管', '负责人', '领导', '店长', '掌柜', '老板', '活人',
  // Ranks of a support floor: 组长 (team lead), 主任, 督导 (supervisor).
  '组长', '主任', '督导',
  // Taiwan usage: the seller (店家), a shop assistant (店员), the clerk handling a case (承办人员), a sales rep (业务).
  '店家', '店员', '承办人员', '承办人', '业务员', '业务(?=$|[，,。！？!?\\s])',
];
// "人工" alone is a person only where no other reading fits: not "人工智能", "人工费", "人工审核".
const ZH_HUMAN = anyOf([
  ...ZH_PERSON_WORDS,
  '人工(?!智能|费|成本|湖|合成|降雨|授精|呼吸|种植|养殖|操作|审核|处理|干预|检测|核实|录入)',
]);

const ZH_PATTERNS: readonly RegExp[] = [
  /转(?:接)?(?:到|给)?(?:人工|真人|活人)/g,
  // 转人 (人工 shortened) asked outright, the clause ending there or on a particle (Cantonese 喇 folds to 了): "直接帮我转人
  // 喇", "我要转人"; not a transfer told as done (已经帮我转人了, 刚才转人了), nor 转人民币, 转人家, 转人手 (the next
  // character makes another word).
  /(?<!(?:已经|已|刚才|刚刚|上次|之前|早就|早已)[^，]{0,4})转(?:个|一个)?人(?=$|，|[啦喇吧呀啊嘛咯喔哦啰了先喂~]{1,3}(?:$|，))/g,
  // A transfer to a department: "麻烦转接售后", "帮我转财务", "转到相关部门".
  /(?:转接|转给|转到|转介|转去|转过去|帮我转|转一下|帮我接|接一下|帮我接一下)(?:我)?(?:去|到|给)?(?:你们的?)?(?:(?:售后|财务|技术|投诉|相关|对应|负责的?)(?:部门|部|组|客服|人员|同事)?|(?:退货|退款|物流|配送|客户服务|会员)(?:部门|部|组))/g,
  /人工客服|人工服务|人工坐席/g,
  // The words between verb and person are bounded ({0,3}) and no two of them can match the same text: an unbounded
  // repeat of overlapping alternatives ("你们的?|你们") backtracks exponentially on "找你们你们你们…x".
  new RegExp(String.raw`(?:找|搵|揾|联系|联络|转|转接|接|要|叫|呼叫|换|打给|拨打|打|求|帮我转|帮我找)(?:一?下|一?个|你们的?|贵公司的?){0,3}${ZH_HUMAN}`, 'g'),
  // After "找" or "接" (Cantonese "搵", simplified "揾"), "人工" is a person whatever follows ("我要找人工处理").
  /(?:找|搵|揾|接)(?:一?下|一?个)?人工(?!智能|费|成本)/g,
  // "跟客服说了" narrates; "跟真人说话", "我要跟你们经理说", "我想同职员倾" ask.
  /(?:跟|和|与|同)(?:一个|个)?(?:真人|人工|活人)/g,
  new RegExp(
    String.raw`(?:要|想|让我|请|能不能|能否|可否|能|可以|可不可以|可唔可以|我要|我想|希望|需要)(?:跟|和|与|同)(?:你们的?|你们)?(?:${ZH_PERSON_WORDS.join('|')})` +
      String.raw`(?:说|谈|聊|讲|沟通|对话|反映|倾)(?!了|过)`,
    'g',
  ),
  /(?:请|让|叫)(?:你们的?|你们)?(?:经理|主管|负责人|领导|店长|组长|主任|督导|上司|值班经理)/g,
  // A person asked to answer the customer by some channel: "可以请专人用email回复我吗", "让客服联系我".
  /(?:请|让|叫|安排)(?:你们的?)?(?:专人|专员|客服|工作人员|人员|同事|同仁|人工|售后|财务|技术)[^，。！？]{0,10}(?:回复|联系|回电|联络|跟进)我/g,
  /(?:请|让|叫)(?:你们的?|你们)?(?:人工|真人|客服人员|客服)(?:来|过来)/g,
  // "有人在吗" asks for someone; "有没有人用过" asks other customers.
  /(?:有没有|有木有|有无|有冇)(?:人工|真人|客服|人(?=在|理(?!解|由|论|想|财)|管|回(?!收|来|去|国|家|头|忆|扣|款)|[?？!！呀啊]|$))|(?:人工|真人|客服|有人)(?:在吗|在不在|呢|吗)/g,
  /(?:真人|活人)(?:说话|聊|沟通|对话|交流|倾)/g,
  // "有真人可以帮忙吗", "有人能处理一下吗": a person who can help, asked for ("有人说可以退" narrates).
  /有(?:人工|真人|客服|人)(?:可以|能|能够)(?:帮|处理|跟进|回复|接|聊)/g,
  /(?:不|别)(?:想|要|用|让)(?:跟|和|与|同)?(?:机器人|机械人|机器|ai|智能客服|自动回复(?!邮件|短信|设置|功能))(?:说话|聊|对话|回|回复|回答|讲|倾)?/g,
  // "给我个真人", Cantonese "俾个真人我" (give me a real person; 俾 folds to 给).
  /(?:(?:俾|畀)(?:我)?(?:个|一个)?|给(?:我(?:个|一个)?|个|一个))(?:真人|人工(?!智能|费|成本)|活人)/g,
  // Talking by voice, wanted: "我想语音沟通", "能不能跟你们视频通话". A person speaks; a page does not.
  /(?:想|要|希望|能不能|可不可以|可唔可以|能否)(?:直接)?(?:跟你们|和你们|同你们|跟人|和人|同人)?(?:用)?(?:语音|视频)(?:沟通|通话|聊|说|讲|交流|倾)/g,
  // The bot has failed to understand: "机器人听不懂", Cantonese "机械人听唔明" (folded 听不明).
  /(?:机器人|机械人|智能客服|ai客服|机器)(?:根本|完全|都|又|还是)?(?:听不懂|听不明|看不懂|不明白|不明|不懂|答非所问|帮不了|帮不到|解决不了)/g,
  // The shop's people asked to contact the customer: "你们的人能不能联系我一下", "客服可以回电给我吗", "请你们打来" (the phone
  // understood). A modal or a plea asks; "客服联系我了" tells.
  /(?:你们(?:那边)?的?人|你们(?:那边)?的?(?:客服|同事|工作人员|员工|专员|店员)|你们|你哋|有没有人|有冇人|有人|谁)(?:能|可以|能不能|可不可以|可唔可以|能否|尽快|麻烦|请|快点|直接)(?:不能)?(?:尽快|直接)?(?:联系|联络|回复|致电|回电(?:话)?|回个?电话|打(?:个)?电话|打来|打过来|打(?:给|俾|畀)|覆|私信|加)(?:给|俾|畀)?我?(?!了|过)/g,
  /(?:请|让|叫|麻烦)(?:你们|你哋|客服|专人|专员|工作人员)(?:的人)?(?:直接|尽快)?(?:打来|打过来|回电|回个?电话)(?!了|过)/g,
  // The talk moved to the phone with a person: "能不能换成电话跟人工聊", "能改用電話跟客服聊嗎".
  /(?:换成|改成|改用|换用|转成|转用|改打|用|打|能不能|可不可以|可以|能否|想|要)(?:打)?(?:电话|语音|视频)(?:跟|和|同|与)(?:人工|真人|客服|你们|专人|专员|工作人员|人)(?:的人)?(?:聊|说|讲|沟通|谈|倾|联系)/g,
  // A person there now, reading or online: "有真人在线吗", "你们有员工在看吗", Taiwan's 在線上 (folded 在在线).
  /有(?:人工|真人|客服|员工|工作人员|职员|活人|人)(?:客服)?在(?:在)?(?:线上?|看|听|处理)(?=吗|么|嘛|不|没|[?？]|$)/g,
  // Asked for in English inside Chinese: "想找个staff帮我处理", "帮我转个agent", "找个real person".
  /(?:找|搵|揾|要|转|接|叫|联系|换)(?:一?下|一?个|位)?(?:你们的?)?(?:real\s?person|staff|agent|human|person|customer\s?service|cs|manager|supervisor|rep)(?![a-z])/g,
  // The seller asked for: "我想找卖家聊聊", "联系商家处理" (a marketplace names the shop so).
  /(?:找|联系|联络|转)(?:一?下)?(?:卖家|商家)(?:聊|谈|说|沟通|处理)|(?:想|要)(?:跟|和|同|与)(?:卖家|商家)(?:聊|谈|说|沟通)/g,
  // Arranging a person: "请安排人工处理", "安排客服跟进", "安排个人跟进" (not "安排人上门取件", a pickup).
  /安排(?:一下)?(?:个|一个|一位|位)?(?:人工(?!智能|费|成本)|专人|客服|真人|同事|工作人员|人员(?=处理|跟进|联系|联络|回电|跟我|和我|同我|与我)|售后|人(?=处理|跟进|联系我|回电|看看|看一下|核实|解决|帮我|对接))/g,
  // A person to talk with by voice, asked for by what they can do: "有没有能说话的人", "找个可以讲电话的人", Cantonese
  // "有冇可以倾电话嘅人" (folded 有没有可以倾电话的人). A person, not a channel: "有电话客服吗" asks after the phone line.
  /(?:有没有|有木有|有无|找|揾|要|想要|换|给我|来)(?:一?个|一位|位)?(?:能|可以|能够|会|肯)(?:直接)?(?:跟我|和我|同我|与我)?(?:说话|讲话|聊天|聊|通话|讲电话|打电话|听电话|接电话|语音通话|语音|倾偈|倾电话|倾|沟通|对话|交流)的(?:真人|人工|客服|同事|工作人员|人)/g,
  // Someone who is not the bot: "找个不是机器人的", "我想跟不是机器人的聊", Cantonese "唔系机械人嘅" (folded 不是机械人的).
  /(?:找|揾|要|换|转|跟|和|同|与|让|叫|有没有|有木有|来|给我)(?:一?个|一位|位)?(?:不是|非)(?:机器人|机械人|机器|ai|bot|自动回复)的/g,
  // Someone more senior, fetched: "我要找你们上级", "叫你上司来", "帮我转更高层的人", "给我换个级别高点的". Only fetched ("可以搵上级吗"
  // after a complaint asks how it goes further: the escalation article), or as yours ("找你们上级").
  /(?:我要|我想|想|要|帮我|给我|请|麻烦|叫|让|转给|转到|转|换)(?:找|接|联系|转|叫)?(?:一?下|一?个|一位)?(?:你们的?|你的?|贵公司的?)?(?:上级|上司|更高层|高层|级别更?高一?点?的|更高级别的|资深一?点?的)(?:的)?(?:人|同事|领导|客服|主管)?|(?:找|联系|叫)(?:一?下)?(?:你们的?|你的?|贵公司的?)(?:上级|上司|高层)/g,
  // A more senior agent sought: "找个资深一点的客服", "有没有更高级别的客服" (a person named after the rank; "可以搵上级吗" after
  // a complaint asks how it goes further).
  /(?:找|揾|搵|有没有|有冇|有无|有木有)(?:一?个|一位)?(?:你们的?)?(?:更?资深一?点?的?|级别更?高一?点?的|更高级别的?|更高层的?)(?:人|同事|客服|主管|专员|经理)/g,
  // Taiwan's 窗口, the contact person: "我要找你们的窗口", "请给我联络窗口" (not 窗口 as a window: only fetched).
  /(?:找|联系|联络|转|转给|转到|给我)(?:一下)?(?:你们的?|贵公司的?)?(?:对接|联络|联系|专属|负责的?|业务)?窗口/g,
  // Someone sent to deal with it: "请派人处理", "麻烦派个人跟进" (not 派人上门取件, a pickup).
  /派(?:个|一个)?(?:专)?人(?:来|过来)?(?:处理|跟进|联系我|联络我|解决|看看|看一下|帮我|协助|回电)/g,
  // "叫人来", "找个人来处理", "换个人", Cantonese "搵返个人嚟" (folded 找返个人来: find me a person back).
  /(?:叫|找|搵|揾|换|来)(?:返|回|翻)?(?:个|一个)?(?:真)?人(?=来|过来|处理|跟我|和我|同我|吧|啊|啦|$|[!！。，,?？])/g,
];

// A message that is only person words, particles and punctuation: "人工", "人工！人工！", "客服客服客服", "rg",
// "唔该转人工".
// The staff named by their desk ("客服人员", "工作人员", "服务人员") stand alone as 人工 does.
const ZH_SENTENCE_FILLER =
  /人工客服|人工服务|真人客服|客服人员|客服专员|工作人员|服务人员|人工|真人|客服|请|麻烦|谢谢|快点|唔该|要|转|[啊呀吧呢哈!！。？?,，~～\s]|rg/g;
const ZH_SENTENCE_PERSON = /人工|真人|客服|工作人员|服务人员|rg/;

// "不用转人工", "不需要人工": declined.
const ZH_REFUSAL = /(?:不用|不要|不需要|不需|无需|别|没必要|不必|唔使|唔驶|唔洗|唔需要)(?:再)?$/;
// Questions about support: by phone or email, at what hours or on which days ("人工客服啥时候在线", "有电话客服吗",
// "过年期间有客服吗"). A transfer asked
// for outright ("转人工", "叫人来", "我要跟经理说") stays a request whatever else the message says.
// Days and hours in Taiwan and Hong Kong usage too ("假日有客服人員嗎", "幾點返工", "你哋星期日有冇客服"), and what a person is compared with the bot
// ("人工客服同機械人有咩分別": a question about the service, not a person asked for).
const ZH_ABOUT_SUPPORT = /line|whatsapp|telegram|messenger|英文|英语|中文|粤语|国语|普通话|广东话|日语|电话|热线|邮箱|号码|联系方式|微信|qq|时候|几点|时间|晚上|周末|(?:周|星期|礼拜)[一二三四五六日天]|工作日|平时|节假日|假日|假期|连假|平日|白天|早上|上午|中午|下午|半夜|凌晨|放假|过年|春节|国庆|期间|上班|下班|返工|放工|开工|收工|在线时间|营业|区别|分别|差别|差异|有什么不同/;
const ZH_HOW_LONG = /多久|多长时间|多少时间|要等几天|几时(?:会|才|能)/;
const ZH_TRANSFER = /转|接|叫|让|机器人|说|讲|聊|谈|倾|沟通|要|找|安排/;
// A person asked to call back or follow up is a request, not a question about the phone line: "请专员回电",
// "可以请客服人员打电话给我吗", "请你们的人打来".
const ZH_CALL_BACK = /(?:人|你们|你哋)(?:直接)?(?:打来|打过来)|回电|回个?电话|(?:覆|复)电|听电话|(?:给|打)我(?:打)?(?:个)?电话|打电话给我|打给我|联系我|覆我|回复我|联络我|跟进|电话(?:给|俾|畀)我|接电话/;

/**
 * The moment said: "马上", "立刻", "现在就", "赶紧", "快点". A question how to reach a person (ZH_CHANNEL_QUESTION) said with
 * it asks for one now ("怎么转人工 快点").
 */
const ZH_NOW = /马上|立刻|立即|现在就|赶紧|赶快|快点|快啲|急/;

/**
 * A clause that asks whether there is a way to reach a person, or where to find one: "有没有电话可以直接和人说话" (is there
 * a phone line), "有什么办法可以跟真人聊", "人工客服在哪找", "哪里可以转人工". The knowledge base answers those with the
 * channels and hours, as it answers "is there a way to speak to someone on the phone" (Cantonese 喺邊度搵 folds to
 * 在哪里度找), and how to be put through ("怎么转人工", 點樣轉真人 folded 怎么转真人: the article on reaching a person says to
 * type 人工), as it answers "how do I contact customer service". A person asked for outright in
 * another clause ("人工客服在哪找 快帮我转人工") still asks, and so does a person asked to phone ("有没有电话可以打给我").
 * A bare "客服在哪" (where are you, support?) asks for one: it names no finding.
 */
const ZH_CHANNEL_QUESTION =
  /(?:怎么|怎样|如何|咋|点样|怎么样)(?:才能|才可以|可以|能|去|样)?(?:联系|联络|找到|找(?!不)|接通|打给|转(?:接|到|给|去)?(?=人工|真人|活人|客服)|(?:跟|和|同|与)(?=人工|真人|活人|客服))|(?:有没有|有冇|有无|有木有|是否有|有什么|有啥|有哪些|有其他|有别的)(?:个|一个|什么|别的|其他)?(?:的)?(?:电话|热线|号码|渠道|方式|办法|方法|途径|入口|地方|app|微信|邮箱|按钮|选项|链接)|在哪(?:里|儿)?度?(?:可以|能|才能|能够)?(?:找|联系|转|进|打开|点|接通)|(?:哪里|哪儿|什么地方|何处)(?:可以|能|才能|能够|有)?(?:找|联系|转|进|打开|点|接通)/;

/** A whole-word match, not the first half of a compound ("human-readable", "human readable", "human error"). */
function pattern(source: string): RegExp {
  return new RegExp(bounded(String.raw`\b(?:${source})\b(?!-\w|\s(?:readable|error|resources|rights|hair|grade|nature|anatomy|trafficking)\b)`), 'g');
}

export function detectAgentRequest(text: string, lang: Lang): AgentRequestResult {
  const rules = lang === 'zh' ? detectChinese(text) : detectEnglish(text);
  // Someone asked for by the power they hold ("someone who can override this", 有没有能做主的), when no person word asked.
  const asked = rules.length > 0 ? rules : authorityPerson(lang === 'en' ? normalizeEnglish(text) : '', lang === 'zh' ? normalizeChinese(text) : '');
  // A complaint lodged against the shop now ("我要投诉你们") asks for someone who answers for it.
  const evidence = [...asked, ...lodgedComplaint(text, lang).filter((c) => !asked.includes(c))];
  if (evidence.length === 0) evidence.push(...describedRequest(text, lang));
  return { requested: evidence.length > 0, evidence };
}

/**
 * A request in words no rule knows (agent-request-learned.ts), read only when the rules found none and the message
 * does not ask about support: the same readings that set a found request aside (hours, phone lines, how to escalate,
 * whether people answer at all) keep the model out, unless the customer asks to be contacted.
 */
function describedRequest(text: string, lang: Lang): string[] {
  // The model's own gates first: most messages name no one, and then the support readings need not run.
  if (!mayDescribeRequest(text, lang)) return [];
  // A transfer the customer declined ("唔使转人 我自己睇下"): the rules read it and set it aside; the model is not asked again.
  if (lang === 'zh' && ZH_DECLINED_TRANSFER.test(foldChinese(text.normalize('NFKC')))) return [];
  if (lang === 'zh' ? asksAboutSupportChinese(text) : asksAboutSupportEnglish(text)) return [];
  // "退货可以请人来收吗": someone fetched to collect or fit goods (request-errand.ts), not to take the talk over.
  if (lang === 'zh' && foldChinese(text.normalize('NFKC')).split(/[，,。！？!?；;\s]+/).some(fetchedForErrand)) return [];
  const words = learnedAgentRequest(text, lang);
  return words.length > 0 ? [`${words.join(' · ')} (described)`] : [];
}

const ZH_DECLINED_TRANSFER = /(?:不用|不要|不需要|无需|别|没必要|不必|唔使|唔驶|唔洗)(?:再)?(?:帮我)?(?:转|接)(?:接)?(?:到|给)?(?:个)?(?:人|真人|人工|客服)/;

// Complaints and escalations are read by their own rules (lodged-complaint.ts, EN_HOW_TO_ESCALATE), not described.
const EN_COMPLAINT_OR_ESCALATION = /\b(?:complain\w{0,4}|complaints?|escalat\w{1,5})\b/;
const ZH_COMPLAINT_OR_ESCALATION = /投诉|升级/;

function asksAboutSupportEnglish(text: string): boolean {
  const normalized = normalizeEnglish(text);
  const sentences = normalized.split(/[.!?;]/).map((s) => s.trim()).filter(Boolean);
  return (
    (asksAboutSupport(normalized) && !EN_CONTACT_ME.test(normalized)) ||
    EN_ABOUT_PROCESS.test(normalized) || EN_HOW_TO_ESCALATE.test(normalized) || EN_ASKS_WHAT_BATON_IS.test(normalized) || asksHowToReach(normalized) ||
    (sentences.length > 0 && sentences.every(asksWhetherPeopleAnswerEnglish)) || EN_COMPLAINT_OR_ESCALATION.test(normalized)
  );
}

function asksAboutSupportChinese(text: string): boolean {
  // Folded to simplified: the support readings are written in it (電話 is 电话).
  const normalized = foldRequestHomophones(foldChinese(text.normalize('NFKC')).toLowerCase());
  const contact = ZH_CALL_BACK.test(normalized) || ZH_PHONE_ME.test(normalized);
  return (
    (ZH_ABOUT_SUPPORT.test(normalized) && !contact) || ZH_HOW_LONG.test(normalized) ||
    (ZH_CHANNEL_QUESTION.test(normalized) && !contact) || asksWhetherPeopleAnswerChinese(normalized, normalized) ||
    // What Baton is ("你係咪機械人嚟㗎"), and complaints and escalations, whose own rules read them (lodged-complaint.ts):
    // "投訴咗都冇人理 可以搵上級嗎" asks how a complaint goes further.
    normalized.split(/[，,。！？!?；;\s]+/).some((c) => ZH_IDENTITY.test(c)) || ZH_COMPLAINT_OR_ESCALATION.test(normalized)
  );
}

function detectEnglish(text: string): string[] {
  // "conect me to a agent", "hooman pls": read through one typo, shown as typed.
  const respelled = respellKeyWords(normalizeEnglish(text));
  return [...new Set(readEnglish(respelled.text).map((found) => asTyped(found, respelled)))];
}

const EN_PRESENCE = /^(?:[.!?,;]\s?)?(?:(?:hello|hi|hey|um|so|ok|okay|sorry|excuse\sme)\s)?(?:is|are)\s(?:there\s)?(?:any\s?one|any\s?body|some\s?one|some\s?body)\s(?:actually\s|even\s|really\s|still\s)?(?:there|here|around|awake|alive)$/;
const EN_WANTS_TO_ASK =
  /\b(?:quick question|(?:i|we) (?:just )?(?:want|wanted|need|needed|would like|'d like|have|had) (?:to (?:ask|know|check|find out)|a (?:quick )?question)|i've got a (?:quick )?question|can i ask|(?:i'm|i am|was) wondering)\b/;

function readEnglish(normalized: string): string[] {
  const sentences = normalized.split(/[.!?;,]|\s-\s/).map((s) => s.trim()).filter(Boolean);
  const whole = EN_ASKS_WHAT_BATON_IS.test(normalized) ? [] : sentences.filter((s) => personSentence(s) === 'asks');
  // A greeting naming a person ("hi staff", "hello human") asks for one when nothing else is said, and opens a question
  // of its own otherwise ("hi staff, love the new website"), as "hello?" and 在吗 do.
  const presence = whole.length === 0 && !EN_ASKS_WHAT_BATON_IS.test(normalized) ? sentences.filter((s) => personSentence(s) === 'presence') : [];
  if (presence.length > 0 && sentences.every((s) => personSentence(s) !== null || EN_SENTENCE_OPENER.test(s))) return presence;
  if (whole.length > 0) return [...new Set(whole)];
  const matched = [...findMatches(normalized, EN_PATTERNS, refusedOrTold), ...anyoneAfterTheOneWanted(normalized)];
  const framed = matched.length > 0 ? matched : composedEnglishRequest(normalized);
  const composed = framed.length > 0 ? framed : personAskedToContact(normalized);
  const read = composed.length > 0 ? composed : personAskedForAsOne(normalized);
  const found = read.filter(
    (f) => !insidePeopleAnswerQuestion(f, normalized) && !insideHowToReachQuestion(f, normalized) && !neededForDelivery(f, normalized) && !EN_DELIVERY_ACT.test(f),
  );
  if (found.length === 0 || EN_ABOUT_PROCESS.test(normalized) || EN_SUPPORT_LANGUAGE.test(normalized)) return [];
  // "is anyone there, quick question how long do refunds take": the check that someone is there opens a question the
  // customer says they want to ask, as "hello?" and 在吗 do.
  if (EN_WANTS_TO_ASK.test(normalized) && found.every((f) => EN_PRESENCE.test(f))) return [];
  if (EN_HOW_TO_ESCALATE.test(normalized) && found.every((f) => /\bescalat/.test(f))) return [];
  // A person asked to contact the customer is a request whatever else the message says of e-mail or phones: the
  // sentence holding the request names the contact ("I would like a member of staff to call me on 07700…").
  const contactAsked = found.some((f) => sentences.some((s) => s.includes(f) && (EN_CONTACT_ME.test(s) || EN_INSTEAD.test(s))) || EN_CONTACT_ME.test(f));
  return asksAboutSupport(askingSentences(normalized, found)) && !contactAsked ? [] : found;
}

/**
 * Anyone at all, after the one wanted: fetched ("can you get yesterday's agent (Priya) back or any other human", "put me
 * through to Sam or another agent") or asked for ("Priya or another person please"); not "was it an AI or any other
 * human who wrote this", nor a recipient ("send it to my mum or another person"). The fetching verb is looked for in the
 * sentence before, in code: one pattern with a gap between the verb and "or" was too large for recheck to decide.
 */
const EN_OR_ANYONE = /\bor (?:any|another|some|just any) (?:other )?(?:human being|human|real person|person|agent|staff member)\b/g;
const EN_FETCHED_BEFORE = /\b(?:get|bring|fetch|(?:put|give|find|connect|transfer) (?:me|us))\b/;
const EN_ASKED_AFTER = /^ (?:please|pls|plz|now|asap)\b/;
function anyoneAfterTheOneWanted(normalized: string): string[] {
  const found: string[] = [];
  for (const match of normalized.matchAll(EN_OR_ANYONE)) {
    const before = normalized.slice(Math.max(0, match.index - 80), match.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
    const after = normalized.slice(match.index + match[0].length);
    if (EN_FETCHED_BEFORE.test(sentence) || EN_ASKED_AFTER.test(after)) found.push(match[0]);
  }
  return found;
}

/**
 * A person wanted in place of this chat ("would it be possible to speak with a real person on the telephone instead?",
 * "can I talk to someone rather than type all this"): asked for now, whatever channel is named.
 */
const EN_INSTEAD = /\binstead\b|\brather than (?:typ|chat|writ|this|the (?:bot|chat|assistant))/;
const EN_QUESTION_OPENS = /^(?:(?:and|so|but|also|ok|okay|hi|hello|hey|please|pls)\s)?(?:how|what|when|where|which|who|why|is|are|do|does|did|can|could|would|will|may|should|any)\b/;

/**
 * The sentences a question about support is read in: those that ask (a question mark, a question's first word) and
 * those that hold the request. A story told around the request ("I work nights, so I'm only free at odd hours like
 * now") names hours without asking about them. A message with no such sentence is read whole.
 */
function askingSentences(normalized: string, found: readonly string[]): string {
  const sentences = normalized.match(/[^.!?;]+[.!?;]*/g) ?? [];
  const asking = sentences.filter((s) => /\?/.test(s) || EN_QUESTION_OPENS.test(s.trim()) || found.some((f) => s.includes(f)));
  return asking.length > 0 ? asking.map((s) => withoutToldClauses(s, found)).join(' ') : normalized;
}

/**
 * A sentence without the clauses before the request that tell the customer's story and ask nothing ("we are opening a
 * small cafe next month and ordered a lot, … could i just chat with one of your staff"): a time in them ("next month")
 * is the story's, not a question of when support works.
 */
function withoutToldClauses(sentence: string, found: readonly string[]): string {
  const clauses = sentence.split(/,\s*/);
  const first = clauses.findIndex((c) => found.some((f) => c.includes(f)));
  if (first <= 0) return sentence;
  const kept = clauses.filter((c, i) => i >= first || EN_QUESTION_OPENS.test(c.trim()) || /\?/.test(c));
  return kept.join(', ');
}

/**
 * Whether every question holding the words found asks whether people answer the chat at all ("does a real person ever
 * read these chats?", "is there a real human, or is it all bots?"): a question about support (people-answer-question.ts).
 */
function insidePeopleAnswerQuestion(found: string, normalized: string): boolean {
  const holding = normalized.split(/[.!?;]/).filter((q) => q.includes(found));
  return holding.length > 0 && holding.every(asksWhetherPeopleAnswerEnglish);
}

/** Every place the words stand, a delivery needs the person (EN_DELIVERY_PERSON_AFTER). */
function neededForDelivery(found: string, normalized: string): boolean {
  let seen = false;
  for (let at = normalized.indexOf(found); at >= 0; at = normalized.indexOf(found, at + 1)) {
    if (!EN_DELIVERY_PERSON_AFTER.test(normalized.slice(at + found.length, at + found.length + 40))) return false;
    seen = true;
  }
  return seen;
}

/** "one" asked for after an identity question that names a person (EN_IDENTITY_NAMES_PERSON), read from that question on. */
function personAskedForAsOne(normalized: string): string[] {
  const identity = EN_IDENTITY_NAMES_PERSON.exec(normalized);
  if (!identity) return [];
  const after = normalized.slice(identity.index + identity[0].length);
  return findMatches(after, EN_ONE_ASKED_FOR, refusedOrTold);
}

/**
 * Whether a sentence is made only of the words of a request with a person in it (EN_SENTENCE_WORDS), or a hand-over in
 * a word: `asks`; only greets a person ("hi staff", "hello human"): `presence`; otherwise null.
 */
function personSentence(sentence: string): 'asks' | 'presence' | null {
  if (EN_SENTENCE_DESK.test(sentence) || EN_HANDOVER_ALONE.test(sentence)) return 'asks';
  // "a human i mean", "human i said": the customer saying again what they asked for.
  const words = sentence.replace(/\bi (?:mean|meant|said)\b/g, ' ').split(/[^a-z']+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !words.every((w) => EN_SENTENCE_WORDS.has(w))) return null;
  if (EN_SENTENCE_REFUSED.test(sentence) || (words.includes('you') && !words.includes('thank'))) return null;
  // "hi staff", "hello agent": a greeting to whoever reads, which asks only when nothing else is said.
  const greeting = words.some((w) => EN_SENTENCE_GREETING.has(w));
  if (greeting && words.every((w) => EN_SENTENCE_GREETING.has(w) || EN_SENTENCE_NAMED.has(w))) {
    return words.some((w) => EN_SENTENCE_NAMED.has(w) && !EN_SENTENCE_NOT_A_PERSON.has(w)) ? 'presence' : null;
  }
  if (EN_SENTENCE_PERSON.test(sentence)) return 'asks';
  // "someone please", "need somebody": anyone, asked for. "anyone there?", "anybody around?" greet, as "hello, anyone
  // there?" does (the recognizer's greeting): only someone made real asks ("anyone human around?", EN_SENTENCE_PERSON).
  return EN_SENTENCE_ANYONE.test(sentence) && EN_SENTENCE_ASK_VERB.test(sentence) ? 'asks' : null;
}

function asksAboutSupport(normalized: string): boolean {
  return EN_ABOUT_SUPPORT.test(normalized) && !EN_NOW.test(normalized.replace(/\b(?:not|(?:no|not an?) (?:issue|problem)) right now\b/g, ''));
}

function detectChinese(text: string): string[] {
  // "你是真人吗" asks what Baton is (small talk answers, and offers a person); the rest of the message may still ask.
  const spaced = text.normalize('NFKC').toLowerCase();
  const clauses = spaced.split(/[，,。！？!?；;\s]+/).filter((c) => c && !ZH_IDENTITY.test(c));
  const typed = clauses.join('，');
  // 转人公, 我要找真仁: read as the words they stand for, shown as the customer typed them (the fold keeps places); a
  // person named in English after a Chinese verb ("可唔可以转个 human agent 呀") as the Chinese word for one.
  const englishPersons: Array<[number, number]> = [];
  // "call个真人给我": an English verb before a Chinese person, read as the Chinese verb (request-code-switch.ts).
  const englishVerbs: Array<[number, number]> = [];
  const normalized = foldEnglishRequestVerbs(foldRequestHomophones(typed), englishVerbs).replace(ZH_VERB_ENGLISH_PERSON, (whole: string, verb: string, measure: string | undefined, at: number) => {
    englishPersons.push([at, at + whole.length]);
    return (verb + (measure ?? '') + '人工').padEnd(whole.length, ' ');
  });
  const asTyped = (found: string[]): string[] =>
    normalized === typed ? found : found.map((f) => {
      const at = normalized.indexOf(f);
      if (at < 0) return f;
      // A find that ends inside a person named in English is shown with the whole English name; one that starts inside
      // an English verb, with the whole verb.
      const end = englishPersons.find(([from, to]) => at + f.length > from && at + f.length < to)?.[1] ?? at + f.length;
      const start = englishVerbs.find(([from, to]) => at > from && at < to)?.[0] ?? at;
      return typed.slice(start, end);
    });
  return asTyped(detectFolded(text, normalized));
}

function detectFolded(text: string, normalized: string): string[] {
  const clauses = normalized.split('，');
  const persons = clauses.filter((c) => ZH_SENTENCE_PERSON.test(c) && c.replace(ZH_SENTENCE_FILLER, '') === '');
  if (persons.length > 0) return [...new Set(persons)];
  const refused = (t: string, index: number): boolean => ZH_REFUSAL.test(t.slice(Math.max(0, index - 4), index)) || toldOfPastAgent(t, index);
  const matched = [...findMatches(normalized, ZH_PATTERNS, refused), ...chineseCallBacks(clauses)];
  const read = matched.length > 0 ? matched : composedChineseRequest(normalized);
  // A Chinese message may still ask in English ("转人工" is common, but so is "agent please"), unless it asks how long
  // something takes ("我想问escalate给manager看要等多久": the wait, not a person now).
  if (read.length === 0) return ZH_HOW_LONG.test(normalized) ? [] : englishInChinese(text, normalized);
  const found = read.filter(
    (f) => !clauses.some((c) => c.includes(f) && fetchedForErrand(c)) && (ZH_CALL_BACK.test(f) || ZH_NOW.test(normalized) || !askedAsChannelQuestion(f, clauses)) && !asksWhetherPeopleAnswerChinese(f, normalized) && !askedIfEverNeeded(f, clauses) &&
      !askedHowLong(f, clauses),
  );
  if (found.length === 0) return [];
  // "哈囉 有人在嗎 想問退款進度": the check that someone is there opens the question the customer wants to ask.
  if (found.every((f) => ZH_PRESENCE.test(f)) && clauses.some((c) => ZH_WANTS_TO_ASK.test(c))) return [];
  // "客服几点有人接电话": when someone answers the phone is a question of hours, not a call asked for.
  if (ZH_WHEN_ASKED.test(normalized) && found.every((f) => ZH_PICKS_UP.test(f) && !ZH_TRANSFER.test(f.replace(ZH_PICKS_UP, '')) && !f.includes('我'))) return [];
  return ZH_ABOUT_SUPPORT.test(normalized) && !found.some((f) => ZH_TRANSFER.test(f) || ZH_CALL_BACK.test(f)) ? [] : found;
}

/**
 * A request read in the English words of a Chinese message, unless those words only name the desk in a Chinese question
 * of hours: "你哋CS幾點收工" (when does your CS finish?) asks when support works, as 你们客服几点下班 does; "我要cs",
 * "CS在吗" and "human pls 几点有人" still ask.
 */
function englishInChinese(text: string, normalized: string): string[] {
  const found = detectEnglish(text);
  if (found.length === 0 || !ZH_WHEN_ASKED.test(normalized) || ZH_TRANSFER.test(normalized) || ZH_CALL_BACK.test(normalized)) return found;
  return found.filter((f) => (f.match(/[a-z]+/g) ?? []).length > 1);
}

/**
 * A Chinese verb of reaching someone, then a person named in English: "转个 human agent", "搵个 real person", "找agent".
 * Kept as long as typed (padded with spaces), so what is found can still be shown as the customer typed it.
 */
const ZH_VERB_ENGLISH_PERSON =
  /(转|轉|接|找|搵|叫|要|同|跟|和)(个|個|一个|一個|下|番)?[\s，]?(?:an?[\s，])?(?:(?:real|live|actual)[\s，])?(?:human[\s，](?:agent|being)|human|agent|real[\s，]person|customer[\s，]service|cs)\b/g;

/** Someone picking up the phone (接电话, 听电话), and a question of when. */
const ZH_PICKS_UP = /接电话|听电话/;
const ZH_WHEN_ASKED = /几点|什么时候|几时|哪个时间|哪些时间|几号|上班时间|营业时间/;

/**
 * The agent named alone ("人工客服") as the subject of what they said or did, with nothing before that asks for one:
 * "之前人工客服说退款5到7天到账" reports what an agent told the customer, as "客服说明天发货" does (person-request.ts).
 */
const ZH_BARE_AGENT = /^(?:人工客服|人工服务|人工坐席|真人客服)/;
function toldOfPastAgent(text: string, index: number): boolean {
  const agent = ZH_BARE_AGENT.exec(text.slice(index));
  if (!agent) return false;
  const before = text.slice(Math.max(0, index - 6), index);
  return ZH_NARRATED_AFTER.test(text.slice(index + agent[0].length)) && !ZH_ASK_BEFORE.test(before);
}

/**
 * A person asked about for a case supposed, not asked for: "如果想投诉，是不是要找经理", "要是退款有问题 需不需要找人工". The
 * message supposes (如果, 要是, 假如, 万一) and the clause holding the person asks whether one is needed.
 */
const ZH_SUPPOSING = /如果|要是|假如|假设|万一|若果|若是/;
const ZH_WHETHER_NEEDED = /是不是|是否|需不需要|要不要|用不用|使不使|得唔得|[吗么][?？]?$/;
function askedIfEverNeeded(found: string, clauses: readonly string[]): boolean {
  if (!clauses.some((c) => ZH_SUPPOSING.test(c))) return false;
  const holding = clauses.filter((c) => c.includes(found));
  return holding.length > 0 && holding.every((c) => ZH_WHETHER_NEEDED.test(c));
}

/**
 * Whether every clause that holds the request asks how long it takes ("转人工要等多久", "轉真人要等多久"): the wait, which the
 * support article answers, not a person now. "转人工！要等多久" asks in a clause of its own.
 */
function askedHowLong(found: string, clauses: readonly string[]): boolean {
  const holding = clauses.filter((c) => c.includes(found));
  return holding.length > 0 && holding.every((c) => ZH_HOW_LONG.test(c));
}

/**
 * Whether every clause that holds the request asks how or where to reach a person (ZH_CHANNEL_QUESTION), or only
 * whether there is one, with how to reach them asked in a clause of its own: "请问有真人客服吗 要怎么联络" asks the way
 * (the support article's answer), as "怎么联系人工客服" does. "有人工吗" alone still asks for one.
 */
function askedAsChannelQuestion(found: string, clauses: readonly string[]): boolean {
  const holding = clauses.filter((c) => c.includes(found));
  if (holding.length === 0) return false;
  if (holding.every((c) => ZH_CHANNEL_QUESTION.test(c))) return true;
  const wayAsked = clauses.some((c) => !c.includes(found) && ZH_CHANNEL_QUESTION.test(c) && !ZH_SENTENCE_PERSON.test(c));
  return wayAsked && holding.every((c) => ZH_WHETHER_THERE_IS.test(c));
}

/** A clause that asks only whether there is someone: "请问有真人客服吗", "你们有没有人工". */
const ZH_WHETHER_THERE_IS = /^(?:请问|请问下|问下|想问下?|你好|您好)?(?:你们|你哋|贵司)?(?:这边|这里)?(?:有没有|有冇|有无|是否有|有)(?:人工客服|人工服务|真人客服|人工|真人|客服人员|客服)(?:吗|么|嘛|呢|[?？])?$/;

// Asking to be phoned is asking for a person: "能打电话联系我吗", "请回电给我", "给我回个电话", "有没有人可以接电话",
// Cantonese "打个电话俾我", "覆电话俾我", "有冇人可以打俾我" (folded 打给我: the phone is understood); "打电话告诉我" (call and
// tell me) asks the same.
const ZH_PHONE_ME =
  /(?:给|俾|畀)我(?:回|打|致)(?:个|一个|通)?电话|打(?:给|俾|畀)我(?![的们])|回(?:个|一个|通)?电话(?:给|俾|畀)?我|回电(?:话)?(?:给|俾|畀)?我|打(?:个|一个|通)?电(?:话)?(?:给|俾|畀|告诉|联系|联络|过来)我|(?:电话|致电)(?:联系|联络)我|(?:回|覆|复)(?:个|一个|通)?电(?:话)?(?:给|俾|畀|告诉)?我|有(?:没有|冇|无)?人(?:可以|能|会)?(?:接|听)(?:个|下)?电话/;
/** Someone else does the phoning ("快递员会打电话给我吗"), or the customer asks how it goes ("会不会打电话通知我"). */
const ZH_PHONE_OTHERS = /快递|司机|骑手|师傅|送货|配送|银行|物流|会不会|会(?:先)?(?:打|回|给|致)/;
const ZH_PHONE_REFUSED = /(?:不要|别|不用|不需要|无需|没必要|不想|不必)(?:再)?$/;

function chineseCallBacks(clauses: readonly string[]): string[] {
  return clauses.filter((clause) => {
    const match = ZH_PHONE_ME.exec(clause);
    if (!match) return false;
    const before = clause.slice(0, match.index);
    return !ZH_PHONE_OTHERS.test(before) && !ZH_PHONE_REFUSED.test(before);
  });
}
