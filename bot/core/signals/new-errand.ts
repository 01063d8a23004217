/**
 * A new errand told beside a word of coming back: "me again, one more question", "back again, forgot to ask about gift
 * wrap", "asking again for my sister", 又来了 想问下运费, 再问一下. The customer is back with something else, not with the
 * same problem failing: the repeated-contact readings (earlier-contact.ts, counted-routine.ts) let "again" stand alone
 * only when nothing new is asked beside it, or when a failure is told anyway.
 *
 * Shared vocabulary, read over normalised text (lower case; Chinese folded to simplified).
 */

/**
 * The customer says what they are back with is new or their own: forgot to ask (not "you forgot"), one more thing,
 * another question, also, for someone else, to buy or order again.
 */
export const EN_NEW_ERRAND =
  /(?<!\b(?:you|u|they|he|she|someone|somebody|your [a-z]{1,12}) (?:just |totally |completely |clearly )?)\bforgot\b|\b(?:one more|another|a quick|quick|a different|a new|a separate|an unrelated|a second|a other) (?:question|thing|query|q|one|request|order|pair|item)\b|\bquick one\b|\b(?:unrelated|different) (?:question|matter|thing|topic|order)\b|\b(?:i|we) (?:also|just) (?:want(?:ed)?|need(?:ed)?|wondered|wanted to know)\b|\balso\b|\bbtw\b|\bby the way\b|\bon behalf of (?:my|a|our) [a-z]{1,12}\b|\bfor my (?:sister|brother|mum|mom|mother|dad|father|wife|husband|partner|friend|son|daughter|colleague|boss|gran|nan|grandma|grandad|aunt|uncle|cousin|neighbou?r)\b|\bto (?:ask|check) (?:about|if|whether|you|for|what|when|how|which)\b|\bwith (?:a|another|one more|a quick|some|more) (?:question|query|order|thing)s?\b|\bto (?:buy|order|shop|purchase|get) (?:again|more|another|some|a|the|from)\b/;

/**
 * A question asked as the errand, at the start of a clause: "do you ship to Norway", "can I add a case", "what sizes …",
 * "are your jeans true to size", "where do I get the label" (a way to do something). Reproaches ("where is my refund",
 * "why …", "how much longer") are not errands.
 */
export const EN_ERRAND_QUESTION =
  /(?:^|[,.;:!?—–-]\s*|\b(?:lol|haha|sorry|soz|thanks)\s)(?:so |and |but |just )?(?:do|does|can|could|would|will|is|are|have|has|may|what(?!'s (?:going on|happening|the hold ?up))|which|where (?:do|can|could|should|would) (?:i|we) (?:get|find|print|download|see|buy|order|change|put|enter|add|register|sign)|how (?:do|does|can|could|much (?:is|are|does|do)|many|long (?:is|are|does|do) (?:the|standard|express|delivery|shipping|your))|when (?:does|do|is|are|will (?:the|you|it) (?:be )?(?:open|start|launch|restock|back))|any(?: chance)?)\b/;

/** The errand is the same case coming back: "back again about my refund", "here again regarding order 1182". */
export const EN_ABOUT_CASE = /^\s?(?:about|regarding|re|concerning|over|on|with) (?:this|it|that|my|the|our|order|ticket|case)\b/;

/** 想问下, 请问, 顺便, 另外, 还有个问题, 问一下: a new question put by a customer back again. */
export const ZH_NEW_ERRAND = /想问|请问|问下|问一下|问问|顺便|另外|还有(?:一)?个(?:问题|事)|多问|咨询一下|想了解|想买|想要|想订|再买|又买|回购/;

/** Exasperation at the question asked again: 到底, 究竟, 还要等, 怎么还. */
export const ZH_EXASPERATED = /到底|究竟|还要(?:等|我)|怎么还|怎么又|为什么还|为啥还|凭什么|有没有人|几时先|什么时候才/;

/** A question of the errand, marked or not: 吗 at the end, or how, where, how much, when, whether. */
export const ZH_ERRAND_QUESTION = /(?<![这那怎什多])[吗么嘛][?？]?(?:[，,。！!\s]|$)|怎么(?!还|又|都|会|就|这么|那么|回事|搞的|样了|一直|老是|总是|没|不|可以这样|能这样)|(?:是|在|去)?哪(?:里|儿|个|些)|多少|几(?:时|天|号|点|多钱)|什么时候|有没有|能不能|可不可以|可以不|是不是|有无|[?？]/;

/**
 * Back for the case after all: someone asked to act at last, a reply or an update awaited ("can someone actually help me
 * this time", "is anyone going to reply to my emails", "any update on my order").
 */
export const EN_CASE_CHASED =
  /\b(?:this time|for once|actually|finally|at last|anyone|anybody|someone|somebody|no one|nobody|reply|replied|respond|response|get back to me|update|news|progress)\b/;

/**
 * The customer's own coming back, said of themself: "me again", "it's me again", "hi again", "hello again!", "back
 * again", "here again"; 又是我, 我又来了, 又来打扰了, Cantonese 又係我, 我又嚟咗 (folded 又是我, 我又来了). Its "again" and its
 * 又 are the customer's return, not the problem's: no outcome of an earlier contact ("asked about sizing last time …
 * again" is no "again" of a failure). Global, for blanking; a failure told elsewhere ("me again, still no refund") stays.
 */
export const EN_PRESENCE_AGAIN =
  /\b(?:(?:it's|its|it is) )?me again\b|\b(?:hi|hello|hey|hiya|heya|morning|afternoon|evening)(?: there| all| team)? again\b|\b(?:(?:i'm|im|i am|we're|we are) )?(?:back|here) again\b/g;
export const ZH_PRESENCE_AGAIN =
  /(?:^|[，,。.！!？?；;~～]|我们?)又(?:是|系)我们?|(?:^|[，,。.！!？?；;~～]|我们?)又(?:跑)?来(?:了|咯|啦|啊|呀|喇|打扰|麻烦)|又来?打扰/g;
