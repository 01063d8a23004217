/**
 * Repeated contact told by its shape rather than its phrases: an earlier contact, or a promise the shop's people made,
 * and then time gone by or the problem still standing. Customers tell it in endless wordings ("told the same thing on
 * Wednesday, it's now Saturday", "I already emailed about this last week and heard nothing", "you said it would be
 * sorted by Monday", 上周问过 前天问过 今天又来问, 上次说好了给我处理 到现在没动静, 之前已经反映过了 还是一样), so the
 * reading is of parts, each a small list of words, put together in code:
 *
 * - an earlier contact: the customer reached the shop before (a contact verb in the past with the customer or their own
 *   as its subject: "I rang on Tuesday", "my husband called", "told you about this yesterday"; the earlier contact as a
 *   thing: "my previous complaint", "your last reply", "the issue I raised before"; 问过, 联系过, 找过客服, 跟你们说过,
 *   前几天已经发过照片);
 * - a promise or an answer from the shop's people: "you said", "your colleague told me", "I was promised", "someone
 *   from your team said", 客服说, 你们答应, 说好, 上次话. A promise of when a parcel arrives is the store's estimate, not
 *   a contact ("you said 3-5 days", 说好三天到 现在一周了还没到 is a first report of a late parcel): a promise counts when
 *   it is of something done about the customer's case (a callback, a fix, a refund, a replacement, 处理, 回复, 补发) or
 *   when it names the occasion it was made on ("on the phone", "last time", 上次, 昨天);
 * - and what came of it, anywhere in the message: the problem still standing ("still", "nothing", "no one has",
 *   "it wasn't", 还是, 到现在, 没动静, 一直没人) or the promised day gone by ("It's Thursday", "that was five days ago",
 *   今天都周四了, 已经过去一周了).
 *
 * Some parts say it alone: contact again ("I'm asking again", "back again about", 又来问, 再问一遍), a contact made
 * "already" on a named day ("I already explained all this to your chat on Sunday", 我昨天已经问过你们), the same problem
 * again (又是同一个问题), and being told the same all along (一直说在处理, 一直在催).
 *
 * Not repeated contact: a question about the promise ("you said 3-5 days, is that business days?", 你们说满99包邮 港澳也包吗),
 * a promise or contact with nothing failed ("your colleague said I could exchange it in store", "I spoke to someone
 * yesterday and they sorted it, thanks"), what the customer will do ("I'll contact you again if it hasn't come"),
 * orders and returns (not contacts: "I ordered again", "I returned it last week, when is my refund?"), the website's or
 * the courier's word ("the website said Friday"), a first report of a late parcel, whatever its wording, and a customer
 * back with something new, nothing failed told ("back again lol, do you have it in blue", "asking again for my sister,
 * is it machine washable", 又来问了 你们有没有实体店, 再问一次 发票怎么开: new-errand.ts).
 */
import { ZH_ENDS_ASKING } from './patterns';
import {
  EN_ABOUT_CASE, EN_CASE_CHASED, EN_ERRAND_QUESTION, EN_NEW_ERRAND, EN_PRESENCE_AGAIN, ZH_ERRAND_QUESTION, ZH_EXASPERATED, ZH_NEW_ERRAND, ZH_PRESENCE_AGAIN,
} from './new-errand';

// --- English -------------------------------------------------------------------------------------------------------

/** Who made the earlier contact: the customer, or someone of theirs, a few words before the verb (or no one: "told you about it yesterday"). */
const EN_CUSTOMER =
  /(?:^|\b(?:i|we|i've|ive|we've|i'd|we'd|my (?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|colleague|assistant|friend|brother|sister)|and|then|also))(?: ?(?:have|had|already|just|literally|even|also|previously|originally|first|both|all|personally|actually|been|now|ever)){0,3}\s?$/;
/**
 * A contact: the customer reached the shop, by any channel, or went over the matter with it. Orders, returns and
 * payments are not contacts, nor is a parcel sent back ("I sent it back last week").
 */
const EN_CONTACT =
  /\b(?:e-?mailed|called|rang|phoned|messaged|texted|dm'?d|dmed|tweeted|wrote (?:in|to)|written (?:in|to)|asked (?:you|your|about|after|them|him|her|someone|somebody|support|customer service|if|whether|when|why|how|this|it|that|to (?:be|speak|talk|have|get|cancel|change)|for (?:my|the|our) [a-z]{1,12} to be|for (?:a |an |my |the )?(?:callback|call back|call|update|manager|supervisor|reply|response|answer|help|cancellation|exchange|replacement|refund|return label|label))|enquired|inquired|reported|raised|flagged|logged|lodged|complained|contacted|chatted|spoke (?:to|with)|spoken (?:to|with)|talked (?:to|with)|told (?:you|your|one of|someone|somebody|the)|explained|discussed|got in touch|been in touch|reached out|followed up|chased|filled (?:in|out)|put in (?:a|my|the) (?:complaint|claim|request|ticket|query|enquiry|report)|left (?:a|an|another) (?:voicemail|message|note)|submitted (?:(?:a |the |my |all (?:the |my )?|your )(?:[a-z]{1,12} )?(?:complaint|ticket|claim|request|form|query|enquiry|inquiry|photos|pictures|documents|details|evidence|report|information|info|paperwork)|it\b|them\b|everything)|(?:gave|given) (?:you|your [a-z]{1,12}) |opened (?:a|the) (?:ticket|case|complaint)|(?:sent|emailed|forwarded|uploaded) (?:you|your [a-z]{1,12}|over|in|through) (?:the |my |all the |all my |some |a |an |every |everything)|(?:sent|emailed|forwarded|uploaded) (?:the |my |all the |all my |some |a |an |every |our )?(?:[a-z]{1,12} )?(?:photos?|pictures?|pics|screenshots?|images?|videos?|e-?mails?|messages?|details|proof|documents?|evidence|info|information|statements?|receipts?|invoices?|order number|reference|form|claim|complaint|request|copies|copy|id)\b|sent everything|(?:been|went|gone) (?:through|over) (?:this|all this|it all|all of this|everything)|(?:was|were|been) on (?:the|your) (?:phone|chat|live chat|line|helpline|hotline)|been (?:onto|on to|on at|at) you|been in (?:contact|touch) with|mentioned (?:it |this |that |the [a-z]{1,12} )?(?:to|with) (?:you|your|one of|someone|the)|popped (?:in|into)|came (?:in|into) (?:the|your) (?:shop|store|branch))\b/g;
/** The thing asked for, before its verb: "the cash I asked for", "what we asked for". */
const EN_OBJECT_RELATIVE = /\b(?:the|what|all|any|some|a|an|that|everything)(?: [a-z]{1,12})? (?:i|we) $/;
/** A contact with someone not the shop: "contacted the seller", "called my bank", "asked the courier". */
const EN_OTHER_PARTY =
  /^ (?:to |with )?(?:the|my|a|that|our) (?:seller|merchant|vendor|retailer|bank|card issuer|airline|courier|driver|delivery (?:driver|company)|post office|landlord|insurer|manufacturer|maker)\b/;
/** Told by one of the shop's people: "we were told by your team". */
const EN_BY_PERSON = /^ by (?:you|your|one of|someone|somebody|the (?:[a-z]{1,12} )?(?:agent|manager|supervisor|staff|team|advisor|adviser|rep))\b/;
/** "sent it back", "sent the parcel back": a return, not a contact. */
const EN_SENT_BACK = /^(?:sent|forwarded) (?:[a-z']{1,12} ){0,3}back\b/;
/** An earlier contact named as a thing: "my previous complaint", "your last reply", "the issue I raised before". */
const EN_CONTACT_THING: readonly RegExp[] = [
  /\b(?:my|our) (?:previous|earlier|last|original|first|other|old|recent) (?:complaint|ticket|e-?mails?|messages?|call|chat|request|enquiry|inquiry|report|case|claim|conversation|letter)\b/,
  /\b(?:your|the) (?:last|previous|earlier) (?:reply|response|e-?mail|answer|message|fix|agent|advisor|adviser)\b/,
  /\b(?:the|your) (?:fix|solution|answer|advice|reply|response|suggestion|workaround|instructions|steps)s? (?:from|of|you gave (?:me )?) ?(?:last time|before|yesterday|last week|my last|earlier)\b/,
  // Something the shop's people did to the customer's case, after which it failed: "same issue again after your reset".
  /\b(?:after|since|despite|following) your (?:[a-z]{1,12} )?(?:reset|fix|repair|re-?install(?:ation)?|engineer(?:'s)? visit|technician(?:'s)? visit|visit|callback|call back|refund|replacement|exchange|reply|answer)\b/,
  /\blast time (?:i|we) (?:spoke|talked|called|rang|chatted|asked|contacted|wrote|e-?mailed|was|were|got in touch)\b/,
  /\bthe (?:issue|problem|fault|thing|complaint|ticket|e-?mail|message|request|query|claim|form) (?:i|we) (?:raised|reported|made|lodged|filed|submitted|sent|put in|logged|mentioned|flagged|opened|complained about|told you about|wrote about|wrote)\b/,
  /\b(?:my|our) (?:e-?mails?|messages?|complaint|ticket|calls?|chat|problem|issue|query|case|request) (?:from|of|on|sent) (?:last|the|yesterday|before|mon|tues|wednes|thurs|fri|satur|sun|a week|two weeks|days|weeks|the other day)/,
  /\b(?:every |the )?(?:e-?mails?|messages?|calls?|voicemails?) (?:i|we)(?:'ve| have)? (?:sent|made|left)\b/,
  /\bthe (?:photos|pictures|screenshots|videos|details|documents|evidence) (?:i|we) (?:sent|emailed|uploaded|attached)\b/,
  /\b(?:after|since|despite|following|further to|as per) (?:my|our) (?:(?:last|previous|earlier|first|recent) )?(?:call|chat|complaint|e-?mail|message|contact|conversation|letter)\b/,
  /\b(?:closed|marked) (?:my|the|our) (?:ticket|case|complaint|request|query)\b/,
  /\b(?:my|our) (?:ticket|case|claim|query|enquiry|inquiry|complaint) (?:was|has been|got|is|had been) (?:closed|resolved|solved|marked|logged|escalated|passed|sent|approved|accepted)\b/,
  /\b(?:got|had|received) (?:a |an |your )?(?:reply|response|answer|apology|callback|call back) (?:from (?:you|your [a-z]{1,12}) )?(?:on|last|yesterday|saying|that|a week|days|weeks)\b/,
  /\b(?:since|after) (?:i|we) (?:first )?(?:e-?mailed|called|rang|phoned|contacted|wrote|complained|reported|messaged|chatted|asked)\b/,
  // A case the shop's people opened for the customer: "the escalation your agent opened for me", "the claim your team logged".
  /\b(?:ticket|case|claim|complaint|escalation|request|report|investigation|return) (?:that )?(?:your|the|an?) (?:[a-z]{1,12} )?(?:agent|colleague|rep|representative|advisor|adviser|staff|team|support|manager|supervisor|person) (?:opened|raised|logged|filed|created|set up|started|put in)\b/,
];
/**
 * An e-mail told as an address, by what is said of it in its own clause: what only an address or an account is or
 * undergoes (exists, works, is active, deleted, closed, shut down, hacked, accessed), or a word that makes it one ("my
 * old email address", "my old email account"). "my old email doesn't exist anymore and it's the one on my account" is
 * an address gone, not an earlier message unanswered; "my previous email was never answered" stays a contact.
 */
const EN_MAIL_AS_ADDRESS =
  /^ ?(?:address|addy|account|acct|inbox|login|log-in|provider)\b|^[^,.;:!?]{0,30}?\b(?:exists?|existed|works?|working|active|inactive|valid|invalid|deleted|closed|shut|deactivated|disabled|suspended|expired|terminated|gone|dead|hacked|defunct|accessible|access|in use|used for|registered|linked|attached|tied|associated)\b/;
/** An earlier contact said with "already" on an occasion: enough alone ("I already explained all this to your chat on Sunday"). */
const EN_ALREADY = /(?:^|\b(?:i|we)(?:'ve| have| had)? )already\s/;
const EN_OCCASION =
  /\b(?:yesterday|last (?:week|time|month|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the (?:phone|weekend|\d{1,2}(?:st|nd|rd|th)))|over the phone|in (?:your |the )?(?:live )?chat|by (?:phone|e-?mail)|earlier|before|previously|this morning|(?:a|one|two|three|four|five|six|several|a few|\d{1,2}) (?:days?|weeks?|months?) ago|a fortnight ago|days ago|weeks ago|at the (?:start|beginning) of)\b/;

/** The shop's people said or promised: the verb, with a person of the shop's (or "I was told") before it. */
const EN_SAID =
  /\b(?:said|told (?:me|us)|promised|assured|confirmed|agreed|guaranteed|swore|insisted|claimed|gave (?:me|us)|arranged|booked|scheduled|organi[sz]ed|(?:e-?mailed|messaged|wrote to|texted|rang|called) (?:me|us)(?: back)?(?: (?:on|last) (?:the )?[a-z0-9]{1,12}| yesterday)? (?:saying|to say|that))\b/g;
const EN_SHOP_PERSON =
  /\b(?:you(?: guys| lot| people| all)?|u|they|he|she|someone|somebody|one of (?:you|your)|your (?:[a-z]{1,12} )?(?:people|person|guy|lady|man|woman)|(?:your|the|[a-z]{1,12}'s) (?:[a-z]{1,12} )?(?:team|colleagues?|agents?|reps?|representatives?|staff|advisors?|advisers?|managers?|supervisors?|support|customer service|customer care|helpdesk|help desk|service desk|call cent(?:re|er)|chat|chatbot|bot|department|engineer|technician|operator|assistant|branch|store|shop|head office|office)|the (?:[a-z]{1,12} )?(?:person|guy|lady|man|woman) (?:(?:i|we) (?:spoke|talked|chatted) (?:to|with)|on the (?:phone|chat|line)|in (?:the|your) (?:shop|store|branch|chat)))(?: [a-z']{1,12}){0,5} ?$/;
/**
 * The customer's own promise, the website's terms or a machine's message, or the word as an adjective: "I promised my
 * son", "the site promised free returns", "the confirmation email promised delivery in 3 days" (the store's estimate, as
 * the website's is), "the promised timeframe", "rest assured".
 */
const EN_OWN_PROMISE = /\b(?:i|we|i've|we've|i'd|my [a-z]{1,12}|website|site|advert|ad|page|terms|e-?mail|app|checkout|listing|notification|text|sms|receipt|tracking)(?: [a-z']{1,12}){0,2} ?$|\b(?:the|a|an|your|their|our|rest) ?$/;
/**
 * One of the shop's people named as the teller ("your colleague", "the agent on the phone", "customer service"), or the
 * channel a person told it on ("told on the phone", "in the chat"): whatever they promised, the customer was in touch.
 */
const EN_NAMED_PERSON =
  /\b(?:colleagues?|agents?|reps?|representatives?|staff|advisors?|advisers?|managers?|supervisors?|customer (?:service|care|support)|support (?:team|agent|person|guy|lady)|operator|engineer|technician|(?:person|guy|lady|man|woman) (?:(?:i|we) (?:spoke|talked|chatted) (?:to|with)|on the (?:phone|chat|line)))(?: [a-z']{1,12}){0,5} ?$|(?:^|[.!?;,] )(?:support|customer service|customer care) ?$/;
const EN_COURIER_PERSON = /\b(?:deliver(?:ed|ing|y|s)?|courier|driver|postman|postie|post office|dpd|ups|fedex|usps|royal mail|dhl|hermes|evri|yodel|parcelforce)\b/;
const EN_PERSON_CHANNEL = /^ (?:on|over|in|during) (?:the |your |a )?(?:phone|call|live chat|chat|hotline|helpline)\b/;
/**
 * A call or a reply the customer was to get from the shop's people: "was supposed to get a call back yesterday", "we were
 * meant to hear back by Friday", "the engineer was meant to come tuesday". A promise of contact, its teller unsaid (an email that was to come may be a machine's).
 */
const EN_DUE_CONTACT =
  /(?:^|[.!?;,] |\b(?:i|we) )(?:was|were) (?:supposed|meant|due|promised) to (?:get|receive|have|hear)(?: back| from (?:you|your [a-z]{1,12}|someone|somebody|a [a-z]{1,12}))?(?: (?:a|an|my|the|your|some))? ?(?:call ?back|phone call|call|callback|reply|response|answer|hear back|back|update from)\b|\b(?:engineer|technician|fitter|installer|someone|somebody|agent|rep|manager|supervisor|you|they) (?:was|were) (?:supposed|meant|due) to (?:come|call|ring|phone|visit|collect|pick|email|e-mail|get back|contact|reply|respond|fix|repair|install)\b/g;
/** What a person told as an estimate of arrival, a span and no more ("3-5 days", "within a week"): the store's word on delivery times. */
const EN_ARRIVAL_ESTIMATE = /^.{0,40}?\b(?:\d{1,2}\s?(?:-|to)\s?\d{1,2}|a few|one|two|three|four|five|six|seven|ten|\d{1,2}|a|an)\s(?:working |business )?(?:days?|weeks?)\b/;
/** "you said" is often the website's word; a person named ("your colleague", "someone", "I was told") is not. */
const EN_WEAK_PERSON = /\b(?:you(?: guys| lot| people| all)?|u) ?$/;
/** Told or promised, without the teller: "I was promised a callback", "Told on Monday it would be sorted", "got promised a resolution". */
const EN_WAS_TOLD =
  /(?:^|[.!?;,] |\b(?:i|we) (?:was|were|got|have been|'ve been|had been|'d been|been) |\b(?:i|we)'ve been |(?:^|[.!?;,] )(?:was|were|have been|had been) |\b(?:and|but|then) (?:was|were|got|been) |\bgot |\bbeen )(?:told|promised|assured|advised|informed|guaranteed)\b|\ba promise (?:of|that)\b/g;
/** What the shop's people do about a case: a promise of one of these is a contact, not an estimate. */
const EN_CASE_ACTION =
  /\b(?:sort(?:ed)?|fix(?:ed)?|resolv(?:e|ed)|solv(?:e|ed)|call(?:ed)? (?:me |you )?back|callback|ring (?:me|you)(?: back)?|call me|phone me|get back|reply|respond|response|answer|escalat(?:e|ed)|refund(?:ed)?|money (?:back|would)|credit(?:ed)?|replacement|replac(?:e|ed)|new (?:one|code|link|item)|missing (?:pieces?|parts?|items?)|spare|re-?deliver(?:ed|y)?|collect(?:ed|ion)?|pick(?:ed)? (?:it )?up|engineer|technician|repair(?:ed)?|label|code|voucher|compensat(?:e|ed|ion)|look(?:ed|ing)? into|investigat(?:e|ed|ing)|process(?:ed)?|cancel(?:l?ed)?|cancell?ation|reimburs(?:e|ed)|arrang(?:e|ed)|manager|supervisor|in progress|dealt with|handl(?:e|ed|ing)|taken care|someone would|somebody would|a reply|hear back|waive|exchange|follow(?:ed|s)? up|follow-up)\b/;
/** What was said is an act of the speaker's side: "(you said) you'd pack it better", "they would", "you were going to". */
const EN_OWN_ACT = /^(?:that )?(?:you'd|you would|you'll|you will|you were going to|you guys would|they'd|they would|they'll|they were going to|someone would|somebody would)\s[a-z]/;
/** A promise of an arrival: the store's estimate, unless a case action or an occasion comes with it. */
const EN_DELIVERY = /\b(?:arriv(?:e|ed|al)|deliver(?:y|ed)?|ship(?:ped|ping)?|dispatch(?:ed)?|post(?:ed)?|courier|tracking|in stock|(?:working|business) days)\b/;

/** Contact again: "I'm asking again", "back again about", "following up AGAIN", "contacting you once more", "here I am again". */
const EN_AGAIN =
  /\b(?:asking|writing|contacting|messaging|e-?mailing|chasing|following up|chasing up|reaching out|getting in touch|chatting|calling|ringing|complaining|back|here|coming back|raising this|reporting this|bringing this up)(?: (?:you|in|to you|about (?:this|it)|on this|here|up))? (?:again|once more|one more time|once again)\b|\b(?:again|once more),? (?:i'm|i am|we're|we are|i've|we've) (?:asking|writing|contacting|chasing|following up|reporting|messaging|e-?mailing|here|back|having to)\b|\bhere (?:i am|we are) again\b|\b(?:i'm|i am|we're) back (?:here )?(?:about|because|with|re|regarding)\b|\bcame back (?:to|into) (?:this|the|your) (?:chat|support|helpline)\b|\bsame (?:story|thing|problem|issue|excuse|answer|reply|response|error|result) (?:as|like) (?:before|last time|always|usual|the last)\b/g;

/** What came of it: the problem still standing. */
const EN_STANDING =
  /\b(?:neither|still(?! (?:like|love|want|wish|prefer|need|interested|available|in stock|valid|on sale|the case|possible|on track|okay|ok|fine|good|happy|deciding|decide|unsure|not sure|planning|have\b(?! no| nothing)))|yet to|nothing|nobody|no one|no-one|noone|never|silence|zilch|nada|crickets|ghosted|left on read|not (?:a (?:thing|word|peep|penny|sausage)|fixed|sorted|resolved|solved|done|working|received|showing|there|happened|heard|once)|no (?!rush|worries|worry|problem|probs|need|hurry|idea|matter|doubt|longer|big deal|pressure|stress|thanks|offence|offense|way to|more than|less than)[a-z]{2,12}|heard nothing|(?:haven't|hasn't|havent|hasnt|have not|has not|didn't|didnt|did not|wasn't|wasnt|weren't|isn't|isnt|doesn't|doesnt|won't) (?:[a-z]{1,12})|but (?:it|they|nothing|no)|(?:it|they|he|she) (?:clearly |still |really |certainly |definitely )?(?:wasn't|weren't|didn't|isn't|hasn't|haven't|never|did not|was not|has not)|again|another (?:[a-z]{1,12} )?(?:damaged|broken|wrong|late|missing|faulty|lost|cracked|smashed|leaking|dead)|anyway|(?:closed|marked) (?:it |my [a-z]{1,12} )?(?:as )?(?:resolved|solved|closed|complete)|c[oa]me back|(?:it's|it is|its|they're|they are) back|come and gone|came and went|waited|waiting|ignored|unanswered|without (?:anyone|anybody|any|a)|(?:was|were) supposed to|(?:keep|kept) (?:getting|being)|same (?:error|problem|issue|result|thing|fault|silence)|start (?:over|again|from scratch)|all over again|by now|the last (?:i|we) heard|all (?:i've|i have|we've|we have|i|we) (?:had|heard|got|gotten|received)|is (?:anyone|anybody) (?:actually |even )?(?:reading|there|listening|looking)|where(?:'s| is) (?:it|that)|where(?:'s| is| are) (?:the|my) (?:refund|replacement|callback|call|money|label|code|engineer|credit|voucher|compensation|reply|answer))\b/;
/** The promised day gone by: "It's Thursday", "that was five days ago", "it's been a week", "It's half 7". */
const EN_DAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th))`;
const EN_SPAN = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|over a|more than a|almost a|nearly a|\d{1,2})`;
const EN_DAY_GONE_BY: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:it'?s|it is|its|today is|today's|now it'?s|and now it'?s) (?:now |already )?(?:${EN_DAY}|(?:half|quarter (?:past|to)) [a-z0-9]{1,6}|gone [a-z0-9]{1,6}|evening|night|the (?:afternoon|evening|next day|day after))\b`),
  new RegExp(String.raw`\bthat was (?:on |last |over |more than |almost |nearly )?(?:${EN_DAY}|yesterday|this morning|last (?:week|month)|the week before last|the other day|${EN_SPAN} (?:days?|weeks?|months?|hours?|fortnight) ago|ages ago|a while ago|a while back|weeks ago|days ago|weeks back)\b`),
  new RegExp(String.raw`\bit'?s (?:now |already )?been (?:${EN_SPAN}) (?:days?|weeks?|months?|fortnight)\b`),
  /\b(?:now|today) (?:on|is) day \d{1,3}\b|\b(?:has|have) been and gone\b/,
  new RegExp(String.raw`\b(?:${EN_SPAN} (?:days?|weeks?|months?|fortnight)|fortnight|days|weeks) (?:later|have passed|has passed|have gone by|on)\b`),
];
/** Settled, or thanked for: "they sorted it, thanks", "found it myself", "never mind". */
const EN_SETTLED =
  /\b(?:(?:they|you|she|he|someone|somebody|it) (?:sorted|fixed|resolved|solved) (?:it|this|that)|(?:all|now) sorted|sorted now|found (?:it|the answer) myself|never ?mind|thanks? (?:you )?(?:for|so much|again)|cheers|(?<!not |never )impressed|(?:please )?disregard|ignore (?:that|this|my (?:last|previous|earlier) [a-z]{1,12})|found (?:it|the [a-z]{1,12}|what i needed)(?: myself)?(?= |[.!,]|$)|well done|(?:a |really )?(?:great|helpful|quick) (?:answer|reply|response))\b/;
/** A polite check with nothing failed: "just want to check it went through", "just checking you got it". */
const EN_JUST_CHECKING = /\bjust (?:want(?:ed|ing)? to |to |checking|making sure|confirming)(?:check|confirm|make sure|in|that|you|it)?\b/;
/**
 * The way to take it further asked ("my complaint was closed but it's not resolved, how do I take it further"): the store's
 * process, which its article on escalating answers (as 投诉了没结果 可不可以升级处理 asks in Chinese).
 */
const EN_ASKS_PROCESS =
  /\bhow (?:do|can|could|should|would) (?:i|we) (?:take (?:it|this|my [a-z]{1,12}) further|escalate|appeal|make a (?:formal )?complaint|raise (?:it|this) (?:further|higher))|\b(?:what(?:'s| is) the (?:process|way) to escalate|is there a way to escalate|can (?:i|we|this|it|my [a-z]{1,12}) (?:be )?(?:escalated?|taken further))\b/;
/** What the customer will do, or asks whether: "I'll contact you again if", "should I call back". */
const EN_NOT_YET = /\b(?:if|unless|whether|in case|will|i'll|we'll|going to|gonna|should i|do i (?:need|have) to|can i|could i|may i|might)\s(?:[a-z']{1,12}\s){0,3}$/;
const EN_NEGATED = /\b(?:not|never|haven't|hasn't|didn't|don't|no need to|without)\s(?:[a-z']{1,12}\s){0,2}$/;
/** A yes-no question about what was said: "is that business days?", "does that include sale items?". */
const EN_YES_NO = /^(?:so |and |but )?(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|may|am)\s(?:it|that|this|they|these|those|i|we|you|u|there|the|my|a)\b/;
/** Questions that reproach rather than ask: "is anyone even reading these?", "did you even read my email?". */
const EN_REPROACH = /^(?:is|does|can|are|did|do|has) (?:anyone|anybody|someone|somebody|there anyone|there anybody|you (?:even|actually|people|guys)|nobody)\b/;
/** A question that asks, not reproaches ("what's the returns window again?"): what stands in it is no failure. */
const EN_ASKING = /^(?:what|when|which|who|how|is|are|can|could|do|does|will|would|should|may)\b/;
/** A problem named: with an earlier contact named as a thing ("as per my previous email, the zip is broken"), a chase. */
const EN_PROBLEM = /\b(?:broken|damaged|faulty|defective|cracked|missing|wrong|leak(?:s|ing)?|not working|doesn't work|smashed|torn)\b/;

interface Reading {
  /** Repeats read: the cue and what came of it. */
  found: string[];
  /** Cues with no outcome read (see untoldOutcome). */
  untold: string[];
}
const NONE: Reading = { found: [], untold: [] };

interface Cue {
  index: number;
  text: string;
  /** Enough alone, with no failure told. */
  alone?: boolean;
  /** An earlier contact named as a thing: a problem named with it is a chase ("as per my previous email, it's broken"). */
  named?: boolean;
}

function sentencesOf(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[.!?;\n]/.test(text[i])) {
      // A question mark stays with its sentence, so a question can be told by it.
      const end = i < text.length && text[i] === '?' ? i + 1 : i;
      const piece = text.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      if (piece.trim()) out.push({ start: start + lead, text: piece.trim() });
      start = i + 1;
    }
  }
  return out;
}

/** The message asks about what it tells: a yes-no question after the cue (not a reproach). */
function asksAfter(sentences: ReadonlyArray<{ start: number; text: string }>, index: number): boolean {
  return sentences.some((s) => {
    if (s.start + s.text.length <= index || !s.text.endsWith('?')) return false;
    // The clauses of the sentence: "you said thursday, is that still on?".
    const clauses = s.text.split(/[,:]\s*/);
    return clauses.some((c) => EN_YES_NO.test(c.trim()) && !EN_REPROACH.test(c.trim()));
  });
}

/** The text with its asking questions blanked (positions kept): what stands in them is asked about, not told. */
function withoutAsking(text: string, sentences: ReadonlyArray<{ start: number; text: string }>): string {
  let out = text;
  for (const s of sentences) {
    if (s.text.endsWith('?') && EN_ASKING.test(s.text) && !EN_REPROACH.test(s.text)) {
      out = out.slice(0, s.start) + ' '.repeat(s.text.length) + out.slice(s.start + s.text.length);
    }
  }
  return out;
}

function englishCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const match of text.matchAll(EN_CONTACT)) {
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 40), at);
    const sentenceStart = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1), text.lastIndexOf(',', at - 1), -1) + 1;
    const ownBefore = text.slice(sentenceStart, at);
    if (!EN_CUSTOMER.test(ownBefore.length < before.length ? ownBefore : before) || EN_NOT_YET.test(before) || EN_NEGATED.test(before)) continue;
    if (EN_SENT_BACK.test(text.slice(at, at + 60))) continue;
    // "the cash I asked for", "the refund I asked for isn't showing": what was asked for, not a contact told.
    if (EN_OBJECT_RELATIVE.test(before)) continue;
    // Someone else contacted: the seller, the bank, the courier ("I contacted the seller and he won't respond").
    if (EN_OTHER_PARTY.test(text.slice(at + match[0].length, at + match[0].length + 30))) continue;
    const sentence = text.slice(sentenceStart, text.indexOf('.', at) < 0 ? text.length : text.indexOf('.', at));
    const alone = EN_ALREADY.test(before) && EN_OCCASION.test(sentence) && !/\b(?:said|told)\b/.test(match[0]);
    cues.push({ index: at, text: match[0], alone });
  }
  for (const pattern of EN_CONTACT_THING) {
    const match = pattern.exec(text);
    // "my old email doesn't exist anymore": an address, not a message sent (EN_MAIL_AS_ADDRESS).
    if (match && /mail/.test(match[0]) && EN_MAIL_AS_ADDRESS.test(text.slice(match.index + match[0].length, match.index + match[0].length + 50))) continue;
    if (match) cues.push({ index: match.index, text: match[0], named: true });
  }
  for (const match of text.matchAll(EN_SAID)) {
    const at = match.index ?? 0;
    const sentenceStart = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1), -1) + 1;
    const before = text.slice(Math.max(sentenceStart, at - 60), at);
    const promise = /^(?:promised|assured|guaranteed|swore)/.test(match[0]);
    // A promise is the shop's whoever made it ("that callback Jess promised me"), unless the customer's own.
    // "the agent who delivered it said": the courier's people, whose word on a parcel is no contact with the shop.
    const person = EN_NAMED_PERSON.test(before) && !EN_COURIER_PERSON.test(before);
    const teller = person || EN_SHOP_PERSON.test(before) || (promise && !EN_OWN_PROMISE.test(before));
    if (!teller || EN_NOT_YET.test(before) || EN_NEGATED.test(before)) continue;
    const named = person && !EN_ARRIVAL_ESTIMATE.test(text.slice(at + match[0].length));
    if (named || promiseCounts(text, at, EN_WEAK_PERSON.test(before) && !promise)) cues.push({ index: at, text: `${before.trim().split(' ').pop()} ${match[0]}` });
  }
  for (const match of text.matchAll(EN_WAS_TOLD)) {
    const at = match.index ?? 0;
    if (EN_NOT_YET.test(text.slice(Math.max(0, at - 40), at))) continue;
    // Told (by a screen as often as a person: "was told declined") counts with a case action, or told by a person of the
    // shop's; promised or assured, as any promise.
    const told = !/(?:promised|assured|guaranteed|a promise)/.test(match[0]);
    const after = text.slice(at + match[0].length, at + match[0].length + 40);
    const byPerson = EN_BY_PERSON.test(after);
    // Told on the phone or in the chat: a person told it, and whatever they told is the shop's word to this customer.
    const onChannel = EN_PERSON_CHANNEL.test(after) && !EN_ARRIVAL_ESTIMATE.test(text.slice(at + match[0].length));
    if (onChannel || (told && !byPerson ? EN_CASE_ACTION.test(text) : promiseCounts(text, at, false))) cues.push({ index: at, text: match[0].replace(/^[.!?;,] /, '').trim() });
  }
  for (const match of text.matchAll(EN_DUE_CONTACT)) {
    const at = match.index ?? 0;
    if (!EN_NOT_YET.test(text.slice(Math.max(0, at - 40), at))) cues.push({ index: at, text: match[0].replace(/^[.!?;,] /, '').trim() });
  }
  for (const match of text.matchAll(EN_AGAIN)) {
    const at = match.index ?? 0;
    if (EN_NOT_YET.test(text.slice(Math.max(0, at - 40), at))) continue;
    if (backWithNewErrand(text, at, match[0])) continue;
    cues.push({ index: at, text: match[0], alone: true });
  }
  return cues;
}

/** Coming back with the same errand, whatever follows: chasing, complaining, reporting or raising this again. */
const EN_SAME_ERRAND = /^(?:chasing|complaining|reporting|raising|bringing|following up|chasing up)\b|\babout (?:this|it)\b|\bon this\b/;
/** Coming back, a presence and no more: back, here, writing, messaging, in touch, reaching out. */
const EN_PRESENCE = /^(?:back|here|coming back|writing|messaging|e-?mailing|contacting|getting in touch|reaching out|chatting|calling|ringing|(?:i'm|i am|we're) back)\b|\bhere (?:i am|we are) again\b/;

/**
 * Back again with something new, nothing failed told: "me again, one more question — do you ship to Ireland?", "asking
 * again for my sister, does the coat come in petite", "back again lol, do you have the blue one in a size 10". A new
 * errand said (new-errand.ts) clears any contact again but a chase; a question alone clears a presence ("back again",
 * "writing again") unless it comes back about the case ("back again about my refund").
 */
function backWithNewErrand(text: string, at: number, cue: string): boolean {
  if (EN_SAME_ERRAND.test(cue)) return false;
  const rest = `${text.slice(0, at)} | ${text.slice(at + cue.length)}`;
  const failed = EN_STANDING.exec(rest) ?? EN_PROBLEM.exec(rest) ?? EN_DAY_GONE_BY.map((p) => p.exec(rest)).find((m) => m !== null);
  if (failed) return false;
  const after = text.slice(at + cue.length);
  if (EN_CASE_CHASED.test(after)) return false;
  if (EN_NEW_ERRAND.test(after)) return true;
  return EN_PRESENCE.test(cue) && !EN_ABOUT_CASE.test(after) && EN_ERRAND_QUESTION.test(after);
}

/**
 * A promise is of the case, or made on an occasion the customer names; "you said" alone of an arrival is the store's
 * estimate ("you said 3-5 days").
 */
function promiseCounts(text: string, at: number, weak: boolean): boolean {
  const sentenceEnd = text.slice(at).search(/[.!?;]/);
  const sentence = text.slice(Math.max(0, at - 40), sentenceEnd < 0 ? text.length : at + sentenceEnd);
  if (EN_CASE_ACTION.test(text)) return true;
  if (EN_OCCASION.test(sentence)) return true;
  // "you said you'd pack it better": the shop's own act promised, no estimate of an arrival.
  if (EN_OWN_ACT.test(text.slice(at).replace(/^(?:said|told|promised|assured|swore|guaranteed)(?: (?:to )?(?:me|us))? /, '')) && !EN_DELIVERY.test(sentence)) return true;
  return !weak && !EN_DELIVERY.test(sentence);
}

function englishEarlierContact(text: string): Reading {
  const cues = englishCues(text);
  if (cues.length === 0 || EN_SETTLED.test(text) || EN_JUST_CHECKING.test(text) || EN_ASKS_PROCESS.test(text)) return NONE;
  const sentences = sentencesOf(text);
  const found: string[] = [];
  const untold: string[] = [];
  for (const cue of cues) {
    if (asksAfter(sentences, cue.index)) continue;
    if (cue.alone) {
      found.push(cue.text);
      continue;
    }
    // What came of it, anywhere outside the cue itself, and not in a question that asks ("what's the window again?").
    // The customer's own coming back ("me again", "hello again!") is no outcome: "Me again! Last time I asked about
    // sizing, this time do you ship to Malta" tells a second errand.
    const told = withoutAsking(text, sentences);
    const rest = `${told.slice(0, cue.index)} | ${told.slice(cue.index + cue.text.length)}`.replace(EN_PRESENCE_AGAIN, ' ');
    const standing =
      EN_STANDING.exec(rest) ?? EN_DAY_GONE_BY.map((p) => p.exec(rest)).find((m) => m !== null) ?? (cue.named ? EN_PROBLEM.exec(rest) : null);
    if (standing) found.push(`${cue.text} … ${standing[0]}`);
    // The outcome told in a clause of its own, after the cue's: "…promised a full refund. I've only received the item price."
    else if (/[.!?;,]\s*[a-z']{1,16}\s[a-z']{1,16}/.test(text.slice(cue.index + cue.text.length))) untold.push(cue.text);
  }
  return { found: [...new Set(found)].slice(0, 3), untold };
}

// --- Chinese (simplified, folded: Cantonese 琴日 → 昨天, 咗 → 了, 冇 → 没有, 你哋 → 你们) ---------------------------

/** An earlier occasion: 上次, 之前, 昨天, 上周, 前几天, 周一. */
const ZH_OCCASION =
  '(?:上次|上回|上一次|之前|以前|早前|先前|早就|早已|当时|昨天|昨日|前天|前日|前几天|前两天|前几日|前阵子|上周[一二三四五六日天]?|上个?礼拜[一二三四五六日天]?|上个?星期[一二三四五六日天]?|上个月|月初|那天|(?:周|星期|礼拜)[一二三四五六日天])';
const ZH_OCCASION_NEAR = new RegExp(ZH_OCCASION);
/** A contact: the customer reached the shop (buying, ordering, applying and paying are not contacts). */
const ZH_CONTACT_VERB =
  '(?:问|询问|咨询|联系|联络|找|反映|反应|反馈|回报|投诉|申诉|留言|私信|打电话|打过电话|致电|来电|报修|催|提交|发邮件|发电邮|写信|发信息|发消息|倾|聊|谈|沟通)';
/** Contacted, marked as done: 问过, 联系过, 反映了, 找过客服, 留言过了, 留过言, 提过, 写过email. */
const ZH_CONTACTED = new RegExp(`${ZH_CONTACT_VERB}(?:过|了)|留(?:过|了)言|提过|写过(?:email|mail|邮件|信)|提供(?:过|了)|(?:发|传|寄|交)过了?(?=[吗嘛啊呀]|[，,。！？!?]|$)`, 'g');
/** Said before by the customer (说过, 讲过 not after one of the shop's people, who would be promising). */
const ZH_SAID_BEFORE = /(?:说|讲)过/g;
/** Told clearly already: 说得明明白白, 讲得好清楚, 已经说清楚了. */
const ZH_TOLD_CLEARLY = /(?:说|讲)(?:得|了)?(?:明明白白|清清楚楚|很清楚|好清楚|很明白|清楚)/g;
/** Contact at an occasion, marked or not: 上回反馈的问题, 之前提交的工单, 昨天打电话. */
const ZH_CONTACT_AT = new RegExp(`${ZH_OCCASION}(?:就|已经|都|也)?[^，,。！？!?]{0,6}?${ZH_CONTACT_VERB}`, 'g');
/** Said to the shop before: 跟你们说过, 同你们讲了, 跟客服确认过. */
const ZH_TOLD_SHOP = /(?:跟|和|同|对|给)(?:你们|你|客服|你们客服)(?:说|讲|反映|反馈|提|确认)(?:过|了)/g;
/** The problem at hand named: 这个问题, 同一个问题, 这件事. */
const ZH_THIS_PROBLEM = /(?:这个|这|同一个|同样的|一样的)(?:问题|毛病|情况|事情|事|故障)/;
/** Things sent to the shop: 发过照片, 寄过邮件, 传了截图, 打过你们客服电话, send了相, 把照片发给你们. */
const ZH_SENT =
  /(?:寄|写|发)信给(?:你们|客服)|(?:发|寄|传|上传|send)(?:过|了)(?:照片|图片|视频|截图|邮件|电邮|信息|消息|资料|凭证|相|email|mail|单据|收据|发票|单号|订单号|证明|文件)|打(?:过|了)[^，,。！？!?]{0,4}电话|打过来|打来过|(?:把|将)[^，,。！？!?]{1,8}(?:发|传|寄|交|send)(?:给|到|了)?(?:你们|客服|你)/g;
/** Did what the shop said: 按照你们说的做了, 照你们讲的重新安装了, 按照客服说的重启过了. */
const ZH_DID_AS_TOLD = /(?:按照|按|照着?|根据)(?:你们|你|客服)[^，,。！？!?]{0,3}(?:说|讲|教)的/g;
/**
 * The case handled once already (已经处理过一次, 之前搞过一次, 修过两次): with the problem back (又, 结果…), the same failure
 * again.
 */
const ZH_HANDLED_BEFORE = /(?:处理|解决|修|维修|换|弄|搞|整|补发|重置|解锁|解封)(?:过|了)(?:一次|一回|一遍|两次|两回|几次|好几次)/g;
/** The problem back (又被锁了, 又坏了, 又不能用), not a wish again (换了一次 又想换个颜色). */
const ZH_BACK_AGAIN = /又(?:被|坏|锁|出|不|没|冇|错|是|系|卡|停|断|漏|掉|丢|失败|登不|打不|用不|开不|收不|发错|寄错|送错|扣|黑|死机)/;
/** It's me again: with the problem standing, a chase (又是我 想问问 is a returning customer). */
const ZH_ME_AGAIN = /又(?:是|系)我/g;

/** The shop's people said or promised: 客服说, 你们答应, 上次话, 说好, 应承. */
const ZH_SHOP_PERSON =
  '(?:你们|你|客服人员|客服|人工|专员|工作人员|同事|经理|主管|职员|员工|店员|接线员|他们|对方|店家|商家|卖家|那个客服|你们的人|你们客服|售后|那边)(?:小姐姐|小哥哥|小哥|小姐|妹子|美女|那边|这边)?';
/**
 * One of the shop's people named (客服, 工作人员, 你们职员), not the shop as a whole (你们, 商家, 那边, often the product
 * page's word): whatever such a person promised, the customer was in touch, and the promise broken is a failure.
 */
const ZH_NAMED_PERSON = /客服|人工|专员|工作人员|同事|经理|主管|职员|员工|店员|接线员|你们的人|售后/;
/** What a person told as an estimate of arrival, a span and no more (客服说3到5天到, 一周内送达): the store's word on delivery times. */
const ZH_ARRIVAL_ESTIMATE =
  /^[^，,。！？!?]{0,4}?[0-9一二两三四五六七八九十几]{1,3}(?:[-~到至][0-9一二两三四五六七八九十]{1,3})?个?(?:工作)?(?:天|日|周|星期|礼拜|月|小时)|^(?:是|的是)?(?:昨天|今天|明天|前天|后天|(?:这|上)?(?:周|星期|礼拜)[一二三四五六日天]|[0-9一二三四五六七八九十]{1,3}号)(?:就|会|能|可以)?(?:到|送到|送达|发货|发出|寄到|送货)/;
const ZH_SAID = new RegExp(
  `(?:${ZH_SHOP_PERSON}|${ZH_OCCASION})(?:${ZH_OCCASION})?(?:之前|也|都|又|明明|就|还|已经)?(?:跟我|和我|同我|对我)?(?:说|讲|话|答应|承诺|保证|应承|告诉我|回复|确认|让我|叫我|要我|给(?:我)?的)|说好|讲好|答应(?:过|了|好)|承诺|应承|说(?:了|过)会`,
  'g',
);
/** What the shop's people do about a case ("帮我" anything). */
const ZH_CASE_ACTION =
  /处理|回复|答复|回电|回电话|打电话|打给我|联系我|覆我|打返|退款|退钱|退差价|补发|补寄|重发|换货|更换|换一|换新|修|跟进|解决|赔偿|补偿|登记|安排|上门|取件|整好|改好|搞定|核实|加急|帮我|替我|给我|专人|有人|升级/;
const ZH_SHOP_BEFORE = new RegExp(`${ZH_SHOP_PERSON}$`);

/** Again: 又来问, 又来找, 再问一遍, the same problem again (又是同一个问题), 一次又一次. */
const ZH_AGAIN =
  /又(?:来|跑来)?(?:问|找|催|联系|咨询)|再问一[遍次](?!吗)|(?:又|还)(?:是|系)(?:同一个|同样的|一样的|相同的)(?:问题|毛病|情况|故障)|又(?:是|系)(?:这个|同一个|同样的|一样的|相同的)(?:问题|毛病|情况|故障)|一次又一次|一遍又一遍|(?:一直|总是|老是|天天|每天)(?:都)?(?:说|讲|话)(?:在处理|处理中|在跟进|在查|在核实|快了|马上|再等等|等等)|一直在催|(?:问|找|催|说|反映|投诉)了?(?:也|都)(?:没用|白问|白说|没人理|没结果)/g;
/** An apology for asking again: 不好意思又来问了, 抱歉再问一下, 打扰了 又来问 (Cantonese 唔好意思 folded likewise). */
const ZH_POLITE_AGAIN = /(?:不好意思|唔好意思|抱歉|打扰(?:了|一下|你)?|麻烦(?:了|你)?|对不起|sorry)[，,\s]{0,2}(?:我|那个|亲)?[，,\s]{0,2}(?:又|再)(?:来)?(?:问|打扰|麻烦|咨询)(?:了|一下|一次|一遍)?/;
/** A contact made already, on a named occasion: enough alone (我昨天已经问过你们). */
const ZH_ALREADY = new RegExp(`${ZH_OCCASION}[^，,。！？!?]{0,4}(?:已经|早就)|(?:已经|早就)[^，,。！？!?]{0,4}${ZH_OCCASION}`);

/** What came of it. */
const ZH_STANDING =
  /还是|还没|还未|还在(?:让我)?等|让我等|仍然|仍未|依然|依旧|照旧|到现在|到今天|至今|一直(?:没|未|不|都|在|拖)|拖着|都没|也没|没(?:有)?了?(?:动静|消息|下文|回音|人|反应|回复|回|任何)|一点(?:消息|进展|动静|反应)?都没|石沉大海|老样子|(?:都|也|还)(?:是|系)?(?:一样|一模一样)|结果|没用|不行|都未|仍是|没兑现|啥都没|什么都没|根本没|又(?:没|扣|出现|是|说|要|叫|让|坏|发错|寄错|来)|还(?:寄|发|送|搞|弄)错|(?:还|又|仲)(?:说|话|讲)|(?:钱|退款|东西|人|电话|补偿|赔偿|货|包裹|答复|回复|补发的|新的)呢|一(?:条|个|句|封|通|点)[^，,。！？!?]{0,4}都没|仲(?:未|系|是|有|要|没|冇|寄错|发错|送错)|白等|没等到|没做到|没变|查不到|没打|没退|没发|没寄|没来|没处理|没解决|没修|(?:^|[，,])没有?(?:[。！!]|$)/;
/** The promised day gone by: 今天都周四了, 已经过去一周了, 半个月过去了, 等了好几天, 现在都晚上十点了. */
const ZH_COUNT = '(?:[一二两三四五六七八九十几半0-9]{1,3}|好几|好多|很多|整整|足足)';
const ZH_SPAN = `${ZH_COUNT}个?多?(?:天|日|周|星期|礼拜|月)`;
const ZH_DAY_GONE_BY = new RegExp(
  `(?:今天|今日|现在|而家)(?:都|已经)?(?:是)?下?(?:周|星期|礼拜)[一二三四五六日天]|(?:已经|都)?过(?:去)?了?${ZH_SPAN}|${ZH_SPAN}(?:过去|过)了|等了${ZH_SPAN}|都${ZH_SPAN}了|(?:现在|今天|而家)(?:都|已经)?${ZH_SPAN}了?|现在都[^，,。！？!?]{1,6}了|(?:早|早就|早已)(?:都|已经)?(?:过|超过|过去)(?:了|好久|很久|好几天)|已经下班了|(?:这周|这个星期|这个礼拜|这礼拜|今天|这个月)(?:都)?(?:快|要)?过完了`,
);
const ZH_SETTLED = /(?:已经|都)?(?:解决|搞定|搞掂|处理好|弄好)了|谢谢|多谢|感谢/;
/** Before a shop's person: the customer speaking to them (同职员讲, 跟客服说), or wishing to (想跟, 要找). */
const ZH_SPOKEN_TO = /(?:跟|和|同|与|对|找|搵)$|(?:想|要|可以|能)(?:跟|和|同|与|对|找|搵)?[^，。！？]{0,2}$/;
/** Asking whether anyone is there: 有没有人, 有冇人 folded (有没有人在, 有没有人可以帮我). */
const ZH_ANYONE_ASKED = /有没有?人/g;
const ZH_NOT_YET = /(?:如果|要是|假如|万一|若是|假设|会不会|要不要|能不能|可不可以)[^，。！？]{0,8}$/;
/** A question about what was said: 是工作日吗, 现在还可以吗 (not 这么, nor a reproach: 不是发过了吗). */
const ZH_ASKS = ZH_ENDS_ASKING;
const ZH_REPROACH = /不是|难道|怎么|为什么|为何/;
/** A request put as a question after it ("可不可以升级处理"): asks the store's process, as "can it be escalated?" does. */
const ZH_ASKS_PROCESS = /可不可以|可以不可以|能不能|能否|可否|是否/;
/** How to take it further ("我上周投诉了还没回复 怎么升级处理", 點樣申訴): the store's process, however 怎么 reads elsewhere. */
const ZH_HOW_TO_ESCALATE = /(?:怎么|怎样|如何|点样|咋)(?:才能|才可以|可以|能|去)?(?:升级|申诉|往上(?:反映|投诉)|找上级|再投诉)/;

/** Asking or coming again, as a contact and no more (又来问, 再问一遍); 又来催 chases whatever follows. */
const ZH_ASK_AGAIN = /^(?:又(?:来|跑来)?(?:问|找|联系|咨询)|再问一[遍次])$/;

/**
 * Back again with a new question, nothing failed and no exasperation told (我又来问了 你们周末发货吗, 再问一次 会员积分怎么用,
 * as 不好意思又来问了 运费多少 is): a second question, not the same problem chased. 我再问一遍 退款到底什么时候到 stays a chase.
 */
function zhBackWithNewErrand(text: string, m: RegExpExecArray): boolean {
  if (!ZH_ASK_AGAIN.test(m[0])) return false;
  const rest = `${text.slice(0, m.index)}|${text.slice(m.index + m[0].length)}`;
  if (ZH_STANDING.test(rest) || ZH_DAY_GONE_BY.test(rest) || ZH_EXASPERATED.test(text)) return false;
  const after = text.slice(m.index + m[0].length);
  return ZH_NEW_ERRAND.test(after) || ZH_ERRAND_QUESTION.test(after);
}

function chineseEarlierContact(text: string): Reading {
  const clauses = text.split(/[，,。！？!?；;\s]+/).filter(Boolean);
  // A question about the promise or the contact ends a clause after it; a reproach (怎么还没回复, 不是发过了吗) asks nothing.
  const asks = (from: number) => {
    let at = 0;
    for (const clause of clauses) {
      const start = text.indexOf(clause, at);
      at = start + clause.length;
      const closing = text.slice(at, at + 1);
      if (at > from && ZH_HOW_TO_ESCALATE.test(clause)) return true;
      if (at <= from || ZH_REPROACH.test(clause)) continue;
      if (ZH_ASKS.test(clause) || (/[?？]/.test(closing) && /(?<![这那怎什多])[吗么]/.test(clause)) || ZH_ASKS_PROCESS.test(clause)) return true;
    }
    return false;
  };
  if (ZH_SETTLED.test(text)) return NONE;
  // An apology for asking again, with nothing failed told beside it (不好意思又来问了，运费多少): a polite customer.
  const polite = ZH_POLITE_AGAIN.exec(text);
  if (polite && !ZH_STANDING.test(text.slice(0, polite.index) + '|' + text.slice(polite.index + polite[0].length))) return NONE;
  const cues: Cue[] = [];
  const clauseOf = (index: number) => {
    const start = Math.max(...['，', ',', '。', '！', '？', '!', '?', ' '].map((p) => text.lastIndexOf(p, index - 1))) + 1;
    const end = text.slice(index).search(/[，,。！？!?\s]/);
    return text.slice(start, end < 0 ? text.length : index + end);
  };
  const push = (pattern: RegExp, alone: (match: RegExpExecArray) => boolean = () => false, keep: (match: RegExpExecArray) => boolean = () => true) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (!ZH_NOT_YET.test(text.slice(Math.max(0, m.index - 10), m.index)) && keep(m)) cues.push({ index: m.index, text: m[0], alone: alone(m) });
    }
    pattern.lastIndex = 0;
  };
  const already = (m: RegExpExecArray) => ZH_ALREADY.test(clauseOf(m.index));
  push(ZH_CONTACTED, already);
  push(ZH_SAID_BEFORE, already, (m) => !ZH_SHOP_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)));
  push(ZH_TOLD_CLEARLY);
  push(ZH_CONTACT_AT);
  // 这个问题我已经跟你们讲过了: told already, of the problem at hand, the customer is telling it again.
  push(ZH_TOLD_SHOP, (m) => already(m) || (/已经|早就|都/.test(text.slice(Math.max(0, m.index - 6), m.index)) && ZH_THIS_PROBLEM.test(text)));
  push(ZH_SENT);
  push(ZH_DID_AS_TOLD);
  push(ZH_ME_AGAIN);
  push(ZH_HANDLED_BEFORE, (m) => ZH_BACK_AGAIN.test(text.slice(m.index + m[0].length)));
  // Back with a new question: the contact again is no cue, nor its own 问了 read as a contact made (又来问了 你们有没有实体店).
  const newErrands: Array<[number, number]> = [];
  push(ZH_AGAIN, () => true, (m) => {
    if (!zhBackWithNewErrand(text, m)) return true;
    newErrands.push([m.index, m.index + m[0].length + 1]);
    return false;
  });
  if (newErrands.length > 0) {
    const kept = cues.filter((cue) => !newErrands.some(([start, end]) => cue.index >= start && cue.index <= end));
    cues.splice(0, cues.length, ...kept);
  }
  ZH_SAID.lastIndex = 0;
  for (let m = ZH_SAID.exec(text); m !== null; m = ZH_SAID.exec(text)) {
    if (ZH_NOT_YET.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    // 我想同职员讲, 想跟客服说: the shop's person is the one to be spoken to, now or next, not one who said something.
    if (ZH_SPOKEN_TO.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const occasion = ZH_OCCASION_NEAR.test(m[0]) || ZH_OCCASION_NEAR.test(text.slice(Math.max(0, m.index - 6), m.index));
    // 说好三天到 is an estimate of arrival; 说好的退款, 说会回电 are promises of the case; 客服说今天一定发 is a person's word.
    // 说好昨天到的 还没到 帮我看看: an arrival promised, then a request of today (帮我) that is no case action promised.
    const estimate = ZH_ARRIVAL_ESTIMATE.test(after);
    const named = ZH_NAMED_PERSON.test(m[0]) && !estimate;
    if (occasion || named || (!estimate && ZH_CASE_ACTION.test(after))) cues.push({ index: m.index, text: m[0] });
  }
  ZH_SAID.lastIndex = 0;
  const found: string[] = [];
  const untold: string[] = [];
  for (const cue of cues) {
    if (asks(cue.index)) continue;
    const rest = `${text.slice(0, cue.index)}|${text.slice(cue.index + cue.text.length)}`;
    if (cue.alone) {
      found.push(cue.text);
      continue;
    }
    // 有没有人 asks whether anyone is there; its 没有人 is no "nobody answered". 又是我, 我又来了: the customer's own coming
    // back, not the problem's (又係我 上次問過退貨 今次想問禮品卡點用 is a second errand).
    const told = rest.replace(ZH_ANYONE_ASKED, '有人吗').replace(ZH_PRESENCE_AGAIN, '|');
    const standing = ZH_STANDING.exec(told) ?? ZH_DAY_GONE_BY.exec(told);
    if (standing) found.push(`${cue.text}…${standing[0]}`);
    else if (/[，,。！？!?；;]\s*[\p{Script=Han}a-z]{2}/u.test(text.slice(cue.index + cue.text.length))) untold.push(cue.text);
  }
  return { found: [...new Set(found)].slice(0, 3), untold };
}

/** Repeated contact told by its shape (see above), as evidence: the cue and what came of it. */
export function earlierContact(english: string, chinese: string): string[] {
  return [...(english ? englishEarlierContact(english).found : []), ...(chinese ? chineseEarlierContact(chinese).found : [])];
}

/**
 * An earlier contact or a promise told, asked about nowhere after it, with no outcome the parts above know: the messages
 * the learned reading (repeat-learned.ts) may read, for outcomes told in other words ("i got half", "and then sent me a
 * debt collection letter"). Empty when the rules found the repeat, or found no earlier contact.
 */
export function untoldOutcome(english: string, chinese: string): string[] {
  const en = english ? englishEarlierContact(english) : NONE;
  const zh = chinese ? chineseEarlierContact(chinese) : NONE;
  if (en.found.length > 0 || zh.found.length > 0 || closesAsking(english, chinese)) return [];
  return [...en.untold, ...zh.untold];
}

/** The last clause reproaches: "where is it?", "why…?", "how much longer", 积分呢？, 在哪里？ */
const EN_CLOSING_REPROACH =
  /^(?:where|why|how (?:much )?longer|how long (?:do|must|will|am|have) (?:i|we) (?:have to |got to )?(?:wait|keep)|what(?:'s| is) (?:going on|happening|the hold ?up)|seriously|really)\b/;
const ZH_CLOSING_REPROACH = /呢|哪|为什么|为何|怎么还|凭什么|到底/;
/** A question put indirectly: "this time I want to know if you ship to Malta", "today I'm wondering whether…". */
const EN_ASKS_INDIRECTLY = /\b(?:(?:want|wanted|need|needed|like|love) to know|wonder(?:ing|ed)?|curious) (?:if|whether|what|when|how|which|where|who|about)\b/;
/** A Chinese clause that asks, marked or not: 是工作日吗, 怎么办, 要多久, 可以换吗. */
const ZH_CLOSING_ASKS = /(?<![这那什多])[吗么][?？]?$|怎么办|怎么做|怎么弄|如何|能不能|可不可以|是不是|多久|几天|点样|点算|几时/;

/**
 * The message closes on a question that asks ("any update on that date?", "so I'll hear next week?", "how do I do it"):
 * it asks about the promise rather than tells of its failure, and the learned reading stays out.
 */
function closesAsking(english: string, chinese: string): boolean {
  if (chinese) {
    const last = chinese.split(/[，,。！？!?；;]/).filter(Boolean).pop() ?? '';
    return (/[?？]$/.test(chinese) || ZH_CLOSING_ASKS.test(last)) && !ZH_CLOSING_REPROACH.test(last);
  }
  const last = english.split(/[.!?;,]/).map((c) => c.trim()).filter(Boolean).pop() ?? '';
  return (english.endsWith('?') || EN_ASKING.test(last) || EN_ASKS_INDIRECTLY.test(last)) && !EN_CLOSING_REPROACH.test(last) && !EN_REPROACH.test(last);
}
