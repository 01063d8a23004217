import { matterTakenToKnownPress } from './press-taken-to';
import { EN_ULTIMATUM } from './dispute-taken-out';
import { execAll } from './patterns';
/**
 * Going public with the dispute, in any tense: "I'm going to post this on tiktok", "posting screenshots of this chat on
 * twitter right now", "I've put the whole conversation up on reddit", 我已经把聊天记录截图发微博了, 截图已经贴上facebook了,
 * 我会放上连登俾大家睇, 正在直播你们的客服有多离谱. A publishing verb and a public place in one clause, with either
 * something of the dispute as what is published (this, the chat, screenshots, how you treat customers, 聊天记录, 你们) or an
 * audience it is shown to (so everyone sees, my followers, 让大家, 俾大家).
 *
 * Also without a publishing verb: reviews going up ("1-star reviews on Google and Facebook go up tonight unless…"), a
 * group told about it as a threat ("be a shame if I had to tell the mums in our Facebook group about this"), someone at
 * the paper interested in it, and 微博见.
 *
 * Not going public: sharing for a reward or asking whether one may ("I'll share the link on facebook, is there a
 * referral bonus", "can I post a review with photos", 发朋友圈有优惠吗): a question about the shop's offers.
 */

const EN_PUBLISH =
  /\b(?:post(?:ed|ing)?(?! (?:office|code|box))|re-?post(?:ed|ing)? (?=it\b|this\b|them\b|the\b|my\b|everything\b|all\b)|put(?:s|ting)?(?: [a-z']{1,16}){0,4} up|put(?:s|ting)? (?:this|it|everything|all of this|the whole (?:thing|story|chat)) (?:on|onto|all over|up on|everywhere on)|air(?:s|ed|ing)? (?:this|it|the whole (?:thing|story))|shar(?:e|es|ed|ing)|upload(?:s|ed|ing)?|screenshot(?:s|ted|ting)?|tweet(?:s|ed|ing)?|broadcast(?:ing)?|live ?stream(?:s|ed|ing)?|film(?:ed|ing)?|review(?:ed|ing)? you|blog(?:ged|ging)? about|writ(?:e|es|ing|ten) (?:about|up)|exposing|(?:trash|slam|roast|drag|bash|blast|call out|name and shame)(?:s|es|ed|ing|ged|ging)? (?=you\b|ya\b|u\b|your\b|this (?:shop|store|company|place)\b))\b/;
const EN_PUBLIC_PLACE =
  /\b(?:twitter|x\.com|facebook|fb|instagram|insta|ig|tiktok|reddit|youtube|trustpilot|yelp|google reviews|social media|the internet|every (?:site|forum|platform)|everywhere|forums?|my (?:blog|channel|page|story|stories)|followers|the news|(?:the )?local news|mumsnet|linkedin|threads|my (?:podcast|vlog|newsletter)|(?:the )?(?:local |national )?(?:paper|papers|newspapers?|press)|(?:a |our |my |the )?(?:local )?(?:facebook|whatsapp|community|neighbou?rhood|parents'?|mums'?|moms'?) (?:group|page|chat))\b/;
/** Verbs that name their public place: "live tweeting this", "vlogging the whole thing", "this is going on my TikTok". */
const EN_PUBLISH_IN_PLACE =
  /\b(?:tweet(?:ed|ing)|(?:gonna|going to|will|'ll|about to) (?:live[- ]?)?tweet (?:about|at) (?:this|it|you|u|your|ur|the way|how)|live[- ]?tweet(?:s|ed|ing)?|live ?stream(?:ed|ing)|vlogg(?:ed|ing)|blogg(?:ed|ing)|(?:going|goes|go|went) (?:up )?(?:on|onto) (?:my |our |the )?(?:twitter|facebook|fb|instagram|insta|ig|tiktok|reddit|youtube|trustpilot|yelp|google reviews|social media|linkedin|threads))\b/;
/**
 * Content made about the dispute for a public platform, the platform named as the thing made: "making a tiktok about
 * this whole saga", "filming a YouTube video on how you treat customers", "doing a reel about it". Not a question of
 * whether one may ("can I make a tiktok with the lamp for your contest"), read below as an offer.
 */
const EN_CONTENT_ABOUT =
  /\b(?:mak(?:e|es|ing)|made|film(?:s|ed|ing)?|record(?:s|ed|ing)?|shoot(?:s|ing)?|shot|do(?:ing)?|did|edit(?:s|ed|ing)?|put(?:ting)? together|writ(?:e|es|ing)|wrote|start(?:ed|ing)?|post(?:s|ed|ing)?) (?:a |an |my |another |the |this |one )?(?:(?:whole|full|long|little|quick|short) )?(?:tiktoks?|tik toks?|youtube (?:videos?|shorts?)|videos?|reels?|vlogs?|(?:twitter |reddit )?threads?|reddit posts?|blog posts?|exposes?) (?:about|on|of|exposing|showing|detailing) (?:this|it|you|your|the whole|the way you|how you|what you|my (?:experience|order|refund|complaint)|everything|all of this)\b/;
/**
 * Content made for a platform with no subject named ("making a TikTok", "filming a reel"), told in one clause with bad
 * reviews threatened ("Will be leaving 1 star reviews everywhere and making a TikTok"): what the video is about is the
 * grievance the reviews are, so it is the dispute taken public. Without the reviews ("making a tiktok with my new lamp")
 * it is a happy post.
 */
const EN_CONTENT_MADE =
  /\b(?:mak(?:e|es|ing)|made|film(?:s|ed|ing)?|record(?:s|ed|ing)?|shoot(?:s|ing)?|do(?:ing)?|post(?:s|ed|ing)?) (?:a |an |my |another |the |this |one |some )?(?:(?:whole|full|long|little|quick|short) )?(?:tiktoks?|tik toks?|youtube (?:videos?|shorts?)|videos?|reels?|vlogs?)\b/;
const EN_BAD_REVIEWS = /\b(?:(?:one|1|zero|0|two|2)[- ]?star|bad|negative|scathing|terrible|awful|honest) (?:reviews?|ratings?)\b/;
const EN_OF_THE_DISPUTE =
  /\b(?:this|it|all of (?:this|it)|everything|the whole (?:thing|story|saga|conversation|chat|exchange|mess)|(?:the|this|our|my) (?:chat|conversation|thread|exchange|transcript|emails?|experience|story|saga|receipts)|screenshots?|how you|what you|your (?:company|service|shop|store|staff|support|team)|you(?: guys| lot| people)?|(?:one|1|zero|0|two|2)[- ]star reviews?|(?:bad|negative|scathing|honest) reviews?)\b/;
const EN_AUDIENCE = /\b(?:so (?:everyone|everybody|people|others|the world|all)|for (?:everyone|everybody|the world|my followers)|my (?:\d+k? )?followers|go(?:es|ing)? viral)\b/;
/**
 * Content about the store already out and counted: "my tiktok about your broken packaging already has 40k views", "my
 * video on how you treat customers hit 10k likes". Published and watched, whatever is asked after it ("want to fix this
 * before part 2?"); praise of the goods is no dispute ("my video about your lamp design has 2k likes lol").
 */
const EN_CONTENT_OUT =
  /\bmy (?:tiktoks?|tik toks?|videos?|reels?|posts?|threads?|vlogs?|youtube videos?|review) (?:about|on) (?:you|u|your|ur|this (?:company|shop|store)|how you|what you|the way you)\b[^.!?]{0,40}?\b(?:has|have|got|is at|hit|reached|passed)\b[^.!?]{0,14}?\b(?:views|likes|shares|comments|retweets|reposts)\b/;
/**
 * A review or complaint of the customer's already up and counted, with an update offered or a wrong told: "my review
 * thread on reddit already has 2k upvotes, want me to add an update?". The review is the grievance in public; offering
 * its next instalment is the leverage (compare "before part 2"). A review counted and nothing more is left to the rest.
 */
const EN_REVIEW_COUNTED =
  /\bmy (?:review|complaint|rant|warning|callout|call-out)(?: (?:thread|post|video|tiktok|reel|vlog))? (?:on|about|in)\b[^.!?]{0,40}?\b(?:has|have|got|is at|hit|reached|passed)\b[^.!?]{0,14}?\b(?:upvotes|views|likes|shares|comments|retweets|reposts)\b/;
const EN_UPDATE_OFFERED =
  /\b(?:add|post|write|do|make|put up|drop)(?:ing)? (?:an |a |another )?(?:update|edit|part (?:2|two)|follow-?up|second part)\b|\bupdate (?:it|the (?:thread|post|review))\b/;
/**
 * A post of the customer's own look or goods (a haul, an outfit, an unboxing), nothing wrong told: "i posted my haul on
 * reddit and it got 2k upvotes! when's the next drop". The "it" that got the upvotes is the haul, not the dispute.
 */
const EN_OWN_SHOWCASE =
  /\b(?:posted|shared|uploaded|put up) (?:my|our|a|the) (?:[a-z-]{1,12} )?(?:haul|outfit|fit|ootd|look|unboxing|setup|set-up|collection|grwm|try-?on|styling|room tour|desk tour)\b/;
/** A wrong told of the goods or the store in the same clause as the content (EN_CONTENT_OUT). */
const EN_WRONGED_OR_BROKEN = /\b(?:broken|broke|damaged|smashed|crushed|ripped|torn|faulty|defective|missing|late|lost|never|awful|terrible|worst|useless|rude|scam\w{0,4}|fraud\w{0,4}|rip-?off|treat\w{0,3}|refund\w{0,3}|ignor\w{0,3})\b/;
/** Telling one's audience about the dispute, wherever: "telling my viewers about your company right now". */
const EN_TELLS_AUDIENCE =
  /\b(?:tell(?:ing)?|show(?:ing)?|warn(?:ing)?|told|showed|warned) (?:all )?(?:my|our) (?:\d{1,3}k? )?(?:viewers|followers|subscribers|subs|audience|fans|readers|listeners|chat|stream) (?:all )?about (?:you|your (?:company|service|shop|store|staff|support|team)|this (?:company|shop|store|mess|whole)|what you|how you|the way you)\b/;
/**
 * The dispute taken to the press, no publishing verb needed: "going to the local news with this", "I'll take this to the
 * papers", "emailing the newsroom this afternoon". Not a newsagent or a news stand.
 */
const EN_TO_THE_PRESS =
  /\b(?:go(?:es|ing)?|gonna go|went|tak(?:e|es|ing)|took|bring(?:ing)?|email(?:ing|ed)?|contact(?:ing|ed)?|call(?:ing|ed)?|writ(?:e|ing)) (?:(?:this|it|(?:this|my|the) (?:story|whole thing|complaint|case|mess)|an? (?:letter|complaint|piece|column|story)) )?(?:straight |right )?(?:to )?(?:the )?(?:local |national |regional )?(?:news(?! ?agents?\b| ?stands?\b| ?letters?\b)|newsroom|press|papers|newspapers?|media|telly|tv stations?|journalists?|reporters?)\b/;
/**
 * Every group the customer is in told about it: "telling every mum group im in", "warning all my whatsapp chats". A
 * review threatened everywhere stays a threat to the shop's ratings (L2, complaint.ts), not going public.
 */
const EN_TELLS_EVERY_GROUP = /\b(?:tell(?:s|ing)?|warn(?:s|ing)?) (?:every|each|all (?:the|my|of my)) (?:[a-z']{2,12} ){0,2}(?:groups?|group ?chats?|chats?|forums?|pages?)\b/;
/** What makes a post a threat whatever else the clause says. */
const EN_THREAT = /\b(?:the whole (?:thing|story|saga|mess)|let'?s see|see how|everyone|everybody|expose|warn (?:people|others|everyone)|how you treat)\b/;
/**
 * Someone of the press the customer knows, interested in the dispute: "my cousin works at the local paper and she's very
 * interested in how you treat pensioners", "my neighbour is a reporter for the Herald".
 */
const EN_PRESS_CONTACT =
  /\b(?:(?:i|we) (?:know|have) (?:a |an |some |(?:a )?friends? |a mate |contacts? |someone |somebody |people )?(?:[a-z]{2,12} )?(?:journalists?|reporters?)|(?:i|we) know (?:someone|somebody|people|a guy|a girl|a few people) (?:at|in|on|from) (?:the )?(?:local |national )?(?:paper|papers|newspaper|news|press|media|tv|radio|bbc|times)|works? (?:at|for|on) (?:the |a )?(?:local |national )?(?:paper|newspaper|news ?desk|news|radio|tv|television|magazine|press)|is an? (?:journalist|reporter)|(?:journalist|reporter) (?:friend|cousin|neighbou?r|mate|sister|brother))\b/;
/**
 * A paper or broadcaster by name, where someone the customer knows works: "my son works at the Daily Mail", "my friend
 * is at the Evening Standard". Its name ends in a newspaper's word, or is a broadcaster's.
 */
const EN_PRESS_NAMED =
  /\b(?:works?|working|is|writes) (?:an? (?:[a-z-]{2,14} )?(?:reporter|journalist|producer|editor|presenter|correspondent|columnist|anchor|researcher|writer) )?(?:at|for|on|with) (?:the )?(?!royal mail)(?:[a-z]{2,12} ){0,2}(?:mail|times|post|herald|telegraph|guardian|mirror|express|tribune|gazette|chronicle|journal|standard|independent|observer|inquirer|sun|star|echo|argus|courier|bulletin|dispatch|examiner|record|bbc|itv|cnn|sky news|channel \d{1,2}|abc|nbc|cbs|fox news|rappler|abs-cbn|gma|(?:local |national |regional )?(?:paper|newspaper|news|radio|tv|television|magazine|press|newsroom))\b(?! (?:hospital|hotel|school|restaurant|cafe|bar|shop|store|bank|gym|clinic|office supplies|box|code)\b)/;
/**
 * The press at work on the dispute: "wants to run a story on this", "she'd love to do a piece about how you treat
 * people", "could cover it". A story whose subject is the dispute (this, it, you, what happened), not one of its own.
 */
const EN_STORY_ON_IT =
  /\b(?:(?:story|piece|article|feature|report|segment|item|expos[eé]|column|write-?up) (?:on|about|of) (?:this|it|you|your|us|me|my (?:case|order|refund|story|experience|complaint)|how you|what you|the way you|what happened|the whole (?:thing|story|saga))|(?:cover|covering|report on|reporting on|expose|exposing|write about|writing about|write up|feature|print|publish|air|run) (?:this|it|you|your (?:company|shop|store)|my (?:story|case|complaint)|the (?:story|whole thing))|(?:love|like|want|run|write|do|cover|publish|print|jump on) (?:this|that|my) story)\b/;
/**
 * An ultimatum beside it: "last chance to fix it", "unless it's sorted today" (dispute-taken-out.ts's EN_ULTIMATUM), and
 * a deadline or the choice put to the store: "you have until 5pm", "fix this or…", "your call".
 */
const EN_LAST_CHANCE = /\b(?:(?:you have|you've got|you got) (?:until|till|24 hours|48 hours|one day|a day)|(?:fix|sort|resolve) (?:this|it) (?:or|before|by|today|now)|your call|up to you|choice is yours|ball'?s in your court)\b/;
/** Someone the customer knows named a journalist by trade: "my sister is a journalist", "my mate's a reporter". */
const EN_TRADE_PRESS = /\b(?:my|our) (?:[a-z-]{2,14} ){0,2}?(?:is|'s) (?:a |an )?(?:[a-z]{2,12} )?(?:journalist|reporter)\b/;
/**
 * Someone the customer knows, as the clause's subject: "my cousin", "my sister-in-law", "our neighbour", "a friend of
 * mine". Told by itself ("my sister is a reporter at channel 4"), with nothing asked and nothing else said, the press
 * the customer can reach is the message: a veiled threat (compare "my cousin works at the paper, can you deliver there?").
 */
const EN_KNOWN_PERSON = /^(?:and |also |btw |fyi |just so you know,? )?(?:my|our) (?:[a-z-]{2,14} ){0,2}?(?:is|works|writes|'s)\b|\ba (?:friend|mate|relative|cousin) of (?:mine|ours)\b/;
/** What may stand beside that telling and still ask nothing: "just so you know", "fyi", "think about that". */
const EN_ASIDE = /^(?:just so you know|just saying|fyi|btw|think about (?:that|it)|remember that|food for thought|interesting,? right|hmm+|ok(?:ay)?|so)$/;
/**
 * An audience that will hear of the dispute, whoever tells it: "my youtube channel is going to hear all about this",
 * "my followers will know exactly how you treat people".
 */
const EN_AUDIENCE_HEARS =
  /\b(?:my|our) (?:\d{1,3}k? )?(?:youtube |tiktok |instagram |twitter |facebook )?(?:channel|followers|subscribers|subs|viewers|audience|readers|listeners|page|blog|podcast|community) (?:is|are|will|'ll|is going to|are going to|is gonna|are gonna|gonna) (?:going to )?(?:hear|know|find out|learn|see) (?:all |everything |exactly )?(?:about|of|how|what) (?:this|it|you|your|the way|how you|what you)/;
/**
 * The dispute all over a public place, or its audience there hearing of it: "this will be all over Facebook by tonight",
 * "everybody on my Threads will hear about this", "every mum in my Facebook group knows what you sold me".
 */
const EN_ALL_OVER = /\b(?:this|it|the whole (?:thing|story)|your (?:name|company|shop|store)) (?:will be|'ll be|is going to be|is gonna be|is|'s) (?:all over|plastered (?:all )?over|everywhere on)\b/;
const EN_THEY_HEAR = /\b(?:every(?:one|body)|every [a-z]{2,12}|all (?:my|the) [a-z]{2,12}) (?:on|in) (?:my|our|the) [a-z ]{2,24}(?:will|'ll|is going to|are going to|gonna|knows?|hears?) (?:hear |know |find out )?(?:about )?(?:this|it|what you|how you|about you)\b/;
/**
 * Reviews told as a threat: "leaving reviews on every platform until you refund me", "a Google review you won't like".
 * Two small patterns and a distance (REVIEW_THREAT_REACH characters, no sentence end between), not one pattern with a
 * bounded gap: the gap made the pattern too large for the ReDoS checker to decide in time on a loaded machine.
 */
const EN_REVIEW_LEFT = /\b(?:leav|writ|draft|post|put)(?:e|es|ed|ing|s)? (?:up )?(?:a |an |my |some )?(?:[a-z0-9-]{1,12} ){0,2}reviews?\b/g;
const EN_REVIEW_CONDITION = /^[^.!?]{0,40}?\b(?:until you|unless you|you won'?t like|you will not like|till you|if you don'?t)\b/;

function reviewThreat(clause: string): boolean {
  for (const review of execAll(EN_REVIEW_LEFT, clause)) {
    if (EN_REVIEW_CONDITION.test(clause.slice(review.index + review[0].length))) return true;
  }
  return false;
}
/** Reviews or posts going up, told apart: "1-star reviews on Google, Trustpilot and Facebook go up tonight". */
const EN_POSTS = /\b(?:reviews?|posts?|videos?|photos?|pics|screenshots?)\b/;
const EN_GOES_UP = /\b(?:go|goes|going|gonna go|will go|'ll go|went) up\b(?! (?:to|by|in price)\b)/;
/** Telling a group about the dispute, as a threat: "be a shame if I had to tell the 3,000 mums in our Facebook group about this". */
const EN_TELL = /\b(?:tell(?:s|ing)?|told|warn(?:s|ing|ed)?) (?!me\b|us\b|you\b)/;
// Or what is told of the shop, as a clause: "telling everyone on facebook what a rip off this is", "how useless you are".
const EN_TELL_THREAT =
  /\b(?:about (?:this|it|you|your|what|how)|unless|(?:be )?a shame if|if i (?:have|had) to|what you(?:'ve)? did|what happened|what an? [a-z -]{2,24}(?:this|you|your|it) (?:is|are|was|were)|how (?:bad|awful|terrible|useless|crap|rubbish|shit|poor|slow|rude|hopeless|dodgy|shady|unreliable) (?:this|you|your|it))\b/;
/**
 * Reviews or posts wished on the shop, sarcastically: "Enjoy the google reviews. All of them.", "enjoy the publicity".
 */
const EN_ENJOY_THE_FALLOUT =
  /\benjoy (?:the|your|all the|those|these|my) (?:[a-z0-9-]{1,12} ){0,2}(?:reviews?|publicity|press|attention|coverage|headlines|posts?|videos?|tiktoks?|threads?|exposure)\b/;
/**
 * The shop's other customers shown the dispute: "wonder how your other customers would feel if they saw these messages",
 * "your future customers will read all about it".
 */
const EN_OTHERS_SEE =
  /\b(?:your (?:other |future |potential |new )?|other |future |potential )(?:customers|shoppers|buyers|clients)\b[^.!?]{0,40}?\b(?:saw|see|seeing|read|reading|heard|hear|find out|found out|knew|know)\b[^.!?]{0,30}?\b(?:this|these|the (?:chat|messages|conversation|screenshots|transcript)|how you|what you|about (?:it|this|you))\b/;
/**
 * A warning said to the shop: "just saying", "be careful", "think carefully", "consider yourselves warned"; or the dare:
 * "try me", "watch me", "don't test me", "see what happens" (not "try me a size up": the dare ends its clause).
 */
const EN_WARNING =
  /\b(?:just saying|be (?:very )?careful|think (?:very )?carefully|watch (?:what|how) you|(?:consider yourselves?|you've been|you have been) warned|you'?ll regret|(?:don't|dont|do not) test me|see what happens|i dare (?:you|u)|(?:you|u) think i(?:'m| am)? (?:won't|wont|bluffing|joking))\b|\b(?:try|test|watch) me(?=\s*$|\s*[.!,;]|\s+and see\b)/;
const EN_INTERESTED = /\b(?:interested in|would love to hear|keen to hear|asked me about|wants to (?:hear|know|write|cover))\b/;
/** "it was posted yesterday": the parcel, sent by post. */
const EN_PASSIVE = /\b(?:was|were|been|be|is|are|got|get) (?:[a-z]{1,12} )?(?:posted|shared|uploaded|put)\b/;
/** Asking whether one may, or what one gets for it. */
const EN_OFFER_QUESTION =
  /\b(?:can i|could i|may i|am i allowed|is it ok|do you (?:have|give|offer|allow)|is there (?:a|any)|how (?:do|can) i|referral|discount|bonus|coupon|code|reward|giveaway|contest|competition|credit|points|tag you|affiliate)\b/;

/**
 * The dispute going viral, told of the customer's own story or post: "this is going viral on tiktok, watch", "I'll make
 * sure this goes viral". Not a product that went viral ("the lamp went viral on tiktok, is it back in stock?"): the
 * subject is the dispute, and a question about it asks nothing of the kind.
 */
const EN_VIRAL =
  /\b(?:(?:this|it|my (?:post|video|tiktok|review|story|complaint|thread)|the (?:post|video|story|thread)) (?:is |will |'s |'ll |is about to |is going to |is gonna |gonna |has |has already |already )?(?:go|goes|going|gone|went) viral|mak(?:e|ing) (?:sure )?(?:this|it) (?:go )?viral|go(?:es|ing)? viral with (?:this|it|the (?:story|chat|video)))\b/;

/**
 * An audience named as a threat: "I have 80k followers, think carefully", 我有几十万粉丝 你们看着办. Thousands at least,
 * and not an offer of a collaboration or a question ("I have 200k followers, do you do sponsorships?").
 */
const EN_AUDIENCE_SIZE =
  /\b(?:\d{1,3}(?:[.,]\d{1,3})? ?(?:k|m|thousand|million)|\d{1,3}(?:,\d{3}){1,2}|thousands of|tens of thousands of|hundreds of thousands of|a million|millions of|half a million) (?:followers|subscribers|subs|fans|viewers|readers|members)\b|\b(?:a )?(?:big|huge|large|massive) (?:following|audience|platform)\b/;
/**
 * The threat put as a question, the dispute as what is told: "u want me to tell them about ur excuse?", "do you want me to
 * post this?", "shall I tell my followers how you treat people?" (not "do you want me to post a review of the lamp?").
 */
const EN_THREAT_ASKED = /\b(?:do |d'?)?(?:you|u|ya) (?:want|wanna) me to (?:(?:tell|show|warn) (?:them|everyone|everybody|people|my [a-z]{2,12}) (?:about|how|what)|(?:post|share|put up) (?:this|it|these|the (?:chat|messages|screenshots|conversation|whole)))\b|\b(?:shall|should) i (?:tell|show|warn) (?:them|my [a-z]{2,12}|everyone|people) (?:about|how|what)\b/;
const EN_COLLAB = /\b(?:collab(?:orat(?:e|ion|ions|ing))?s?|sponsor(?:ships?|ed|s|ing)?|partner(?:ships?|s)?|do you|can you|could you|would you|are you|is there|how (?:do|can) i|influencer programme|influencer program|affiliate|pr (?:list|package)|gifted|ambassador|promo(?:te|tion)?|discount|code)\b/;
/** A fan of the shop naming their audience: "content creator with 50k followers, love your brand", "big fan of your stuff". */
const EN_FAN = /\b(?:lov(?:e|es|ing)|adore|obsessed with|(?:big|huge) fan of) (?:your|ur|you(?: guys)?|the brand|this brand|the shop|this shop)\b/;
const ZH_AUDIENCE_SIZE = /(?:[0-9.]{1,6}|[一二两三四五六七八九十几百千]{1,4})(?:多)?(?:万|千|w|k)(?:多)?(?:个)?(?:粉丝|粉|关注者|订阅者?|追踪者|followers?)/;
const ZH_COLLAB = /合作|喜欢|推广|带货|赞助|置换|探店|种草|商务|互推|寄样|样品|优惠|折扣|代言|怎么|吗|[?？]/;

// Hong Kong writes "post" whole as a verb: 等我post上IG.
const ZH_PUBLISH = /(?:发|晒|贴|放|po(?:st)?|挂|传|上传|直播)(?:了|咗)?(?:到|在|上|喺|去)?/;
const ZH_PUBLIC_PLACE =
  /网上|微博|抖音|快手|小红书|朋友圈|知乎|b站|微信群|facebook|fb|ig|instagram|youtube|连登|lihkg|高登|脸书|面书|推特|dcard|ptt|threads|论坛|媒体|社交平台|各大平台|爆料公社|靠北|新闻|报纸|东网|报章/;
/**
 * Publishing on a place within a few characters: "发微博", "贴上facebook", "放上连登", "发到网上"; the place first, with
 * Hong Kong's 出post (make a post): "我會喺連登出post揭你哋".
 */
const ZH_PUBLISHED_ON = new RegExp(
  String.raw`(?:${ZH_PUBLISH.source})(?:个|条|一条|一个|篇|一篇)?(?:${ZH_PUBLIC_PLACE.source})|(?:正在|在|开|开始|现在就|${ZH_PUBLIC_PLACE.source})直播(?!间)` +
    // The place first: "我已经喺Dcard发文了", "在小红书发帖了".
    String.raw`|(?:在|喺|上)(?:${ZH_PUBLIC_PLACE.source})(?:上|的|嘅)?(?:限动|限时动态|动态|帖子|专页|群组|版)?(?:发文|发帖|发了|发咗|po文|po了|po咗|开帖|爆料|写了|写咗|贴了|贴咗|(?:出|开|发)(?:post|po|帖|文))` +
    // The place, then the dispute written out there: "我会在小红书上把这事全写出来", "喺連登將成件事寫出嚟" (folded 写出来).
    String.raw`|(?:在|喺|上)(?:${ZH_PUBLIC_PLACE.source})(?:上|度)?(?:把|将)(?:这事|这件事|整件事|成件事|件事|你们|你哋|经历|全过程)(?:全部|全|都|统统|一五一十地?)?(?:写|发|贴|讲|说|po)(?:出来|出嚟|上去|出去|晒出来)` +
    // The place then what is made there, with no 在: "抖音上发视频", "小红书发篇笔记".
    String.raw`|(?:${ZH_PUBLIC_PLACE.source})(?:上|里)?(?:发|po|贴|放|传|上传)(?:了|咗)?(?:个|条|一条|一个|篇|一篇|段|一段)?(?:视频|影片|片|文|帖|贴文|post|笔记)`,
);
const ZH_OF_THE_DISPUTE = /聊天记录|截图|截屏|录屏|这件事|这事|成件事|整件事|你们|你哋|贵公司|经历|全过程|对话|让大家|给大家|俾大家|大家看看|大家睇|避雷|评评理/;
/** Making it public somewhere the clause names, wherever the place stands: "喺连登同FB公开晒成件事", "在网上公布". */
const ZH_MADE_PUBLIC = /公开|公布|公诸于世/;
/** "微博见吧", "网上见": see you there, where everyone will read it. */
const ZH_SEE_YOU_THERE = new RegExp(String.raw`(?:${ZH_PUBLIC_PLACE.source})(?:上|里)?见(?![过到识面])`);
const ZH_OFFER_QUESTION = /优惠|返现|积分|奖励|红包|折扣|打折|有礼|集赞|可以吗|可不可以|能不能|怎么|吗$|吗[?？]/;
/**
 * The shop's conduct as an object clause: 你们怎么对客, 你们是如何对待顾客的, and how it trades (等大家看清楚你们间公司是
 * 怎么做生意, folded from 你哋間公司係點做生意).
 */
const ZH_SHOP_CONDUCT = /(?:你们|商家|客服|贵公司|这家店|这间店|这家公司|这间公司)(?:间公司|家公司|公司|间店|家店|店)?(?:是)?(?:怎么|怎样|如何|点样|点)(?:对待|对|处理|服务|骗|坑|呃|欺骗|欺负|忽悠|宰|敷衍|做生意|做事|经营)/g;
/** The same, tested once (the global one above is for replacing every place). */
const ZH_SHOP_CONDUCT_ONCE = new RegExp(ZH_SHOP_CONDUCT.source);
const ZH_CLAUSE = /[。！？!?\n]/;
/** Done or under way ("已经po上fb了", "正在发"): the dispute is what went up. */
const ZH_DONE = /已经|已|正在|刚刚|刚|而家|现在|这就/;
const ZH_INTENT = /我要|我会|我就|我去|我准备|准备|等下就|马上就|我宁愿/;
const ZH_OWN_CIRCLE = /朋友圈|微信群|qq群|家族群/;

/**
 * Someone of the press interested in the dispute: "记者朋友说很有兴趣", "我表姐喺报馆做 佢话想跟进", "电视台的人想采访我".
 * Not the store in the news asked about (你们上新闻了吗: a question).
 */
const ZH_PRESS = /记者|报社|报馆|报章|电视台|媒体|传媒|新闻部|编辑/;
/**
 * What the customer warns of, beside the press they know: 到时候别怪我, 走着瞧, 后果自负 (我认识电视台的记者，到时候别怪我),
 * and the dare: 不信你们试试, 唔信你哋试吓 (folded 不信你们试吓), 有种你们就试试.
 */
const ZH_COMEUPPANCE =
  /(?:别|不要|唔好|莫)怪我|走着瞧|等着瞧|后果自负|你们等着|看着办|别后悔|有你们好看|有你们受的|(?:不信|有种|敢)(?:的话)?(?:你们|你|就)?(?:就)?(?:试试|试下|试吓|试一下|试一试)/;
/** The dispute sent to the press: "写好稿投去报馆", "已经爆料给电视台", "寄给报社". */
const ZH_SENT_TO_PRESS = /(?:投|寄|发|爆料|报料|放料|投稿|联系|找)(?:稿)?(?:了|咗|过)?(?:去|到|给|俾|畀)?(?:了|咗)?(?:当地的?|本地的?)?(?:记者|报社|报馆|报纸|报章|电视台|媒体|传媒|新闻部|编辑部|新闻台)/;
/**
 * Something of the dispute handed on to the press, the thing named between verb and press and the verb often typed in
 * English: 已经send咗啲相俾报馆记者 (folded), 我send了照片给记者, 发了截图去电视台. What is sent goes to a newsroom.
 */
const ZH_HANDED_TO_PRESS =
  /(?:发|寄|传|send|sent|email(?:ed)?|forward(?:ed)?|whatsapp(?:ed)?|dm(?:ed)?)(?:了|咗|过)?[^，。！？,!?]{1,8}?(?:给|俾|畀|去|到)(?:了|咗)?(?:当地的?|本地的?)?(?:报馆|报社|报纸|报章|电视台|媒体|传媒|新闻部|编辑部|新闻台)?(?:的)?(?:记者|报馆|报社|报纸|报章|电视台|媒体|传媒|新闻部|编辑部|新闻台)/;
/** Everyone made to know how the shop treats people: "俾全香港都知你哋點對待客人", "让全国人民都看看你们怎么做生意". */
const ZH_ALL_KNOW = /(?:让|给|俾|畀|叫)(?:全|所有|大家|全部|天下)[^，,。！？!?]{0,6}?(?:都)?(?:知道|知|看到|看看|看下|睇到|睇下|晓得|看清)/;
/**
 * An audience of the customer's made to see the store's conduct: 让几十万粉丝看看你们怎么坑人的, 俾我啲followers睇下你哋
 * 點樣呃人 (folded), 让乡民看看这家店怎么对待客人. The audience is followers, fans, netizens (网友, PTT's 乡民), viewers,
 * readers; what they see is how the store behaves (ZH_SHOP_CONDUCT) or a warning (避雷, 评评理, its true face).
 */
const ZH_FOLLOWERS_SEE =
  /(?:让|给|叫)(?:我的|我)?(?:[0-9.]{1,6}|[一二两三四五六七八九十几百千万]{1,5})?(?:个|多)?(?:粉丝|网友|乡民|观众|读者|订阅者|followers?|fans?|subscribers?)(?:们)?(?:都)?(?:看看|看下|看到|看清|看清楚|知道|晓得|评评理|避雷)/;
const ZH_AIMED_AT_STORE = /避雷|评评理|真面目|嘴脸|黑店|骗|坑|呃人|垃圾|差劲|离谱/;
/**
 * Someone the customer knows at the press, told as the clause's subject: 我姐是电视台记者, 我朋友在报社, 我表哥系记者
 * (folded). Not the customer's own trade (我是记者: press-mention.ts's reading), nor 我们.
 */
const ZH_KNOWN_PRESS = /^我(?:的)?(?!们)[\u4e00-\u9fff]{1,3}(?:是|在)/;
/** The press at work, said of the one the customer knows: 准备写篇报道, 说可以写一篇, 可以帮我曝光. */
const ZH_PRESS_WILL = /(?:想|要|会|准备|打算|可以|愿意|答应)(?:帮我)?(?:写(?:一)?(?:篇|个|份)|写(?:报道|报导|新闻|稿|文章)|报道|报导|曝光|跟进|采访)/;
/** The newsroom itself, for the contact told alone (an editor or media firm may be any trade's). */
const ZH_NEWSROOM = /记者|报社|报馆|报章|电视台|新闻台|新闻部|电台/;
/** The store to be reported on, by someone the customer will get to do it: 我会搵佢报导你哋 (folded), 找记者曝光你们, 叫人报道这件事. */
const ZH_GET_REPORTED = /(?:会|要|去|找|叫|让|请)[^，,。！？!?]{0,6}?(?:报道|报导|曝光)(?:一下)?(?:你们|你家|贵司|你们公司|你们店|这家店|这件事|这事)/;
const ZH_PRESS_INTERESTED = /(?:很|好|非常|都|好有)?(?:有兴趣|感兴趣|想采访|要采访|来采访|想报道|要报道|会报道|想跟进|会跟进|想了解|想写)/;

/** The press contact told and nothing else: no question, every other clause an aside (see EN_KNOWN_PERSON). */
function pressContactAlone(clause: string, english: string): boolean {
  const told = clause.trim();
  if (english.includes('?') || !EN_KNOWN_PERSON.test(told)) return false;
  // The clause ends with the press ("…a reporter at channel 4"), not with an errand ("…and she ordered the lamp").
  const press = EN_PRESS_NAMED.exec(told) ?? EN_PRESS_CONTACT.exec(told);
  if (!press || press.index + press[0].length < told.length - 1) return false;
  const others = english.split(/[.!;,\n]+/).map((part) => part.trim()).filter((part) => part && part !== clause.trim());
  return others.every((part) => EN_ASIDE.test(part));
}

/**
 * An audience made to see the store's conduct: "so my followers can see how you scam people", "for everyone to see what
 * you did", "let the world know how you treat customers". The act that shows it may be any (a post, a video, a story):
 * the audience and what they are shown (how or what the store does) make the threat.
 */
// In chat spelling too: "so ppl know what ur like", "so every1 can see how u treat ppl".
const EN_AUDIENCE_SEES =
  /\b(?:so (?:that )?|for |let |letting |make sure |until |show |shows |showing |showed )(?:all (?:of )?)?(?:my (?:\d{1,3}k? )?(?:followers|fans|subscribers|subs|viewers|readers|audience|listeners)|everyone|every1|everybody|the (?:whole )?world|the public|people|ppl|the internet|the whole (?:internet|country|town|city))(?: (?:can|will|could|gets? to|get|to|knows?|sees?))?(?: (?:see|know|hear|find out|learn|read|watch))? (?:exactly |just )?(?:how|what|the way) (?:you|u|ya|you're|youre|ur|your (?:company|shop|store|staff|team|service)|ur (?:company|shop|store|staff|team|service)|this (?:company|shop|store))\b/;

/**
 * The newsroom told alone: the message is one clause that ends at the newsroom or its work (我朋友在报社上班, 我姐是电视台
 * 记者), not at an errand (我姐是电视台记者想帮她订一束花: normalising takes the spaces out, so the clause is read to its end).
 */
function newsroomAlone(clause: string, chinese: string): boolean {
  let whole = chinese.trim();
  while (/[。！!]$/.test(whole)) whole = whole.slice(0, -1);
  if (clause.trim() !== whole) return false;
  const newsroom = ZH_NEWSROOM.exec(clause);
  if (!newsroom) return false;
  return /^(?:的)?(?:记者|编辑)?(?:上班|工作|做事|做嘢|做东西|返工|做|打工|实习)?(?:的)?[。！!]?$/.test(clause.slice(newsroom.index + newsroom[0].length).trim());
}

/** The customer's own look as what is shown: "how I style it", "how your dress looks on me", "my haul". */
const EN_OWN_LOOK = /\bhow (?:i|it|they|my [a-z]{2,14}|your [a-z]{2,14}) (?:look|looks|fit|fits|style|styled|wear|wore|came out|turned out)\b|\bmy (?:haul|outfit|look|ootd|unboxing|fit)\b/;

/** Praise beside it, with no wrong told: "let people know how you handled my return, so smooth!" is a compliment. */
const EN_PRAISED = /\b(?:thanks?|thank you|great|amazing|brilliant|awesome|smooth|helpful|lovely|lov(?:e|ed)|perfect|fantastic|excellent|above and beyond|quick|fast)\b/;
const EN_WRONGED = /\b(?:scam\w{0,4}|cheat\w{0,3}|rip\w{0,4}|awful|terrible|worst|refund\w{0,3}|never|ignor\w{0,3}|lie[ds]?|lying|useless|rude|treat\w{0,3}|fraud\w{0,4}|con(?:ned)?)\b|["“”]/;

/**
 * An audience named by a fan of the shop, nothing wrong told: "content creator with 50k followers, love your brand",
 * 我是博主 有五万粉丝 很喜欢你们家. The learned legal reading leans on the audience's size (k · followers) and stays out.
 */
export function audienceOfAFan(english: string, chinese: string): boolean {
  if (chinese) return ZH_AUDIENCE_SIZE.test(chinese) && /喜欢|好评|推荐|支持|爱用/.test(chinese) && !ZH_AIMED_AT_STORE.test(chinese) && !ZH_SHOP_CONDUCT_ONCE.test(chinese);
  return !!english && EN_AUDIENCE_SIZE.test(english) && EN_FAN.test(english) && !EN_WRONGED.test(english) && !EN_WARNING.test(english);
}

export function goingPublic(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    for (const clause of english.split(/[.!?;]+/)) {
      // Someone at the paper interested in it, or a group told about it as a threat: no publishing verb needed.
      // Or told beside a warning: "I work for the local paper, just saying".
      // Or at work on it ("wants to run a story on this"), or beside an ultimatum ("last chance to fix it").
      const pressContact =
        (EN_PRESS_CONTACT.test(clause) || EN_PRESS_NAMED.test(clause)) &&
        (EN_INTERESTED.test(clause) || EN_THREAT.test(clause) || /\binterested\b/.test(clause) || EN_WARNING.test(english) || EN_STORY_ON_IT.test(english) || EN_LAST_CHANCE.test(english) || EN_ULTIMATUM.test(english) || pressContactAlone(clause, english));
      if (pressContact || (EN_TELL.test(clause) && EN_PUBLIC_PLACE.test(clause) && EN_TELL_THREAT.test(clause))) {
        found.push(clause.trim());
        continue;
      }
      if ((EN_TO_THE_PRESS.test(clause) || EN_TELLS_EVERY_GROUP.test(clause)) && !clause.includes('?')) {
        found.push(clause.trim());
        continue;
      }
      const publishes = EN_PUBLISH.test(clause) || (EN_POSTS.test(clause) && EN_GOES_UP.test(clause));
      const published = EN_PUBLISH_IN_PLACE.test(clause) || EN_CONTENT_ABOUT.test(clause) || (publishes && EN_PUBLIC_PLACE.test(clause));
      // An offer asked about ("I'll post a pic and tag you, is there a discount") unless the post is told as a threat
      // ("gonna post the whole thing on tiktok and tag you, let's see how your sales like that").
      // The offer may be asked in a clause of its own ("do you want me to post a review of the lamp? any discount").
      const offer = (EN_OFFER_QUESTION.test(clause) || (english.includes('?') && EN_OFFER_QUESTION.test(english))) && !EN_THREAT.test(clause) && !EN_THREAT_ASKED.test(english);
      // A question asks nothing of the kind, unless it is the threat put as a question ("u want me to tell them about it?").
      const asks = english.includes('?') && !EN_THREAT_ASKED.test(english);
      const viral = (EN_VIRAL.test(clause) || EN_TELLS_AUDIENCE.test(clause)) && !asks;
      const audience = EN_AUDIENCE_SIZE.test(clause) && !EN_COLLAB.test(english.replace(EN_THREAT_ASKED, ' ')) && !EN_FAN.test(english) && !asks;
      const spreads =
        (EN_ALL_OVER.test(clause) && EN_PUBLIC_PLACE.test(clause)) || EN_THEY_HEAR.test(clause) || reviewThreat(clause) || EN_ENJOY_THE_FALLOUT.test(clause) || EN_OTHERS_SEE.test(clause);
      const shown = EN_AUDIENCE_SEES.test(clause) && !clause.includes('?') && !(EN_PRAISED.test(english) && !EN_WRONGED.test(english));
      const madeWithReviews = EN_CONTENT_MADE.test(clause) && EN_BAD_REVIEWS.test(clause) && !asks;
      const contentOut =
        (EN_CONTENT_OUT.test(clause) && EN_WRONGED_OR_BROKEN.test(clause)) ||
        (EN_REVIEW_COUNTED.test(clause) && (EN_UPDATE_OFFERED.test(english) || EN_WRONGED_OR_BROKEN.test(english)));
      if (contentOut || viral || audience || shown || madeWithReviews || (spreads && !clause.includes('?')) || (EN_AUDIENCE_HEARS.test(clause) && !clause.includes('?'))) {
        found.push(clause.trim());
        continue;
      }
      if (!published || offer || EN_PASSIVE.test(clause)) continue;
      if (EN_OWN_SHOWCASE.test(clause) && !EN_WRONGED.test(english) && !EN_WRONGED_OR_BROKEN.test(english)) continue;
      // An audience shown the goods on the customer ("so everyone can see how your dress looks on me", "showing my
      // followers how I style it") is a happy post: what is shown is the customer's own look, not the store's conduct.
      if (EN_OF_THE_DISPUTE.test(clause) || (EN_AUDIENCE.test(clause) && !EN_OWN_LOOK.test(clause))) found.push(clause.trim());
    }
  }
  if (chinese) {
    // The press the customer knows, and a warning in the same message: the clauses apart ("我认识电视台的记者，到时候别怪我").
    if (ZH_PRESS.test(chinese) && ZH_COMEUPPANCE.test(chinese) && !/[吗么][？?]?$|[？?]/.test(chinese)) found.push(chinese);
    for (const clause of chinese.split(ZH_CLAUSE)) {
      if (ZH_SEE_YOU_THERE.test(clause)) {
        found.push(clause);
        continue;
      }
      if (ZH_PRESS.test(clause) && ZH_PRESS_INTERESTED.test(clause) && !/[吗么][？?]?$|[？?]/.test(clause)) {
        found.push(clause);
        continue;
      }
      const asked = /[吗么][？?]?$|[？?]/.test(clause);
      if (!asked && (ZH_SENT_TO_PRESS.test(clause) || ZH_HANDED_TO_PRESS.test(clause) || (ZH_ALL_KNOW.test(clause) && ZH_SHOP_CONDUCT_ONCE.test(clause)))) {
        found.push(clause);
        continue;
      }
      if (!asked && ZH_FOLLOWERS_SEE.test(clause) && (ZH_SHOP_CONDUCT_ONCE.test(clause) || ZH_AIMED_AT_STORE.test(clause))) {
        found.push(clause);
        continue;
      }
      // Someone the customer knows at the press, and the press at work or that alone in the message (我姐是电视台记者).
      if (ZH_GET_REPORTED.test(clause) && !asked && !/[吗么？?]/.test(clause)) {
        found.push(clause);
        continue;
      }
      const known = ZH_KNOWN_PRESS.test(clause.trim()) && ZH_PRESS.test(clause);
      if (known && !asked && !/[吗么？?]|可以|能不能|能否/.test(chinese.replace(ZH_PRESS_WILL, '')) && (ZH_PRESS_WILL.test(clause) || newsroomAlone(clause, chinese))) {
        found.push(clause);
        continue;
      }
      // The store's conduct, told as what the audience sees, asks nothing (你们怎么坑人的 is no 怎么 of a question).
      if (ZH_AUDIENCE_SIZE.test(clause) && !ZH_COLLAB.test(chinese.replace(ZH_SHOP_CONDUCT, ''))) {
        found.push(clause);
        continue;
      }
      const published = ZH_PUBLISHED_ON.test(clause) || (ZH_MADE_PUBLIC.test(clause) && ZH_PUBLIC_PLACE.test(clause));
      // The shop's ways told as what is published are no question: "公开你们怎么对客" (你哋点样对客, folded).
      if (!published || ZH_OFFER_QUESTION.test(clause.replace(ZH_SHOP_CONDUCT, ''))) continue;
      // Said as what the customer will do ("我要po上靠北"), except on their own circle of friends, where customers share
      // what they like as often ("我要发朋友圈").
      const intends = ZH_INTENT.test(clause) && !ZH_OWN_CIRCLE.test(clause);
      if (ZH_OF_THE_DISPUTE.test(clause) || ZH_DONE.test(clause) || intends) found.push(clause);
    }
  }
  // The press the customer knows, and the matter taken to them in a clause of its own (press-taken-to.ts).
  found.push(...matterTakenToKnownPress(english, chinese, (e) => EN_PRESS_CONTACT.test(e) || EN_PRESS_NAMED.test(e) || EN_TRADE_PRESS.test(e)).filter((f) => !found.includes(f)));
  return found;
}
