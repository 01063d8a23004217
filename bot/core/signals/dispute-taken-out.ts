/**
 * A dispute taken outside the store, told in words the legal rule's names miss (complaint.ts reads lawyer, sue, 起诉,
 * 消协, "trading standards"; going-public.ts reads posting on a named site):
 *
 * - a remedy of the law sought: "I'll be seeking damages", "we are instructing counsel", "a barrister is looking at it",
 *   官司 with any verb (吃官司, 惹上官司, 等着官司);
 * - the press told, in any tense, or acting of its own: "I've already emailed the local paper", "a reporter wants to talk
 *   to me", 记者已经联系我了, 电视台要来采访;
 * - content about the store going live: "my video about your company goes live tomorrow unless this is fixed";
 * - a crowd that will hear of it: "Trustpilot is about to hear from me", "let's see how your brand likes a trending
 *   hashtag", 让全网都知道, 在各个群里告诉大家, 写一篇文章分享到所有群组;
 * - a claim issued or its papers drawn up: "papers are being drawn up", "lodged a claim on the money claim online service";
 * - the dispute put in a post and spread: "put it all in a facebook post", "it's been shared 2,000 times", "a very
 *   public review";
 * - a consumer-rights body by its full name (消费者权益保护委员会, 消保委, 商务部), or any authority by the ending of its
 *   name with a report to it (向银保监会投诉).
 *
 * Not taken outside: a question about them ("do you ship to a barrister's chambers?", 商务部的规定是什么?), a product
 * ("a video about the product" asked for), damages to the goods ("the damages to the box"), a customer sharing what
 * they like (发朋友圈 is read by going-public.ts alone).
 */

// --- English -------------------------------------------------------------------------------------------------------

/** A remedy of the law: damages sought or claimed, counsel or a barrister instructed. */
const EN_REMEDY =
  /\b(?:(?:seek|seeking|sought|claim|claiming|pursue|pursuing|recover|recovering|sue for|suing for|awarded|file for|filing for) (?:full |punitive |compensatory |financial )?damages|(?:instruct|instructing|instructed|retain|retained|retaining|hire|hired|hiring|engage|engaged|engaging) (?:a |my |our )?(?:counsel|barristers?|law firm|legal counsel|legal representation)|(?:legal counsel|barrister|counsel) (?:is|are|has|have|will) (?:looking|look|reviewing|review|drafting|draft|been)|my (?:legal counsel|barrister|counsel))\b/;

/**
 * The press told, in the past too: "emailed the local paper", "tipped off a journalist", "rang the BBC", or about to be:
 * "im calling channel 7 news", "going to the papers".
 */
const EN_PRESS_TOLD =
  /\b(?:contacted|called|rang|rung|phoned|emailed|e-mailed|messaged|dm'?d|told|tipped off|wrote to|written to|reached out to|been in touch with|spoken to|spoke to|talked to|contacting|calling|ringing|phoning|emailing|messaging|tipping off|writing to|going to) (?:the |a |my |our )?(?:local |national )?(?:press|media|newspapers?|papers?|journalists?|reporters?|news ?desk|news|tv stations?|radio stations?|bbc|itv|consumer (?:affairs |rights |watchdog )?(?:show|programme|program)|(?:tv|television|radio) (?:show|programme|program|channel)|channel \d{1,2}(?: news)?)\b/;
/** The press acting of its own on the dispute: "a reporter wants to talk to me", "the paper is running the story". */
const EN_PRESS_ACTS =
  /\b(?:a|the|one|some) (?:local |national )?(?:reporter|journalist|newspaper|paper|tv station|news team|producer|presenter)s?(?: (?:from|at|with|on) (?:the )?[a-z]{2,16})? (?:wants?|want|is|are|has|have|will|'ll|is going to|are going to|asked|called|rang|emailed|contacted) (?:to )?(?:talk|speak|interview|cover|run|write|film|follow|come|calling|called|contacted|emailed|interested|get)\b/;
/** Content about the store going up: "my video about your company goes live tomorrow". */
const EN_CONTENT_LIVE =
  /\b(?:my|the|a|our) (?:video|vlog|post|thread|story|review|blog post|article|tiktok|reel|expos[eé]) (?:about|on|exposing) (?:you|your|this|the way you|how you)[a-z' ]{0,30}? (?:goes|go|is going|will go|'ll go|comes|will come|is coming|drops|will drop|is dropping|gets posted|will be posted) (?:live|up|out)\b/;
/** A public crowd that will hear of it: "Trustpilot is about to hear from me", "the internet will hear about this". */
const EN_CROWD =
  String.raw`(?:trustpilot|google reviews|yelp|twitter|tiktok|facebook|instagram|reddit|youtube|the internet|social media|the papers?|the press|the media|the news|every review site|everyone online)`;
const EN_CROWD_HEARS = new RegExp(
  String.raw`\b${EN_CROWD} (?:is|are|will|'ll|is going to|are going to|is about to|are about to|gonna|is gonna) (?:be )?(?:hear|hearing|know|find out|learn|see)(?:ing)? (?:all )?(?:from me|about (?:this|it|you|your|how|what))\b`,
);
/** "Let's see how your brand likes a trending hashtag", "see how you like going viral". */
const EN_SEE_HOW =
  /\b(?:let'?s see|see) how (?:you|your (?:brand|company|shop|store|business|reputation|sales)) (?:like|likes|enjoy|enjoys|handle|handles|cope|copes)\b[^.!?]{0,40}\b(?:hashtag|trending|viral|the internet|social media|the news|the papers|reviews?|publicity)\b/;
/** A claim issued or its papers drawn up: "papers are being drawn up", "lodged a claim on the money claim online service". */
const EN_CLAIM_ISSUED =
  /\b(?:(?:legal )?papers (?:are being|have been|were|will be|are) (?:drawn up|filed|served|lodged|issued|prepared)|(?:drawing|drawn|draw) up (?:the )?(?:legal )?papers|(?:lodged|filed|issued|submitted|started|made|opened) (?:a |my |the )?(?:money |small )?claim (?:on|with|through|via|at|in|against you (?:in|at|on)) (?:the )?(?:money claim|court|tribunal|small claims|county court|mcol|online court|civil resolution)|money claim online|\bmcol\b)/;
/** Proceedings begun: "I'll be issuing proceedings", "we are bringing proceedings against you". */
const EN_PROCEEDINGS = /\b(?:issu|start|begin|commenc|fil|bring|tak|institut)(?:e|es|ed|ing|s)? (?:legal |court |civil )?proceedings\b/;
/** Suing intended: "notice of my intention to sue", "I'm planning to sue", "ready to sue". */
const EN_INTENDS_TO_SUE =
  /\b(?:intend(?:s|ing)?|intention|plan(?:s|ning)?|going|gonna|will|'ll|ready|prepared|considering|thinking (?:of|about)|decided|about) (?:to )?su(?:e|ing)(?= (?:you|your|the (?:company|shop|store|business|seller)|this (?:company|shop|store)|them|you guys|you lot)\b|\s*(?:$|[,.!;]))/;
/**
 * Not stopping until the dispute is public: "im not going to stop until this is on the news", "till everyone knows",
 * "until it goes viral".
 */
const EN_UNTIL_PUBLIC =
  /\b(?:until|till|til) (?:this|it|the (?:whole )?(?:story|thing)|your (?:name|company|shop|store)|everyone|everybody|the (?:whole )?world) (?:is|are|gets?|goes|has been|knows?)(?: (?:on|in|all over|plastered (?:all )?over|splashed (?:all )?over))?(?: the)? (?:news|papers?|front page|tv|social media|internet|viral|about (?:it|this|you))\b/;
/**
 * The legal rule's own words as customers misspell or voice-type them: "gonna sew you" (sue), "my lawer", "my attorny",
 * "a law suit", "small claim court". A word only close to one stands with a threat's shape: "sew" with an intent and
 * "you" (not "sew you a cushion cover").
 */
const EN_MISSPELLED =
  /\b(?:(?:gonna|going to|will|'ll|want to|wanna) (?:sew|sueing|suee) (?:you|u|ur|your|the company|this company)\b(?! (?:a|an|some|one|up|back)\b)|my (?:lawer|lawyr|lawyar|loyer|attorny|atorney|attourney|attoney|solicter|soliciter|solisitor)s?\b|law ?suit|small claim (?:court|tribunal))/;
/** Exposure, made or under way: "a video exposing exactly how you treat customers". */
const EN_EXPOSING = /\bexpos(?:e|es|ed|ing) (?:exactly |just |precisely |everything about )?(?:you|your|how you|what you|the way you|this company|this shop|this store)\b/;
/**
 * A party exposed before a public, by whatever name ("gonna expose baton on reddit and youtube so nobody else gets
 * scammed"): the store by its own name; a courier, a maker or "them" stays with the party named.
 */
const EN_EXPOSED_ON =
  /\bexpos(?:e|ing) (?!(?:the |my |a |an |their |his |her )?(?:courier|carrier|delivery|driver|manufacturer|maker|brand|insurer|airline|bank|landlord|neighbou?r|seller|scammers?|them|him|her|myself|yourself)\b)[a-z][a-z'-]{0,20} (?:on|all over|to) (?:reddit|youtube|tiktok|facebook|instagram|twitter|x|threads|social media|the internet|online|the world|everyone)\b/;
/** The law as the way taken: "going down the legal route", "taking the legal path", "through the courts". */
const EN_LEGAL_ROUTE = /\b(?:going|go|gone|went|take|taking|took|pursue|pursuing|down) (?:down )?(?:the )?(?:legal|court|litigation) (?:route|path|avenue|way|option)\b/;
/** The Better Business Bureau however named: "the better business people", "better business folks". */
const EN_BETTER_BUSINESS = /\bbetter business (?:people|folks|lot|bureau|office|board)\b/;
/**
 * A claim against a party the message names by no role of a third party's, told as what follows if the store does not
 * act: "if this isnt resolved by friday im filing a claim against Baton" (the store by its own name), "fix it by Monday
 * or I'm bringing a case against the lot of you". The condition makes the store the one the claim is against, whatever
 * it is called; a claim against a courier, a maker, an insurer or "them" stays with the parties it names.
 */
const EN_CLAIM_AGAINST =
  /\b(?:fil|lodg|bring|mak|start|issu|submit|launch|open|put)(?:e|es|ed|ing|s|ting)? (?:in )?(?:a |an )?(?:formal |legal |court |civil |small claims? )?(?:claim|case|lawsuit|suit|action) against (?!(?:the |my |a |an |their |his |her )?(?:courier|carrier|delivery|driver|manufacturer|maker|brand|insurer|insurance|airline|bank|landlord|neighbou?r|seller|post office|royal mail|ups|fedex|dhl|dpd|usps|evri|hermes|them|him|her)\b)[a-z][a-z'-]{0,20}/;
/** What follows if the store does not act (shared with going-public.ts: the press the customer knows, beside it). */
export const EN_ULTIMATUM =
  /\b(?:if (?:this|it|my [a-z]{2,14}|the (?:issue|problem|matter|refund)) (?:is ?n[o']?t|hasn'?t been|has not been|wasn'?t|doesn'?t get|does not get|never gets?|still isn'?t) (?:resolved|sorted|fixed|refunded|dealt with|settled|here|back)|if (?:you|u) (?:don'?t|do not|won'?t|will not|can'?t|cannot|fail to|refuse to|still don'?t|haven'?t|have not)|unless|or else|otherwise|(?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|(?:the )?end of (?:the )?(?:day|week|month)|close of business|next week)|final (?:warning|chance|notice)|last chance)\b/;

/** Papers of a parcel, not of a claim: customs and shipping forms. */
const EN_SHIPPING_PAPERS = /\b(?:customs|export|import|shipping|delivery|visa|invoice|warranty)\b/;
/** The dispute put in a post and spread: "put it all in a facebook post", "it's been shared 2,000 times". */
const EN_POSTED_IN =
  /\b(?:put|posted|written|wrote|typed) (?:it all|all of it|everything|this|it|the whole (?:thing|story)|my (?:story|experience)) (?:in|into|on|up on) (?:a |my |the )?(?:facebook |instagram |tiktok |twitter |reddit |linkedin |youtube |blog |community )?(?:post|video|thread|story|blog|status|page|group)\b/;
const EN_SHARED_WIDELY = /\b(?:been |it's been |was |has been )?(?:shared|retweeted|reposted|viewed|liked) (?:over |more than |about )?(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+k|hundreds of|thousands of) times\b/;
/** A review made public everywhere: "a very public review on every platform I can find". */
const EN_PUBLIC_REVIEW = /\b(?:very )?public (?:review|post|complaint|warning)\b|\b(?:review|post|warning)s? on every (?:platform|site|forum|website)\b/;
/**
 * Denied just before: "I'm not going to sue you, just want my refund", "we're never going down the legal route". The
 * legal rule's own phrases are read with the same negation (complaint.ts). Not of "until": "not stopping until
 * everyone knows" negates the stopping.
 */
const EN_DENIED = /\b(?:not|never|no|won't|don't|isn't|ain't|wasn't)\s(?:[a-z']+\s){0,2}$/;
/**
 * A clause that asks. A modal followed by a bare verb has its subject dropped and tells ("will see u in small claim court",
 * "will be contacting the press"), it does not ask.
 */
const EN_QUESTION =
  /\?\s*$|^(?:do|does|is|are|how|what|where|when)\b|^(?:can|could|will|would|should)\b(?! (?:see|be|take|report|sue|contact|call|post|go|get|make|write|tell|let|have|file|send|bring|expose)\b)/;

// --- Chinese (simplified, no spaces) --------------------------------------------------------------------------------

/**
 * 起诉 typed by sound: 起述你们, 起素你们; 消费保, a complaint platform (as 黑猫投诉 in the rule).
 */
const ZH_MISSPELLED = /(?:起述|起素|起塑|企诉)(?:你们|你哋|你|贵)|消费保/;
/** 官司 with any verb (吃官司, 惹上官司), the law as the means (通过法律手段解决, 诉诸法律, 拿起法律武器). */
const ZH_LAWSUIT = /官司|起诉书|起诉状|诉状|状纸|法律(?:手段|武器|行动|方式|渠道)|诉诸法律|(?:用|靠|走)法律(?:解决|维权|途径)?/;
/** The press acting of its own: 记者已经联系我了, 电视台要来采访, 媒体找过我. */
const ZH_PRESS_ACTS =
  /(?:记者|媒体|传媒|电视台|报社|报馆|新闻台|新闻部|节目组)(?:那边|的人)?(?:已经|已|都|也|说|今天|明天|下午)?(?:要|会|想|准备)?(?:来)?(?:联系|联络|找|打电话给|打给|采访|访问|约)(?:了|过|咗)?我/;
/** The press set on the shop, or the shop exposed: 让媒体报道一下你们, call传媒揭发你哋, 揭露你们. */
const ZH_PRESS_SET_ON =
  /(?:让|叫|找|请|call|打给|联系)(?:了|咗)?(?:媒体|传媒|记者|电视台|报社|报馆)(?:来)?(?:报道|曝光|揭发|揭露|采访|跟进|报)|(?:揭发|揭露|揭穿)(?:你们|你哋|你家|这家|贵公司)/;
/** A whole crowd told: 让全网都知道, 叫全世界都看看, 让所有顾客知道. */
const ZH_CROWD_TOLD =
  /(?:让|叫|令|要|俾)(?:全网|全世界|全国|全部人|所有(?:的)?(?:人|顾客|客人|买家|网友|消费者)|网友们?|大家伙|身边(?:的)?所有人)(?:都)?(?:知道|看看|看到|睇|见识|评评理|避雷|认清|别买|不要买)/;
/** A group told: 在各个群里告诉大家, 喺个群度话畀大家知, 在社团提醒大家. */
/** The crowd is told of the store or the dispute, not of a dress (让所有人都知道我是谁). */
const ZH_OF_THE_STORE = /你们|你哋|你家|你地|这家|呢间|这间|这个店|这种店|贵公司|黑店|这件事|这事|成件事|整件事|这个平台/;
const ZH_GROUP =
  /(?:各个|每个|所有|好几个|几个|各大|我们|我哋|小区|业主|妈妈|宝妈|家长|公司|社区)?(?:群|群组|社团|社群|论坛|版)(?:里|里面|入面|度|上|中)?/;
const ZH_GROUP_TOLD = new RegExp(`(?:在|喺|到|去)${ZH_GROUP.source}[^，。！？]{0,4}(?:告诉|提醒|话俾|话畀|讲俾|讲畀|叫|通知|分享|发|转发)(?:给)?(?:大家|所有人|群友|网友|各位)`);
/** An article written and spread: 写一篇文章分享到所有群组, 写篇长文发到各个群. */
const ZH_ARTICLE_SPREAD = new RegExp(
  `写(?:一)?(?:篇|个)?(?:文章|长文|帖子|文|贴)[^。！？]{0,8}(?:分享|发|转发|贴|po)(?:到|去|上|在)(?:所有|各个|各大|每个|好几个|几个)(?:群|群组|社团|平台|论坛|网站)`,
);
/** Consumer-rights bodies by their full or short names, and the ministry of commerce. */
const ZH_RIGHTS_BODY = /消费者权益保护(?:委员会|协会|中心|局|部门)|消保委|消协会|(?<!\w)商务部|商务厅|商务委/;
/**
 * Any authority by the ending of its name, with a report to it: 向银保监会投诉, 去食药监管理局举报, 到邮政管理局申诉 (not the
 * shop's own departments: 客服部, 售后部).
 */
const ZH_AUTHORITY_REPORTED =
  /(?:向|到|去|找|跟)(?!你们|客服|售后|公司|店)[\u4e00-\u9fff]{1,8}(?:监会|局|委员会|厅|署)(?:投诉|举报|反映|申诉|检举|告)/;
/** A report to them: 投诉到, 举报, 反映, 申诉, 去. */
const ZH_TO_BODY = new RegExp(`(?:投诉|举报|反映|申诉|检举|告|找|去|到|向|联系|打给|打电话给)(?:到|给)?(?:了|咗|过)?(?:${ZH_RIGHTS_BODY.source})|(?:${ZH_RIGHTS_BODY.source})(?:那边|那里)?(?:投诉|举报|申诉|检举|反映)`);
const ZH_ASKS = /[吗么][?？]?$|[?？]|怎么|如何|是否|规定|政策/;
const ZH_CLAUSE = /[。！？!?\n]/;

export function disputeTakenOut(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    for (const raw of english.split(/[.!;]+|\?(?=\s|$)/)) {
      const clause = raw.trim();
      if (!clause || EN_QUESTION.test(clause)) continue;
      const claims = EN_ULTIMATUM.test(english) ? [EN_CLAIM_AGAINST] : [];
      for (const pattern of [...claims, EN_REMEDY, EN_PRESS_TOLD, EN_PRESS_ACTS, EN_CONTENT_LIVE, EN_CROWD_HEARS, EN_SEE_HOW, EN_CLAIM_ISSUED, EN_POSTED_IN, EN_SHARED_WIDELY, EN_PUBLIC_REVIEW, EN_PROCEEDINGS, EN_INTENDS_TO_SUE, EN_EXPOSING, EN_EXPOSED_ON, EN_LEGAL_ROUTE, EN_BETTER_BUSINESS, EN_UNTIL_PUBLIC, EN_MISSPELLED]) {
        const hit = pattern.exec(clause);
        if (!hit || (pattern === EN_CLAIM_ISSUED && EN_SHIPPING_PAPERS.test(clause)) || (pattern !== EN_UNTIL_PUBLIC && EN_DENIED.test(clause.slice(Math.max(0, hit.index - 30), hit.index)))) continue;
        found.push(hit[0]);
      }
    }
  }
  if (chinese) {
    for (const clause of chinese.split(ZH_CLAUSE)) {
      if (!clause || ZH_ASKS.test(clause)) continue;
      for (const pattern of [ZH_LAWSUIT, ZH_PRESS_ACTS, ZH_CROWD_TOLD, ZH_GROUP_TOLD, ZH_ARTICLE_SPREAD, ZH_TO_BODY, ZH_AUTHORITY_REPORTED, ZH_PRESS_SET_ON, ZH_MISSPELLED]) {
        const hit = pattern.exec(clause);
        if (!hit || (pattern === ZH_CROWD_TOLD && !ZH_OF_THE_STORE.test(chinese))) continue;
        found.push(hit[0]);
      }
    }
  }
  return found;
}
