/**
 * A request for a person read as an ask whose object is one of the shop's people, or an action only a person does to
 * the customer. The phrase patterns of agent-request.ts name the person by a support word ("agent", "customer service");
 * customers also name them by where they work or what they do ("the actual shop people", "someone from the team",
 * "whoever packs it", "a living breathing soul"), and ask them for what no article can do: "chat with me here",
 * "attend to me", "reply to me".
 *
 * Not requests:
 * - the customer's own people ("someone from my team can collect it", "my sales team needs laptops");
 * - what someone did ("someone from the team chatted with me yesterday"), or how things go ("will someone from the team
 *   contact me when it ships": agent-request.ts, EN_ABOUT_PROCESS);
 * - anyone asked to help with a thing ("can someone help me find the size guide", "I need someone to sign for it"):
 *   only the shop's people, or an action done to the customer in this chat, ask for a person.
 *
 * These are regular-expression sources, read against normalised English (lower case, one space); agent-request.ts
 * builds them into its whole-word patterns and reads them with its refusals and questions about support.
 */

/** Where one of the shop's people works: "from the team", "at your store", "on your sales team", "in customer service". */
const SHOP_PLACE =
  String.raw`(?:(?:shop|store|company|business|office|team|staff|support|sales|warehouse|packing|dispatch|despatch|customer\s(?:service|support|care))(?:\s(?:team|department|dept|side|end|floor))?` +
  // Indian and Nigerian English: "someone from your side", "somebody from your end".
  String.raw`|(?<=(?:your|ur)\s)(?:side|end))`;

/**
 * One of the shop's people, named by where they work or by what they do for the shop. The shop's ("the", "your", or
 * none: "someone from sales"), never the customer's ("someone from my team").
 */
export const EN_SHOP_PERSON = [
  String.raw`(?:some\s?one|some\s?body|some1|sb|any\s?one|any\s?body|a\sperson|a\shuman|people)\s(?:from|at|on|in|of)\s(?:the\s|your\s|ur\s|this\s)?(?:actual\s)?${SHOP_PLACE}`,
  String.raw`(?:some\s?one|some\s?body|any\s?one|any\s?body|a\sperson)\s(?:who|that)\s(?:actually\s)?(?:works|is\sworking)\s(?:there|here|for\syou|for\s(?:the|your)\s(?:shop|store|company)|at\s(?:the|your)\s(?:shop|store|company|warehouse))`,
  // "the actual shop people", "your sales team", "the store staff": the shop's people as a group.
  String.raw`(?:the|your|ur)\s(?:actual\s|real\s)?(?:shop|store|company|sales|support|warehouse|packing|dispatch|office|customer\s(?:service|support|care))\s(?:people|folks|staff|team|guys|employees|person)`,
  // "a member of your team", "one member of the support staff".
  String.raw`(?:a\s|one\s)?members?\sof\s(?:the|your|ur)\s${SHOP_PLACE}`,
  // "a member of staff", "a team member", "any of your team members", "anybody from Baton" (the shop by its name).
  String.raw`(?:a\s|one\s)?member\sof\sstaff|(?:a\s|any\sof\s(?:the|your|ur)\s)?(?:team|staff)\smembers?`,
  String.raw`(?:some\s?one|some\s?body|any\s?one|any\s?body)\s(?:from|at)\sbaton`,
  // "whoever packs it", "whoever runs the shop", "whoever is packing my order": someone by what they do.
  String.raw`whoever\s(?:[a-z]{2,14}s|is\s[a-z]{2,14}ing)\b`,
  // "a living breathing soul", "a real human being", "an actual living body".
  String.raw`(?:(?:real|live|actual|living|breathing|genuine|human)(?:,|\sand)?\s){1,3}(?:soul|being|body)`,
];

/**
 * What only a person does to the customer in this chat, whoever is asked: "chat with me", "reply to me", "attend to
 * me", "get back to me". Helping with a thing ("help me find the size guide") is anyone's.
 */
const ACT_ON_ME =
  String.raw`(?:chat|talk|speak)\s(?:with|to)\s(?:me|us)|(?:reply|respond|write(?:\sback)?)\sto\s(?:me|us)|reply\s(?:me|us)|get\sback\sto\s(?:me|us)|` +
  String.raw`attend\sto\s(?:me|us)|(?:serve|answer)\s(?:me|us)|look\safter\s(?:me|us)|(?:call|ring|phone|e-?mail|text|contact|message)\s(?:me|us)\b(?!\s(?:when|once|if))|` +
  String.raw`give\s(?:me|us)\sa\s(?:call|ring|bell)|reach\sout\sto\s(?:me|us)|get\sin\stouch\swith\s(?:me|us)`;

/** What one of the shop's people is asked to do: an action on the customer, or on their case ("look at this", "pick that up"). */
const ACT_FOR_ME =
  String.raw`${ACT_ON_ME}|(?:look\s(?:at|into|over)|check|review|handle|deal\swith|sort(?:\sout)?|pick\sup)\s(?:this|that|it|my\s[a-z]{2,12})|` +
  String.raw`pick\s(?:this|that|it)\sup|take\s(?:this|it|my\s(?:case|query|order))\s(?:on|over)|help\s(?:me|us)|step\sin|take\sover|` +
  // Answering with the customer understood: "ask someone from your team to reply".
  String.raw`(?:reply|respond|get\sback|call\sback)(?=\s?[.!?,;]|\s?$|\s(?:please|pls|asap|today|soon)\b)`;

const SOMEONE = String.raw`(?:some\s?one|some\s?body|any\s?one|any\s?body|a\sperson|a\shuman)`;
const SHOP_PERSON = `(?:${EN_SHOP_PERSON.join('|')})`;
/** Between the person and the action: "please", "just", "directly", "be able to". */
const SOFTENERS = String.raw`(?:(?:please|just|actually|directly|possibly|quickly|be\sable\sto)\s){0,2}`;

/**
 * The frames, as regular-expression sources: a person asked to act ("can someone from the team chat with me here"),
 * wanted to act ("I need somebody to attend to me"), waited for ("I'll wait for someone from the team"), or a transfer
 * asked for with the person understood ("can you put me in touch?", said after naming whom).
 */
export const EN_PERSON_ASKED_TO_ACT: readonly string[] = [
  // Asked: "can someone from the team chat with me", "could somebody reply to me", "would your sales team look at this".
  // Not "will someone reply to me if I email?": how it goes.
  String.raw`(?:can|could|would|may)\s(?:${SHOP_PERSON}\s${SOFTENERS}(?:${ACT_FOR_ME})|${SOMEONE}\s${SOFTENERS}(?:${ACT_ON_ME}))`,
  // Wanted: "I need somebody to attend to me", "I'd like someone from the store to look at it", "please ask someone from
  // your team to reply".
  String.raw`(?:need|want|wanna|like|prefer|get|have|ask|let)\s(?:${SHOP_PERSON}\s(?:to\s)?${SOFTENERS}(?:${ACT_FOR_ME})|${SOMEONE}\s(?:to\s)?${SOFTENERS}(?:${ACT_ON_ME}))`,
  // Wanted or waited for as they are: "I need someone from the team", "I'll wait for someone from the shop".
  String.raw`(?:need|want|wanna|prefer|get\sme|find\sme|send\sme|bring\sme)\s${SHOP_PERSON}`,
  // There now, free to talk: "is anybody from Baton there?", "any of your team members free to chat?".
  String.raw`(?:(?:is|are)\s(?:there\s)?)?${SHOP_PERSON}\s(?:(?:there|here|around|online|available|free)(?:\s(?:now|right\snow|at\sthe\smoment|to\s(?:chat|talk|speak|help(?:\s(?:me|us))?)))?(?=\s?[.!?,;]|\s?$)|(?:available|free|around|online)\sto\s(?:chat|talk|speak|help))`,
  String.raw`(?:i'll|i\swill|i\scan|happy\sto|glad\sto|i\sdon't\smind|i'd\srather|i\swould\srather)\s(?:just\s)?(?:wait|hold(?:\son)?)\sfor\s(?:${SHOP_PERSON}|(?:a|an|one\sof\syour)\s(?:real\s|live\s|actual\s)?(?:human|person|agent|representative|rep|member\sof\s(?:staff|the\steam)|staff\smember|team\smember|colleague))`,
  // The person understood: "can you put me in touch?", "connect me please" (in touch with whom is said before, or not
  // at all); "put me in touch with the courier" names someone else.
  String.raw`(?:(?:can|could|would|will)\s(?:you|u)\s(?:please\s|just\s)?|please\s)?(?:put|get)\s(?:me|us)\sin\s?touch(?=\s?[.!?,;]|\s?$|\s(?:please|pls|thanks|thank\syou|cheers)\b)`,
  String.raw`(?:can|could|would|will)\s(?:you|u)\s(?:please\s|just\s)?(?:connect|transfer)\s(?:me|us)(?=\s?[.!?,;]|\s?$|\s(?:please|pls|thanks|thank\syou|cheers)\b)`,
];
