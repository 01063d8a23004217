/**
 * Repeated contact told without a count of contacts (complaint.ts reads "the fourth time", 第三次, "emailed you twice";
 * narrated-repeat.ts, contact-series.ts and counted-contacts.ts read stories of contacts): the customer says the
 * failure or the answer happened before, in the words people use for that:
 *
 * - exasperation at a recurrence: "here we go again", "groundhog day", "I've lost count how many times", "that makes it
 *   three", "once again the discount didn't apply", "not again … AGAIN";
 * - earlier occasions named: "the last two times too", "six weeks and five promises", "message number seven", "I'm sick
 *   of repeating myself", "reported this every time", a list of dates ("on the 3rd, the 10th and the 17th"), a list of
 *   channels tried ("been on hold, chatted, emailed, DM'd");
 * - 上次也是这么说的, 上回也是让我等, 照片发了三遍了, 传了好几次, 又是一样的罐头回复, 又再送错, 第几次啦, 每次都系机械人覆我,
 *   问题一直没有解决.
 *
 * Not repeated contact: a question about what happens ("what if it happens again?"), the customer's own habit ("I order
 * here again and again" is loyalty: read by the reorder words below), once-only wording ("send it again please").
 */
import { ZH_ENDS_ASKING } from './patterns';

// --- English -------------------------------------------------------------------------------------------------------

const EN_NUMBER = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|[2-9]|1[0-9])`;
const EN_RECURRENCE: readonly RegExp[] = [
  String.raw`here we go again`,
  // Orders in a row with a fault told ("three orders in a row now with missing items"), not orders placed in a row.
  String.raw`(?:three|four|five|six|seven|eight|nine|ten|[3-9]|[1-9][0-9]|two|2) (?:[a-z]{1,12} ){0,2}(?:orders|parcels|packages|boxes|shipments|deliveries) in a row,? (?:now )?(?:with|have|has|that|where|came|arrived|were|missing|late|damaged|broken|wrong|short)`,
  String.raw`groundhog day`,
  String.raw`(?:lost|losing) count (?:of )?(?:how many|the number of)`,
  String.raw`that(?:'s| is| makes it) (?:three|four|five|six|the third|the fourth|the fifth|3|4|5)\b(?! (?:items?|pieces?|pairs?|of|for|dollars|pounds|euros))`,
  // With a failure in the clause: "once again you've been very helpful" is thanks.
  String.raw`once again,? (?:the|my|your|it|this|you|nothing|no)\b[^.!?]{0,40}\b(?:didn't|did not|doesn't|does not|not|no|never|wrong|broken|late|missing|failed|nothing|still|isn't|wasn't)\b`,
  String.raw`the (?:last|past|previous) ${EN_NUMBER} times`,
  String.raw`${EN_NUMBER} (?:broken |empty |different )?promises`,
  String.raw`(?:message|email|e-mail|chat|call|attempt|ticket|complaint) (?:number|no\.?|#) ?(?:three|four|five|six|seven|eight|nine|ten|[3-9]|1[0-9])\b(?!\d)`,
  String.raw`repeat(?:ing)? myself`,
  String.raw`(?:reported|raised|flagged|mentioned|complained about|told you about|logged) (?:this|it|that) (?:every|each) (?:single )?time`,
  // Contact on every occasion, "everytime" spelled as one word too: "everytime I phone I'm told…".
  String.raw`(?:everytime|every time|each time|whenever) (?:i|we) (?:phone|call|ring|chat|email|e-mail|write|contact|message|ask|try)\b`,
  String.raw`(?:nobody|no one|noone) ever (?:does|did|has|calls?|rings?|replies|answers|gets back|follows up)\b`,
  // An ordinal period of it: "the fourth week of being told", "third month of chasing".
  String.raw`(?:second|third|fourth|fifth|sixth|[2-9](?:nd|rd|th)) (?:day|week|month|weekend) (?:of|in a row of|now of) (?:being|waiting|chasing|asking|hearing|getting)`,
  // Answers that disagree, counted: "told three different things by three different people", "given conflicting dates".
  String.raw`(?:told|given|got|had|received|heard|getting|been given) (?:${EN_NUMBER} |so many |all sorts of )(?:different|conflicting|contradictory|contradicting) (?:things|answers|stories|dates|excuses|explanations|responses|replies|reasons|information|info)`,
  String.raw`\bby (?:${EN_NUMBER}|so many) different (?:people|agents|staff|reps|advisors|advisers|members of staff|colleagues|departments)`,
  // "Yet another chat, yet another bot": a recurrence named by its contacts or excuses.
  String.raw`yet another (?:[a-z]{1,12} )?(?:chat|call|email|e-mail|bot|link|excuse|promise|delay|ticket|agent|reply|answer|message|wrong|broken|missed)`,
  // The same conversation had before: "I had this exact conversation with you on monday".
  String.raw`(?:had|have had|been through|went through) (?:this|the) (?:exact |same |exact same |very same )?(?:conversation|chat|discussion|call)(?: with (?:you|your [a-z]{1,12}))? (?:before|already|yesterday|last week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)`,
  // "already had this exact conversation with your colleague": the "already" put first.
  String.raw`already (?:had|been through|gone through|went through) (?:this|the) (?:exact |same |exact same |very same )?(?:conversation|chat|discussion|call)\b(?! with (?:my|our|his|her|their)\b)`,
  // Contact on each day, and again: "called each day", "I reported it last week and the week before that".
  String.raw`(?:called|rang|phoned|emailed|chatted|messaged|chased|contacted|asked|reported|written|wrote) (?:(?:you|it|this|them|about it|the [a-z]{1,12} [a-z]{1,12}|the [a-z]{1,12}) )?(?:each|every) (?:single )?(?:day|week|morning)`,
  // A new excuse on each occasion, the same thing told before: "every week it's a new excuse", "you told me the same
  // thing last friday".
  String.raw`(?:every|each) (?:day|week|time|call|chat) (?:it's|its|it is|there's|there is|you give me|i get) (?:a |another )?(?:new|different) (?:excuse|story|date|promise|reason|answer)`,
  String.raw`(?:told|said|promised|gave) (?:me |us )?the (?:exact )?same (?:thing|story|answer|excuse|line|date) (?:last|yesterday|before|on|a week ago|the other day)`,
  // Running, the same before, chasing over and over: "for the third day running", "the same thing happened with my
  // last two orders", "I keep having to chase you".
  String.raw`keep (?:having to |needing to )?chas(?:e|ing) (?:you|your|this|it|for|after)`,
  // Raised or ignored, counted; told the same for weeks: "raised this five times", "told 'next week' for six weeks".
  String.raw`(?:raised|flagged|mentioned|logged|escalated|been ignored|ignored|been fobbed off|fobbed off) (?:(?:this|it|that|me) )?(?:${EN_NUMBER}|five|six|seven) times`,
  String.raw`(?:been )?told (?:'[^']{1,20}'|"[^"]{1,20}"|[a-z ]{1,20}) for (?:${EN_NUMBER}|a few|many) (?:weeks|months|days)`,
  String.raw`(?:last|this) (?:week|month|monday|tuesday|wednesday|thursday|friday) and (?:the (?:week|month|one|day) before(?: that)?|again (?:this|today|yesterday))`,
].map((source) => new RegExp(source));
/**
 * Running, or the same as before, with a failure in the clause: "for the third day running nobody has picked up", "this
 * exact same thing happened with my last two orders" (not "the second order running I've loved").
 */
const EN_RUNNING: readonly RegExp[] = [
  String.raw`(?:second|third|fourth|fifth|sixth|[2-9](?:nd|rd|th)) (?:day|week|time|month|weekend|order|delivery) running`,
  String.raw`(?:exact |very )?same (?:thing|problem|issue|fault|mistake) (?:happened|happen|occurred|again) (?:with|to|on|for) (?:my |the |both )?(?:last|previous|other|past) (?:two |three |few |couple of )?(?:orders?|deliveries|parcels|purchases|times)`,
].map((source) => new RegExp(source));
const EN_FAILURE = /\b(?:nobody|no one|not|no|never|still|late|wrong|missing|broken|damaged|failed|faulty|lost|didn't|hasn't|wasn't|isn't|without|ignored|same (?:thing|problem|issue|fault|mistake))\b/;
const EN_PRAISE = /\b(?:great|love|loved|lovely|early|perfect|happy|thanks|thank|brilliant|amazing|quick|fast|on time|well done)\b/;
/** "AGAIN" shouted, or "again" twice: "not again. the courier left it in the rain AGAIN". */
const EN_AGAIN = /\bagain\b/g;
/** Dates listed as successive promises: "on the 3rd, the 10th and the 17th". */
const EN_DATE = String.raw`(?:the )?\d{1,2}(?:st|nd|rd|th)`;
const EN_DATE_LIST = new RegExp(String.raw`\b(?:on|by) ${EN_DATE}, ${EN_DATE},? (?:and|then) ${EN_DATE}\b`);
/** Channels tried: on hold, chatted, emailed, DM'd, called, tweeted. Three of them in one message. */
const EN_CHANNEL = /\b(?:on hold|chatted|emailed|e-mailed|dm'?d|dmed|messaged|called|rang|phoned|tweeted|wrote|written|live[- ]chatted|filled (?:in|out) the (?:form|contact form))\b/g;
const EN_ASKS = /\b(?:what if|what happens if|if it|in case)\b|\?\s*$/;
/**
 * Told before, and still so: what the customer already said, or what the shop said or promised, followed by the
 * failure still standing ("as I already said, the refund hasn't arrived", "you said 3-5 days … it's been a month", "I
 * did everything your last agent said and it still doesn't work", "we've been through this already, still missing").
 * Either half alone is no repeat: "as I said, I'd like it in blue", "you said 5 days, is that working days?".
 */
const EN_TOLD_BEFORE =
  /\b(?:(?:as|like) i (?:already |just )?(?:said|told you|explained|mentioned|wrote)|i(?:'ve| have)? already (?:said|told you|explained|mentioned|sent you|given you|done|did)|we(?:'ve| have) (?:already )?been through this|you (?:guys )?(?:said|told me|promised)|(?:your|the) (?:last |previous |other )?(?:agent|colleague|rep|advisor|bot|chatbot|person|guy|lady) (?:said|told me|promised)|same (?:reply|answer|response|message) (?:you|as) (?:gave|sent|last))\b/;
/** A question put after it ("you said friday, is it still on"), marked or not: asking whether, not telling. */
const EN_YES_NO = /(?:^|[,.;:]\s*|\band\s)(?:is|are|was|can|could|do|does|will|would|should|how|what|when|where)\s(?:it|that|this|they|you|u|i|we|there|the)\b/;
const EN_STILL =
  /\b(?:still|nothing (?:has )?(?:changed|happened)|(?:didn't|doesn't|did not|does not|hasn't|has not|haven't|never) (?:work|worked|arrive|arrived|come|came|happen|happened|change|changed|show|showed)|it(?:'s| has) (?:now )?been (?:a|an|two|three|four|five|six|\d{1,2}) ?(?:days?|weeks?|months?)|no (?:refund|reply|callback|call|answer|response|update|one called))\b/;

// --- Chinese (simplified, no spaces) --------------------------------------------------------------------------------

/** An earlier occasion the same: 上次也是这么说的, 上回也是让我等, 上上周也是这样, 之前几次都是这样. */
const ZH_SAME_AS_BEFORE =
  /(?:上次|上回|上一次|上一回|上上次|上周|上上周|上个?礼拜|上个?星期|上个月|之前几次|前几次|前两次|前几回|那几次)(?:也|都)(?:是)?(?:这么|这样|咁|一样|同样|这个|这句|让我|叫我|要我|说|讲|话)/;
/** Something sent again and again: 照片发了三遍了, 传了好几次, 资料交咗三次. */
// Three or more: twice sent is often an order placed twice (发了两次验证码, 拍了两次).
const ZH_COUNT = '(?:[三四五六七八九十]|[3-9]|好几|几|很多|无数|n)';
const ZH_RESENT = new RegExp(`(?:发|传|上传|寄|提交|交|填|补|贴|截图)(?:了|咗|过)${ZH_COUNT}(?:遍|次|回)`);
/** The canned reply again: 又是一样的罐头回复, 还是模板回复, 每次都是复制粘贴. */
const ZH_CANNED = /(?:又|还|还是|每次|每次都|总是|都|永远|又系|都系|仲系)(?:是|系)?[^，。！？]{0,6}(?:罐头|制式|模板|复制粘贴|自动)(?:的)?(?:回复|回覆|答复|回答|讯息|信息|消息)?/;
/** A question just asked, before an alternative put with 还是 ("or"). */
const ZH_QUESTION_BEFORE = /[吗呢么嘛][?？，,\s]?$/;
/** Wrong again, with 再 doubling 又: 又再送错, 又再一次坏. */
// 又双叒叕: "again and again and again", internet slang.
const ZH_AGAIN_WRONG = /(?:又再|又一次|再一次|又双叒叕|双叒叕|叒叕|叕|又双)(?:一次)?(?:发错|寄错|送错|搞错|弄错|坏|出错|出问题|延迟|迟到|没到|漏发|少发|拖)/;
/** 第几次: which time is it now, asked in exasperation (第几次啦, 这都第几回了). */
const ZH_WHICH_TIME = /第几[次回遍](?:了|啦|喇|咯|呀|啊|嘞)/;
/** Put off and asked or explained again, counted: 拖了三次, 推迟了好几次, 改了四次日期, 问了好多次, 解释过好几遍. */
const ZH_PUT_OFF = new RegExp(`(?:拖|推|推迟|延|延期|改期|改|问|找|催|联系|反映|反馈|说|讲|打|写|解释|说明|重复)(?:了|咗|过)(?:不下|至少|起码|超过)?(?:${ZH_COUNT}|好多|n多|超多)[次回遍]`);
/** Refused or sent back, counted: 被驳回三次, 退回了两次 (any count of refusals is more than one contact). */
const ZH_REFUSED_COUNTED = /(?:驳回|拒绝|退回|打回|拒收)(?:了|咗)?(?:[两二三四五六七八九十]|[2-9]|好几|几|很多|好多)[次回遍]/;
/** The Nth letter or call: 这是我第四次写信来, 第三次来电. */
const ZH_NTH_WRITE = /第(?:[二两三四五六七八九十]|[2-9]|几|n)[次回](?:写信|来信|发信|写邮件|发邮件|留言|来电|打来|来问|来找|来催)/;
/** Occasions in a row, the same said on each: 上上次说补发 上次说补发 这次还说补发, 上次…这次又. */
// Not the customer's own wish this time (上次换货很顺利 这次也想换一个尺寸 is a returning customer): 也想, 也要买.
const ZH_OCCASIONS = /(?:上上次|上次|上回|前几次|之前|上个?月|上(?:个)?(?:周|礼拜|星期)|上一单|上批)[^。！？]{0,16}(?:这次|今次|这回|今天|今日|(?:这|今)个?(?:月|周|礼拜|星期)|这一?单|这批)(?:又|还|仍然|依然|都|也)(?!想|要(?:买|订|换|一|两|个|件)|打算|准备|会买|买|订|下单)(?:是|说|话|讲|叫|让|要)?/;
/** Reported before and still the same: 一个月前就反馈过 到现在还是这样, 之前投诉过 现在依然. */
const ZH_REPORTED_STILL =
  /(?:前|之前|以前|早就|早已|上次|上个?月|上周)(?:就|已经|都)?(?:反馈|反映|投诉|联系|报|说|讲|提|问)(?:过|了)[^。！？]{0,12}(?:还是|依然|仍然|仍|到现在|到今天|至今|一样|照样)/;
/**
 * Told before, and still so: 跟你们说过了 还是一样, 上次你们说三天内处理 现在都一个星期了, 之前客服答应 到现在也没动静,
 * 上次话会退款 到而家都未收到 (folded). Either half alone is no repeat: 上次买的很好 还要一件, 现在还没到 (a first report).
 */
const ZH_TOLD_BEFORE_STILL =
  /(?:(?:跟|和|同)(?:你们|你|客服)(?:说|讲)过|(?:说|讲)过(?:好多|很多|好几|几)?(?:次|遍)?了|(?:上次|上回|之前|前几天|上周|上个?礼拜)(?:你们|你|客服|那个客服|你们客服)?(?:说|讲|话|答应|承诺|保证))[^。！？]{0,16}(?:还是(?:没|不|一样|那|这样|老样子)|仍然|依然|到现在|现在都|到而家|至今|都未|都没|也没|还没|没动静|一样的)/;
/**
 * The same as before, with a fault told beside it: 同上次一样又寄漏了, 又寄错了 跟上次一样, 跟之前一样还是坏的; "sent the wrong
 * size, same as last time". Without a fault it is an order repeated (跟上次一样 要一件L码, "same as last time please").
 */
const ZH_LIKE_BEFORE = /(?:跟|和|同|像|与)(?:上次|上回|上一次|之前|以前|前几次|上一单|上一批)(?:的)?(?:一样|一模一样|同样|相同)/;
const ZH_FAULT = /(?:发|寄|送|搞|弄|拿)(?:错|漏|少)|漏(?:发|寄)|少(?:发|寄|了)|坏|烂|破|裂|没(?:有)?(?:到|收到|发|寄|退|回复|人理)|未(?:到|收到)|延迟|迟到|不能用|用不了|不行/;
/** It happens again: 又来了, 又是这样, 又出现了 (with the same as before named). */
const ZH_AGAIN_HERE = /又(?:来了|是这样|这样|出现|发生)/;
const EN_LIKE_BEFORE = /\b(?:same|just) (?:as|like) (?:last time|before|the last (?:time|one|order|two|few)|my last (?:order|one))\b/;
const EN_LIKE_BEFORE_FAULT = /\b(?:wrong|broken|broke|died|stopped working|failed|snapped|ripped|tore|missing|late|damaged|faulty|defective|cracked|leaking|short|not|never|didn't|hasn't|wasn't|no (?!complaints|problems?|issues?|rush|worries))\b/;
/**
 * What the shop sent or fixed to put the problem right, failing in turn: 换货换了个寂寞 又是坏的, 补发的也是错的, 修过了还是不能用;
 * "the replacement is faulty too", "replacement #2 is also broken". The exchange was an earlier contact, and the problem
 * stands again. An exchange asked for or under way is no repeat (我想换货 但是还没收到, "can I get a replacement, it's
 * broken"), nor a replacement late in coming (a delivery question).
 */
const ZH_REPLACED = /换(?:过|了(?:个|一个|新的|一次|两次|几次|货)|来的|回来的|的新的?|的那个|货的)|补(?:发|寄)(?:的|过来的|来的)|(?:重新?|再)(?:发|寄|送)(?:过来|回来)?的|新发的|修(?:过|好的|完)|维修(?:过|回来|完)/;
const ZH_REPLACED_FAULT = /坏|烂|破|裂|错|不能用|用不了|故障|毛病|一样的问题|同样的问题|不行|不亮|不转|漏水|有问题|少|缺|漏/;
const EN_REPLACED =
  /(?:^|[.!,;] |\b(?:the|my|your|this|that|our) (?:[a-z]{1,12} )?)(?:replacement|repaired (?:one|item|unit)|exchanged (?:one|item|unit)|one you (?:re-?)?sent (?:me )?(?:back|instead|as a replacement))(?: #?\d| no\.? ?\d)?\b(?! (?:parts?|batter(?:y|ies)|filters?|heads?|straps?|covers?|bulbs?|cables?|chargers?|blades?|pads?|cartridges?|lids?|screens?|keys?|cards?|codes?|links?|labels?)\b)/;
const EN_REPLACED_FAULT =
  /^[^.!?]{0,60}?\b(?:broken|broke|faulty|damaged|defective|wrong|cracked|dead|doesn't work|does not work|isn't working|not working|stopped working|won't (?:turn on|charge|work|switch on)|the (?:exact |very )?same (?:problem|issue|fault|thing|defect|error))\b/;
/** The bot every time: 每次都是机械人覆我 (Cantonese 係, folded to 是), 次次都系咁. */
const ZH_EVERY_TIME_SAME = /(?:每一?[次回]|次次|回回)都(?:系|是)(?:机器人|机械人|ai|咁|呢句|嗰句)/;
/**
 * Asked again and again before anyone answers, in exasperation: 是不是要我再问十次才有人理, 还要我再说几遍, 难道要我再打多十次电话
 * (Cantonese 係咪要我再問多十次先有人理, folded). Not the shop's request (要我再发一次照片吗? asks what it needs).
 */
const ZH_ASK_AGAIN_UNTIL = new RegExp(
  `要我(?:再(?:问|说|讲|解释|打|催|找|发|联系|投诉)(?:多)?(?:${ZH_COUNT}|[一二两十百0-9]{1,3})?|(?:问|说|讲|解释|打|催|找|发|联系|投诉)多?(?:${ZH_COUNT}|[二两十百0-9]{1,3}))(?:次|遍|回)?(?:电话)?(?:才|先)(?:有人|会有人|肯|会|能)|(?:还|难道|到底|究竟)要我再(?:问|说|讲|解释|打|催|找|发|联系)(?:多)?(?:${ZH_COUNT}|[一二两十百0-9]{1,3})(?:次|遍|回)`,
);
/** Promised again, and again not done: 又说今天寄 又没寄, 又话听日到 结果又冇到 (folded 又说…又没有). */
const ZH_SAID_AGAIN_UNDONE = /又(?:说|讲|话|答应|保证)[^，。！？]{1,12}[，,\s]{0,2}(?:结果|但|但是|可是|然后)?(?:又|还是|仍然|都)(?:没|未|不)/;

/** Still unsolved after all of it: 问题一直没有解决 ("still not fixed", as complaint.ts reads it in English). */
const ZH_STILL_UNSOLVED = /一直(?:都)?(?:没|没有|未)(?:人)?(?:解决|处理好|修好|搞定|搞掂)/;

export function repeatTold(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    for (const raw of english.split(/[.!;]+/)) {
      const clause = raw.trim();
      if (!clause || EN_ASKS.test(clause)) continue;
      // One small pattern per wording: as one alternation the ReDoS checker could not decide it in time.
      for (const pattern of [...EN_RECURRENCE, EN_DATE_LIST]) {
        const hit = pattern.exec(clause);
        if (hit) found.push(hit[0]);
      }
      for (const pattern of EN_RUNNING) {
        const running = pattern.exec(clause);
        if (running && (EN_FAILURE.test(clause.replace(running[0], ' ')) || !EN_PRAISE.test(clause))) found.push(running[0]);
      }
    }
    if (!EN_ASKS.test(english)) {
      const before = EN_TOLD_BEFORE.exec(english);
      if (before && EN_STILL.test(english.slice(before.index + before[0].length)) && !EN_YES_NO.test(english)) found.push(before[0]);
      const agains = english.match(EN_AGAIN) ?? [];
      if (agains.length >= 2 && /\bnot again\b|\bagain\b[^a-z]*$/.test(english)) found.push('again … again');
      const replaced = EN_REPLACED.exec(english);
      if (replaced && EN_REPLACED_FAULT.test(english.slice(replaced.index + replaced[0].length))) found.push(replaced[0].replace(/^[.!,;] /, '').trim());
      const like = EN_LIKE_BEFORE.exec(english);
      if (like && EN_LIKE_BEFORE_FAULT.test(english.replace(like[0], ' '))) found.push(like[0]);
      const channels = new Set(english.match(EN_CHANNEL) ?? []);
      if (channels.size >= 3) found.push([...channels].join(', '));
    }
  }
  if (chinese) {
    const like = ZH_LIKE_BEFORE.exec(chinese);
    const asked = chinese.split(/[，,。！!？?\n]/).some((clause) => ZH_ENDS_ASKING.test(clause)) || /[?？]/.test(chinese);
    if (like && !asked && (ZH_FAULT.test(chinese.replace(like[0], '|')) || ZH_AGAIN_HERE.test(chinese))) found.push(like[0]);
    const replaced = ZH_REPLACED.exec(chinese);
    if (replaced && !asked && ZH_REPLACED_FAULT.test(chinese.slice(replaced.index + replaced[0].length))) found.push(replaced[0]);
    for (const clause of chinese.split(/[。！!\n]/)) {
      // A question about it (上周也是这个价吗) reports nothing; a rhetorical 还要我再发？ still does.
      if (!clause || ZH_ENDS_ASKING.test(clause)) continue;
      for (const pattern of [...(/[吧呢][?？]?$/.test(clause) ? [] : [ZH_TOLD_BEFORE_STILL]), ZH_SAME_AS_BEFORE, ZH_RESENT, ZH_CANNED, ZH_AGAIN_WRONG, ZH_WHICH_TIME, ZH_EVERY_TIME_SAME, ZH_STILL_UNSOLVED, ZH_OCCASIONS, ZH_REPORTED_STILL, ZH_PUT_OFF, ZH_REFUSED_COUNTED, ZH_NTH_WRITE, ZH_ASK_AGAIN_UNTIL, ZH_SAID_AGAIN_UNDONE]) {
        const hit = pattern.exec(clause);
        if (!hit || /(?:如果|要是|万一|假如)/.test(clause.slice(0, hit.index))) continue;
        // 还是 right after a question is "or" (投诉的话是真人处理吗 还是系统自动: a person or the system?), not "still".
        if (hit[0].startsWith('还是') && ZH_QUESTION_BEFORE.test(clause.slice(0, hit.index))) continue;
        found.push(hit[0]);
      }
    }
  }
  return found;
}
