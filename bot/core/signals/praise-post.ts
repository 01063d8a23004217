/**
 * A post, a review or a share made in praise of the goods: "posted a photo of my new lamp on instagram, it looks so
 * pretty", "wrote a glowing review on trustpilot, do I get points", 发了朋友圈 好评 大家都问链接, 已经PO上IG了 好多人问哪里买.
 * Going public (going-public.ts, the legal phrases 发微博 and the learned legal reading) reads a post on a public place as
 * the dispute taken there, which it is when the customer is unhappy; a post that praises takes no dispute anywhere.
 *
 * Only when the message praises and tells nothing against the shop: one word of a grievance, a warning or a threat
 * ("posted a 1-star review", 发微博让大家避雷, "love how you ignore me, posting this on facebook") keeps it going public,
 * and so does a post still to come or praise in quotation marks ("I'll make sure my followers see how 'lovely' this
 * is", 让粉丝们都看看): a threat needs no grievance word when it is sarcastic. Words that praise only as often as they
 * mock (great, happy, haha, lol) are no praise here (an unread going-public threat was lost when they were).
 */

const EN_POST =
  /\b(?:post(?:ed|ing|s)?|shar(?:e|ed|es|ing)|upload(?:ed|ing)?|tagged|put (?:up |it |a |my |them )|wrote|left|reviews?|story|stories|reels?|videos?|tiktoks?|unboxing|pics?|photos?)\b/;
const EN_PLACE =
  /\b(?:instagram|insta|ig|facebook|fb|tiktok|youtube|twitter|trustpilot|google|blog|reddit|pinterest|threads|snapchat|whatsapp|(?:mums?|moms?|parents|facebook|whatsapp|community) group)\b/;
const EN_PRAISE =
  /\b(?:lov(?:e|ed|es|ing)|pretty|gorgeous|beautiful|lovely|cute|adorable|stunning|fab|fabulous|perfect|brilliant|amazing|awesome|glowing|positive|(?:5|five)[- ]?stars?|obsessed|so (?:good|nice|soft|comfy|cosy|cozy)|recommend(?:ed|ing)?|compliments?|want(?:s)? (?:one|it|them|to (?:order|buy))|asking where|asked where|views|likes)\b|[😍🥰❤️💕✨👍]/u;
/** A post still to come, told with its audience or as what the shop will see: a threat, sarcastic or not. */
const EN_THREATENED =
  /\b(?:i'll|i will|i'm going to|im going to|i am going to|gonna|going to|about to|let's see|lets see|wait (?:till|until)|make sure|watch)\b|["“”]|(?:^|\s)'|'(?=\s|$|[.,!?])/;
const EN_GRIEVANCE =
  /\b(?:scam\w{0,4}|awful|terrible|worst|never|refund\w{0,3}|broken|damaged|faulty|rude|useless|warn\w{0,3}|expose\w{0,2}|avoid|(?:1|one|zero|0)[- ]star|unless|until|ripped|disappointed|complain\w{0,4}|bad|negative|ignor\w{0,3}|still|waiting|nobody|no one|lie[ds]?|lying|fake|everyone should know)\b/;

const ZH_POST = /发(?:了|咗|到|在|上)?|晒|贴|po|上传|分享|打卡|开箱|评价/;
/**
 * Where a post goes, or who makes it: a blogger introduces the place by introducing themselves (我是小博主, up主, 达人),
 * so 准备发你们家的好物分享 is a post on the blog.
 */
const ZH_PLACE = /朋友圈|小红书|抖音|快手|微博|b站|ig|instagram|facebook|fb|dcard|threads|脸书|群|博主|up主|主播|达人|网红|kol|自媒体|youtuber/;
/** Praise, or a kind of post that is praise by its name (好物分享, 种草笔记, 安利, 测评推荐). */
const ZH_PRAISE = /好物|安利|种草|好评|好看|好靓|靓|漂亮|种草|晒单|推荐|喜欢|多赞|超多赞|哪里买|哪度买|边度买|问链接|要链接|都问|想买|好用|可爱|满意|开箱/;
/** Words of a grievance, a warning or a threat (shared with word-role.ts, where 曝光 done for the shop is read). */
export const ZH_GRIEVANCE = /差评|避雷|骗|垃圾|烂|黑心|失望|退款|退钱|投诉|曝光|黑店|坑|别买|不要买|无良|评评理|大家看看|大家睇|维权|气死|恶心|差劲|太差|粉丝|所有人|全网|让大家|等着|走着瞧|[“”"']/;

/**
 * Praise still to come, told beside a question about the post or the telling itself: where to post it, whether the shop
 * may be tagged, a link, a referral code, points, whom to contact for a review ("I'm going to write a glowing review on
 * trustpilot, where do I post it", "will tell all my friends how great you are! do you have a referral code",
 * 我会在朋友圈推荐你们的 有推荐码吗). A threat asks nothing of how to make its post; a customer who means the praise asks how
 * to make it count, or how to post it at all ("going to post a review on your site tonight, how do I do that", "i want to
 * tell everyone how great your delivery was, how do i give feedback"). With such a question, the words that praise as often as they mock (great, good) count as praise; a
 * grievance or quotation marks still keep it going public.
 */
const EN_POST_QUESTION =
  /\b(?:how (?:do|can|could|should|would) (?:i|we) (?:do (?:that|it|this)|post|leave|write|add|submit|give|send|share|edit|change|update|delete|remove|attach|upload)|how do (?:reviews|ratings) work|where (?:do|can|could|should|would) (?:i|we) (?:post|leave|write|put|submit|share|find)|(?:can|could|may|should) (?:i|we) tag|tag (?:you|your)|your (?:handle|account|page|@)|(?:is there|any|send me) (?:a )?link|referral|refer(?:ral)? (?:code|link|bonus|scheme)|refer a friend|(?:do|would|will|can) (?:i|we) get (?:any |some )?(?:points|rewards?|credit|a discount|anything)|loyalty points|promo code|discount code|who (?:do|should|can|could) (?:i|we) (?:contact|talk to|email|speak to|reach)|collab\w{0,8}|partner(?:ship)?s?|sponsor\w{0,5}|affiliate|ambassador|pr (?:team|contact)|review (?:link|page))\b/;
const EN_FUTURE_PRAISE =
  /\b(?:lov(?:e|ed|es|ing)|pretty|gorgeous|beautiful|lovely|cute|stunning|fab|fabulous|perfect|brilliant|amazing|awesome|glowing|positive|(?:5|five)[- ]?stars?|obsessed|recommend(?:ed|ing)?|great|good|best|fantastic|excellent|wonderful|happy|nice|unboxing|rave|praise|shout ?out)\b/;
const EN_TELLING = /\b(?:tell(?:ing)?|telling|spread(?:ing)? the word|recommend(?:ing)?|rave|shout ?out)\b/;
const ZH_POST_QUESTION = /推荐码|邀请码|优惠码|优惠券|积分|点数|返现|链接|@你们|艾特|标记|标注|tag|合作|找谁|联系谁|怎么(?:发|写|评价|留言)|在哪(?:里|儿)?(?:发|写|评价|留)/;
/**
 * Praise to come in Chinese; with the post question, plain praise counts as in English ("great", "good"): 几好 (Cantonese
 * 幾好, "really good"), 很好, 超棒, 不错, 满意 (话俾大家知你哋啲货几好 有冇积分: 告诉大家 read as a threat before).
 */
const ZH_FUTURE_PRAISE = /推荐|夸|好评|五星|5星|安利|种草|大推|分享|开箱|晒单|(?:几|很|超|好|真|非常|特别|太)(?:好|棒|赞|正|靓)(?![^，,。！？!?\s]{0,2}(?:吗|么|嘛|不))|不错|满意|喜欢/;

/**
 * What is to be told is itself praise: "will definitely be telling everyone at work how quick the delivery was!" The
 * telling names its good news, so it needs no question about the post; a grievance or quotation marks keep it a threat.
 */
const EN_TOLD_PRAISE =
  /\btell(?:ing)? (?:everyone|everybody|people|all my (?:friends|mates|family|colleagues|coworkers|followers)|my (?:friends|mates|family|colleagues|coworkers|followers))(?: at (?:work|the office|school|church|the gym))? (?:how|about how|that (?:you(?:'re| are| were)|it was|the [a-z]{3,12} was)) (?:so |really |super )?(?:quick|fast|easy|smooth|speedy|great|good|amazing|awesome|brilliant|lovely|helpful|friendly|nice|well|kind|efficient|gorgeous|beautiful|perfect)\b/;

/** The telling, then what it tells: "i'm going to tell all my friends about your shop, it's amazing!" */
const EN_TOLD_ABOUT_PRAISE =
  /\btell(?:ing)? (?:everyone|everybody|people|all my (?:friends|mates|family|colleagues|coworkers|followers)|my (?:friends|mates|family|colleagues|coworkers|followers)) about (?:you|your (?:shop|store|site|products?|stuff|brand|company))(?: guys| lot)?[,!.]? (?:it's|its|it is|you're|youre|you are|they're|theyre|this is) (?:so |really |absolutely |just )?(?:amazing|great|brilliant|awesome|lovely|the best|fab|fantastic|perfect|gorgeous|excellent|wonderful)\b/;

export function praiseToCome(english: string, chinese: string): boolean {
  if (chinese) {
    return (ZH_POST.test(chinese) || ZH_PLACE.test(chinese) || /推荐|夸|大推|安利/.test(chinese)) && ZH_FUTURE_PRAISE.test(chinese) && ZH_POST_QUESTION.test(chinese) && !ZH_GRIEVANCE.test(chinese.replace(/[“”"']/g, '')) && !/[“”"]/.test(chinese);
  }
  if (!english || EN_GRIEVANCE.test(english) || /["“”]|(?:^|\s)'|'(?=\s|$|[.,!?])/.test(english)) return false;
  if (EN_TOLD_PRAISE.test(english) || EN_TOLD_ABOUT_PRAISE.test(english)) return true;
  if (!EN_POST_QUESTION.test(english) || !EN_FUTURE_PRAISE.test(english)) return false;
  return EN_POST.test(english) || EN_TELLING.test(english);
}

/** The message tells a post made in praise, with nothing against the shop (see the file's comment). */
export function postsInPraise(english: string, chinese: string): boolean {
  if (praiseToCome(english, chinese)) return true;
  if (chinese) return ZH_POST.test(chinese) && ZH_PLACE.test(chinese) && ZH_PRAISE.test(chinese) && !ZH_GRIEVANCE.test(chinese) && !(english && EN_GRIEVANCE.test(english));
  return !!english && EN_POST.test(english) && EN_PLACE.test(english) && EN_PRAISE.test(english) && !EN_GRIEVANCE.test(english) && !EN_THREATENED.test(english);
}

/**
 * A post made to ask other shoppers ("posted on reddit to ask if the sizes run small", 我在小红书出帖问问大家这个尺码准不准,
 * 我会在连登出post问下大家边个颜色靓): advice sought from the crowd, no dispute taken there, with the same grievance words
 * keeping it going public (发帖问大家这家是不是骗子 still warns).
 */
const EN_ASKS_OTHERS =
  /\b(?:to ask (?:people|everyone|others|other (?:people|customers|buyers|shoppers))|ask(?:ed|ing)? (?:people|everyone|others|the group|my followers|around|for (?:advice|recommendations|opinions|help))|for (?:advice|recommendations|opinions)|(?:which|what) (?:size|colou?r|one)|anyone (?:else )?(?:know|tried|bought|got))\b/;
const ZH_ASKS_OTHERS = /问(?:问|下|一下)?(?:大家|网友|各位|姐妹|宝子|大佬)|求(?:推荐|建议|助|问)|请教|(?:大家|各位|网友)(?:觉得|说说|推荐)|(?:哪个|哪款|哪种|边个|边款)(?:颜色|码|尺码|好|靓|好看)|准不准|有没有人(?:买过|用过|试过)/;

/** The message tells a post made to ask other shoppers, with nothing against the shop (see above). */
export function postsToAskOthers(english: string, chinese: string): boolean {
  if (chinese) return ZH_POST_OR_THREAD.test(chinese) && ZH_ASKS_OTHERS.test(chinese) && !ZH_GRIEVANCE.test(chinese) && !(english && EN_GRIEVANCE.test(english));
  return !!english && EN_POST.test(english) && EN_ASKS_OTHERS.test(english) && !EN_GRIEVANCE.test(english);
}
const ZH_POST_OR_THREAD = new RegExp(`${ZH_POST.source}|(?:出|开)(?:post|po|帖|文)|发帖`);

/** The publishing phrases of the legal rule (a post, a share, 发微博), read as no dispute when the post praises. */
const PUBLISHING = /\b(?:post|shar|upload|put|tweet|review|blog|screenshot|tiktok|instagram|facebook|youtube|reddit|tell|telling)|发|晒|贴|po|帖|上传|微博|朋友圈|小红书|抖音|连登|ig|告诉|推荐/;

export function withoutPraisePosts(found: readonly string[], english: string, chinese: string): string[] {
  if (!postsInPraise(english, chinese) && !postsToAskOthers(english, chinese)) return [...found];
  return found.filter((phrase) => !PUBLISHING.test(phrase));
}
