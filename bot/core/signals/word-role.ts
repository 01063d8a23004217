/**
 * An escalation word read by its role in the sentence, whatever the word: the safety and legal rules read "smoke",
 * "poison", "police", "hospital", 律师, 诊所, 诈骗 as an incident or a threat, and a routine message uses the same words to
 * name something else. The per-word readers (hospital-mention.ts, lawyer-mention.ts, police-mention.ts,
 * press-mention.ts) know each word's own idioms; this one knows the frames every such word shares, so that a word
 * nobody wrote a reader for is read the same way:
 *
 * - a name of a product, a colour or a kind of thing: the word stands before a head noun ("smoke-grey table", "poison
 *   ivy lotion", "police box lego set", "hospital staff", "fire red", 警察玩具, 法律教材, 诈骗短信, 防诈骗);
 * - a trade: who someone is or wants to be ("I'm a firefighter", "my son wants to be a lawyer", "my dad is a retired
 *   police detective", 我准备考律师, 想当警察);
 * - a workplace or the buyer: "a judge at the county court", "I work at the clinic", 我们诊所想买, 给诊所开发票;
 * - fraud done by someone else in the shop's name ("a phishing email pretending to be you", 冒充你们的诈骗短信);
 * - a hospital or a doctor in a routine errand: a get-well gift for someone in hospital ("send a get well gift to the
 *   children's hospital", 朋友住院了 想送个果篮), a check-up booked (明天上午去医院体检 能不能下午送);
 * - the one who needs a record of the order, or what it is for, when the message asks the shop for that record: "the
 *   police asked for proof of purchase", "need a receipt for the police report", "the court case I'm in needs me to show
 *   when I ordered", 警察要购买记录 哪里查, 派出所立案需要购物凭证 (a record asked for, no dispute with the shop);
 * - a blast or a fire that is a flood of messages or a burst of a sense: "my phone blew up with notifications", "my inbox
 *   is on fire with your emails", "an explosion of colour" (what fills it is no substance that burns).
 *
 * Only the word in its role is set aside, and only when every place it stands in is such a role: the message's other
 * phrases ("caught fire", "sue you", 起诉) stand as they are. A hospital or a doctor in an errand stays an incident when
 * any word of a cause is told (hospital-mention.ts's causes: eating, using, after your…).
 */
import { rememberRecent } from '../../../contracts';
import { execAll } from './patterns';
import { anotherShopsClause } from './another-shop';
import { blastOfNothing, inboxFlooded } from './flooded-inbox';
import { EN_CAUSE, ZH_CAUSE } from './hospital-mention';
import { lawyerActs } from './lawyer-mention';
import { policeActs } from './police-mention';
import { pressActs } from './press-mention';
import { ZH_GRIEVANCE } from './praise-post';
import { SELF_HARM_EN, SELF_HARM_ZH } from './self-harm';
import { selfHarmOfAThing, virusOfADevice } from './thing-as-subject';
import { blastAsFigure, bleedOfADisplay } from './figure-sense';

/** What an escalation word names when it stands before one of these: a product, a colour, a kind of person or place. */
const EN_HEADS = [
  // Colours and looks: "smoke grey", "fire red", "smoke-tinted".
  'grey', 'gray', 'colou?r(?:ed|s)?', 'red', 'black', 'blue', 'white', 'tint(?:ed)?', 'effect', 'pattern', 'print', 'design', 'theme',
  // Products and media.
  'sets?', 'lego', 'toys?', 'kits?', 'box(?:es)?', 'costumes?', 'outfits?', 'books?', 'textbooks?', 'dictionar(?:y|ies)', 'guides?',
  'novels?', 'series', 'dvds?', 'games?', 'puzzles?', 'figures?', 'models?', 'shoes?', 'heels', 'pumps', 'nets?', 'lotions?', 'creams?',
  'gels?', 'sprays?', 'balms?', 'remed(?:y|ies)', 'relief', 'soap', 'blankets?', 'extinguishers?', 'detectors?', 'alarms?', 'pits?',
  'bowls?', 'lighters?', 'starters?', 'proof', 'resistant', 'retardant', 'safes?', 'doors?', 'escape', 'ladders?', 'monitors?',
  'strips?', 'meters?', 'bags?', 'sales?', 'drills?', 'shirts?', 't-shirts?', 'tees?', 'mugs?', 'posters?', 'stickers?', 'radios?',
  'dramas?', 'shows?', 'podcasts?', 'documentar(?:y|ies)', 'movies?', 'films?', 'seasons?', 'episodes?', 'magazines?', 'beds?',
  'scrubs', 'uniforms?', 'lanyards?', 'pit', 'ivy', 'oak',
  // A way of making a bed: "hospital corners".
  'corners?',
  // A look the goods borrow: "police-style boots", "hospital-themed party props", "court-inspired heels"; goods
  // without the thing ("poison-free ant bait"), a machine that makes it ("smoke machines for parties").
  'style', 'styled', 'themed', 'inspired', 'free', 'machines?',

  // People and places the word qualifies: "hospital staff", "clinic waiting room".
  'staff', 'workers?', 'employees?', 'porters?', 'receptionists?', 'reception', 'car ?park', 'parking', 'canteen', 'cafe', 'gift shop',
  'pharmacy', 'waiting rooms?', 'discounts?',
  // A bank's or a shop's safeguard: "a fraud check on your side", "fraud prevention".
  'checks?', 'prevention', 'protection', 'detection', 'screening',
].join('|');
/**
 * A toy or a model of the thing, the kind of goods first: "the toy ambulance with lights", "a lego police station", "a
 * wooden fire engine". The word names the toy, not a call for one.
 */
const EN_TOY_BEFORE =
  /\b(?:toy|toys|lego|playmobil|duplo|model|die-?cast|wooden|plush|pretend|play|dress[- ]up|fancy dress|remote control|rc) $/;
/** Only a word that names (a noun): "the toy ambulance caught fire" tells what the toy did. */
const EN_NOUN_WORD = /^[a-z&]+$/;
const EN_VERB_FORM = /(?:ed|ing)$/;

/** A word between the escalation word and its head may qualify the head ("poison ivy lotion"), not start a clause. */
const EN_NOT_QUALIFIER =
  '(?:from|of|in|on|at|to|the|a|an|and|or|came|comes|coming|was|is|were|are|everywhere|all|out|my|your|his|her|its|it|that|this|when|while|because|after|got|went|started|filled|inside)';
const EN_COMPOUND = new RegExp(String.raw`^[- ](?!${EN_NOT_QUALIFIER}\b)(?:[a-z]{2,12}[- ])?(?:${EN_HEADS})\b`);

/**
 * Goods a brand or a line is named after: "the Poison perfume", "a killer queen hoodie", "murder mystery candles". Only
 * for a word that names (a noun): a harm said of the goods ("toxic perfume", "dangerous candles") describes them.
 */
const EN_GOODS =
  '(?:perfumes?|fragrances?|scents?|colognes?|candles?|hoodies?|jumpers?|sweaters?|jackets?|caps?|hats?|socks?|dress(?:es)?|plush(?:ies)?|cups?|phone cases?|keyrings?|keychains?|lipsticks?|editions?|collections?|range|brand|flavou?rs?|shades?)';
const EN_GOODS_COMPOUND = new RegExp(String.raw`^[- ](?!${EN_NOT_QUALIFIER}\b)(?:[a-z]{2,12}[- ])?${EN_GOODS}\b`);
const EN_HARM_ADJECTIVE = /^(?:unsafe|dangerous|hazard(?:ous)?|toxic|poisonous|flammable|explosive|defective|faulty|injur\w*|burn\w*|scorch\w*|smok\w*)$/;

/** A trade the rules read as an incident or a threat: who someone is. */
const EN_TRADE_WORD =
  /^(?:lawyers?|attorneys?|solicitors?|judges?|police|cops?|fire ?fighters?|firem[ae]n|paramedics?|nurses?|doctors?|journalists?|reporters?|detectives?)$/;
/** What follows "police" in a trade: "police officer", "police detective". */
const EN_TRADE_TAIL = /^ (?:officers?|detectives?|constables?|sergeants?|inspectors?|staff|dogs? handlers?)\b/;
/** Who someone is or becomes: "I'm a", "my son wants to be a", "studying to become an", "as a", "retired". */
const EN_TRADE_BEFORE = new RegExp(
  String.raw`(?:\b(?:i'm|im|i am|i was|we're|we are|(?:he|she|who|that)(?:'s| is| was)|(?:my|our|his|her) [a-z-]{1,16}(?:'s| is| was| used to be| became)|` +
    String.raw`wants? to be(?:come)?|wanted to be(?:come)?|training to be(?:come)?|studying to be(?:come)?|going to be|works? as|worked as|working as|as|become|became)` +
    // Without an article the word before the trade is no verb: "I'm instructing solicitors" is what the customer does.
    String.raw` (?:(?:a |an )(?:[a-z-]{1,14} )?|(?![a-z-]{1,14}(?:ing|ed) )(?:[a-z-]{1,14} )?))$`,
);

/** Places the rules read as an incident or a legal matter. */
const EN_PLACE_WORD = /(?:hospital|clinic|court|courthouse|a&e|er)$/;
/** Who works there, or works there: "a judge at the county court", "I work at the clinic", "my shift in the ER". */
const EN_PLACE_BEFORE =
  /\b(?:work|works|worked|working|job|shifts?|judge|clerk|usher|nurse|doctor|receptionist|volunteers?|volunteering|based|employed) (?:at|in|for) (?:the |a |an |our |my )?(?:[a-z']{1,14} ){0,2}$/;

/**
 * Any escalation word as where someone works or volunteers: "I work for the trading standards office", "she volunteers
 * at the consumer council", 我在市场监管局上班, 我在消基会当志工. The word's own readers know their words' idioms (a
 * hospital, a lawyer, the police); this is the frame they share.
 */
const EN_WORK_BEFORE =
  /\b(?:work|works|worked|working|job|shifts?|volunteer|volunteers|volunteered|volunteering|employed|based|intern|interning|temping|placement) (?:at|in|for|with) (?:the |a |an |our |my |their )?(?:[a-z'&]{1,14} ){0,2}$/;
const ZH_WORK_BEFORE = /(?:在|喺|响|于)(?:[^，,。！？!?在喺响于]{0,6})?$/;
const ZH_WORK_AFTER = /^[^，,。！？!?]{0,4}?(?:上班|工作|任职|实习|值班|打工|返工|做嘢|做事|做东西|当志工|当义工|做志工|做义工|当[^，,。！？!?]{0,3}员|(?:做|当)[^，,。！？!?做当]{1,4}(?:[，,。！？!?]|$))/;

/** A trade announced: "firefighter here, …", "nurse by trade". */
const EN_TRADE_AFTER = /^ (?:here|by (?:trade|profession))\b/;
const EN_CLAUSE_START = /(?:^|[.,!?;:] ?)$/;

/**
 * The word as a landmark or an address, with no incident in it: "I live next to the police station", "the depot near
 * the emergency room entrance", "a pickup point inside the police HQ building", 我住警察局隔壁, 收货地址是人民医院住院部,
 * 地址系法院道 (a road named after the court). A place word or a word with a building after it, near a word of place
 * (next to, near, opposite, inside; 隔壁, 旁边, 附近) or of an address (地址是, 寄到); a road named after it.
 */
const EN_NEAR_BEFORE =
  /\b(?:next to|near|nearby|close to|opposite|across from|across the (?:road|street) from|beside|behind|around the corner from|inside|outside|in front of|down the (?:road|street) from|up the (?:road|street) from|past)\s(?:the |a |an |our |my )?(?:[a-z'&]{1,14} )?$/;
const EN_BUILDING_AFTER = /^(?:[- ][a-z]{1,12})?[- ](?:station|hq|headquarters|building|offices?|entrance|exit|car ?park|parking|house|complex|block|precinct|depot|gates?|reception|department|dept|company|companies|firm|business|services?)\b/;
/** Who runs the place: "my uncle runs an ambulance company", "she owns a fire safety firm". */
const EN_OWNER_BEFORE = /\b(?:runs?|ran|running|owns?|owned|manages?|managed|started|founded|set up) (?:a|an|the|our|his|her|my|their) (?:[a-z'&]{1,14} )?$/;
const EN_ROAD_AFTER = /^ (?:street|st|road|rd|avenue|ave|lane|ln|drive|square|sq|place|way|hill|terrace)\b/;
/**
 * Where a parcel goes or is collected, for any place word: "ship to the ambulance station on Park Road", "deliver it to
 * the fire station", "can I collect from the police HQ pickup point".
 */
const EN_ADDRESS_BEFORE =
  /\b(?:deliver(?:ed|ing|y)?|ship(?:ped|ping)?|send|sent|post(?:ed)?|mail(?:ed)?|courier(?:ed)?|redirect(?:ed)?|address(?:ed)?|collect(?:ed|ing)?|pick (?:it |them |up )?(?:up )?)(?: (?:it|them|this|that|(?:my|the|our) (?:order|parcel|package|items?|box|gift)))?(?: straight| directly)? (?:to|at|from) (?:the |a |an |our |my )?(?:[a-z'&]{1,14} ){0,2}$/;
/** A workplace told after the place: "the police department I work for", "the fire station where my wife works". */
const EN_WORK_AFTER =
  /^(?:[- ][a-z]{1,12}){0,2} (?:that |which |where |who )?(?:i|we|my [a-z]{1,12}|he|she) (?:work|works|worked|volunteer|volunteers|am based|is based)\b/;
const EN_PLACE_NAMES = /^(?:hospital|clinic|court|courthouse|county court|a&e|er|emergency room|emergency|police)$/;
const ZH_ADDRESS_BEFORE = /(?:地址|地点|位置|收件处|收货处)(?:是|在|系|係|为|写的?是|填的?是|:)[^，,。！？!?]{0,12}$|(?:寄|邮|配送|派送|送货|发货)(?:到|去|往|至)[^，,。！？!?]{0,8}$/;
const ZH_NEAR_AFTER =
  /^(?:局|站|所|署|厅|院|大楼|大厦|总部|分局)?(?:的)?(?:旁边|旁|隔壁|隔离|隔篱|侧边|附近|对面|楼下|楼上|(?:后面|前面)(?=的|那|有|就是)|后门|门口|那附近|斜对面|里面?的?(?:驿站|快递柜|代收点|自提点)|(?:员工|职员|后|侧|正)?(?:入口|出口|大门))/;
/** Where a parcel is brought (送到, 送去): an address, for a place no one is taken to after harm (not a hospital). */
const ZH_BROUGHT_BEFORE = /(?:请|麻烦|唔该|可以|能|可唔可以|帮我)送(?:到|去)[^，,。！？!?]{0,6}$/;
const ZH_ROAD_AFTER = /^(?:路|道(?!歉|理)|街|大街|大道|巷|里(?=[0-9一二三四五六七八九十]))/;

/**
 * A title or a name in quotes: "the true crime book 'Murder on Main Street'", "the Sue Me! board game", 《杀人回忆》,
 * 「律师本色」. Inside the quotes a word names the work, whatever it means.
 */
const OPENING_QUOTES = '"“‘《「『〈';
const CLOSING_QUOTES = '"”’》」』〉';

function insideQuotes(before: string, after: string): boolean {
  for (let i = 0; i < OPENING_QUOTES.length; i++) {
    const open = OPENING_QUOTES[i];
    const close = CLOSING_QUOTES[i];
    const opened = before.lastIndexOf(open);
    if (opened < 0) continue;
    if (open === close) {
      // A straight double quote: an odd count before, and one after.
      if (before.split(open).length % 2 === 0 && after.includes(close)) return true;
    } else if (before.lastIndexOf(close) < opened && after.includes(close)) return true;
  }
  return false;
}

/**
 * The customer acting on a legal matter of any kind (a complaint lodged, a report, a claim): it keeps a regulator, a
 * court or the police a threat whatever its role ("I work next to the trading standards office and I'm reporting you",
 * 我已经在12315网站上投诉了).
 */
const EN_FILED = /\b(?:report(?:ed|ing)? (?:you|this|it|them)|complain(?:ed|ing)? (?:to|with)|(?:lodg|fil|register|submitt?)(?:e|ed|es|ing)? (?:a |an |my )?(?:complaint|claim|case|report) (?:with|to|against)|(?:lodged|filed|registered) (?:a |an |my )?(?:complaint|claim|case|report)|claim against|sue|suing|take (?:you|this|it) to|taking (?:you|this|it) to|going to (?:the|them)|contact(?:ed|ing)? (?:them|the)|illegal|unlawful)\b/;
const ZH_FILED = /投诉|举报|申诉|检举|反映|曝光|维权|起诉|告你|告到|报案|报警(?!器)|违法|找他们/;
/** A Chinese phrase made of digits (12315, 110, 315): read in the Chinese text, where it stands. */
const LATIN_LETTER = /[a-z]/;

/** A burst of praise: 好看到爆炸, 便宜到炸裂 (an appraisal word, then 到 and the blast as its degree). */
const ZH_DEGREE_BEFORE = /(?:好看|漂亮|可爱|便宜|划算|好用|舒服|开心|爽|好吃|好喝|帅|美|火|赞|酷|喜欢|惊艳|香|甜|萌|好笑|精彩|抢手|靓|正|辣|酸|咸|麻|亮|艳|闪|潮|燃|嗨|劲|好玩|好听|震撼|过瘾|平|抵)(?:到|得)$/;
/**
 * A degree word right before a blast: 颜色太炸了, 好炸, 超炸 (loud, striking). A blast is not graded; a trait is.
 */
const ZH_GRADED_BEFORE = /(?:太|好|超|很|巨|有点|特别|真|超级|那么|这么|咁|几)$/;
/** A trait of goods before a blast: 味道炸裂, 颜色爆炸, 音质炸裂 (the smell, the colour, the sound, as a figure). */
const ZH_TRAIT_BEFORE = /(?:味道|香味|气味|颜色|配色|音质|音效|效果|颜值|口感|气场|演技|画面|声音|设计|造型|低音|辣度)(?:简直|真的|直接|超级|完全)?$/;
const ZH_BLAST = /^(?:爆炸|炸裂|炸了|爆了)$/;
/**
 * What bursts: a person (等到我快爆炸了, 气到我都爆了: the customer's patience) or a deal (这价格炸裂, 价钱太炸, 活动直接炸了:
 * how good it is). Neither can explode; goods can (充电宝炸了, 我的手机爆炸了 names the phone before the blast). The blast
 * word may stand inside another (爆炸了 holds 炸了), so the subject is read before the whole of it. The words between
 * are single pieces (快要 is 快 + 要), a few at most, so no text can be read two ways over and over.
 */
const ZH_BLAST_SUBJECT_BEFORE =
  /(?:(?:^|[^手])我|人|心态|心情|脑子|价格|价钱|价|标价|折扣|优惠|活动|性价比|销量|人气|福利|赠品|deal)(?:都|也|就|真的|真系|简直|直接|快|要|差点|是|系|太|好|超){0,6}$/;
/**
 * A shock felt at a sight or a design (看到价格我都被电到了, 这个设计电到我了, Cantonese 个价钱真系电亲我 folded): struck,
 * not shocked, when the message sees or appraises something and names nothing electric nor a body part touched (漏电,
 * 插, 线, 充电, 火花, a device's 机, 器, 灯, 壶…, 手, 麻).
 */
const ZH_SHOCK = /^(?:被电|电到|电亲|电了|触电)/;
const ZH_STRUCK_BY = /看到|看见|见到|一看|睇到|听到|设计|颜色|配色|价格|价钱|颜值|款式|造型|外观|样子|眼神|第一眼/;
const ZH_ELECTRIC_THING = /漏电|插|线|充电|电源|开关|火花|短路|冒烟|电器|灯|机|器|壶|毯|炉|煲|锅|风筒|手|脚|麻|烫|伤|痛|疼/;
/**
 * A harm as the degree of a feeling or a pastime, after V到/V得: 笑到肚痛, 玩到中毒, 气到吐血, 看到我吐血, 热到中暑; or after a
 * price (这价钱我都吐血, 看到价格我吐血). Not after eating, drinking or using: 吃到中毒 tells one.
 */
const ZH_FIGURE_HARM = /^(?:吐血|肚痛|肚子痛|中毒|头痛|头疼|心脏病|晕倒|晕|内伤|中暑|抽筋|骨折)/;
const ZH_FIGURE_BEFORE =
  /(?:笑|玩|气|激|嬲|看|听|热|冷|累|饿|贵|好吃|好笑|爽|追|刷|买|忙|等|吵|闷|烦|惊|吓)(?:到|得)(?:我|人|我都|人都|都|快|差点|直接)?$|(?:价|价格|价钱|账单|运费|标价)[^，,。！？!?]{0,4}(?:我|人)?(?:都|直接|差点|要)?$/;
/** 中毒 as a pastime's hold (中毒太深, 游戏中毒), with 上瘾 or 沉迷 beside it; 触电的感觉 is falling for something. */
const ZH_HOOKED_AFTER = /^(?:太深|很深|已深|好深|好深|了太深)/;
const ZH_HOOKED = /上瘾|沉迷|入坑|停不下来/;
const ZH_CONSUMED = /吃|喝|食|饮|用了|服用|误吞/;
/**
 * 有毒 as a hold on the buyer, said in praise (你们家的抱枕有毒 买了一个还想买, 这零食有毒 一吃停不下来): what follows is wanting
 * more, not a symptom. Any symptom in the message (抱枕有毒 孩子闻了头晕, 吃了拉肚子) keeps it a poisoning.
 */
const ZH_WANTS_MORE = /(?:还|又|仲)(?:想|要)(?:再)?(?:买|囤|入|回购|多买|要)|回购|买了又买|停不下来|停唔到|上瘾|欲罢不能|戒不掉|根本停不|忍不住(?:又)?买/;
const ZH_SYMPTOM = /喷嚏|流泪|眼睛|皮肤|发红|呕|晕|头痛|头疼|肚子痛|肚痛|拉肚子|腹泻|吐|过敏|痒|红肿|不舒服|难受|疹|咳|呼吸|医院|医生|中毒|刺鼻|臭|味道大|甲醛|异味|痛/;
/**
 * 曝光 said of the customer's own data, asked whether it leaked: 我的订单是不是被曝光了, 地址信息会不会曝光 (a leak, not the
 * shop exposed in public).
 */
const ZH_DATA_EXPOSED_BEFORE = /(?:订单|信息|地址|资料|数据|隐私|照片|电话|号码|手机号|身份证)(?:是不是|会不会|有没有|已经|都|也)?(?:被)?$/;
/**
 * 曝光 as a camera's exposure, by what follows it: a degree or a setting, perhaps after how often (曝光过度, 曝光不足,
 * 拍照曝光老是不准, 夜景曝光偏高, 曝光补偿怎么调, 曝光时间) is said of a picture; going public takes the shop as its object
 * (曝光你们) or stands alone (我要曝光).
 */
const ZH_EXPOSURE_SETTING_AFTER =
  /^(?:老是|总是|一直|经常|常常|有点|有些|比较|还是|都|也|容易)?(?:过度|过曝|过头|不足|不够|不准|不对|不稳|不均|失准|异常|偏(?:高|低|亮|暗)|太(?:高|低|亮|暗|过)|过(?:高|低|亮|暗)|补偿|时间|值|参数|模式|锁定|度|有问题|怪怪|很差|好差|乱跳|忽明忽暗)/;
/**
 * 曝光 as a camera's exposure, by what comes before it in its clause: a photo being taken (拍照的时候曝光没调好, 照片曝光,
 * 相机曝光, 夜景曝光) names the picture's light, and going public names no camera; the shop as its object (曝光你们)
 * keeps it going public whatever came before.
 */
const ZH_PHOTO_BEFORE = /(?:拍照|拍摄|拍的|拍出来|照片|相片|相机|镜头|夜景|自拍|摄影|单反|影相|影嘅|(?<![发贴])图)[^，,。！？!?；;\s]{0,6}$/;
const ZH_EXPOSURE_UNSET_AFTER = /^(?:没|未|冇|唔)(?:调|校|设|弄|搞)(?:好|对|准)/;
/**
 * 曝光 as publicity done for the shop: 帮你们曝光一下, 喺IG幫你哋曝光吓, 给你家免费曝光 (帮, 替 and 给 do it on the shop's behalf;
 * going public does it to the shop: 把你们曝光, 曝光你们). Read only with no grievance in the message (praise-post.ts's words),
 * so 帮你们曝光一下 这种黑店 stays a threat.
 */
const ZH_PUBLICITY_BEFORE = /(?:帮|幫|替|给)(?:你们|你哋|你家|你们家|贵店|店家|商家|佢哋|他们)(?:多|免费|宣传|做下|做个)?$/;

/** The customer posted or will post: 发帖, 发了, 贴出来, po文, 曝光你们. */
const ZH_POSTED = /发(?:了|过|咗)?(?:帖|文|贴|视频|图)|贴出来|po文|po上|曝光(?:你们|你哋|你家)|(?:我要|我会|我去|准备)(?:去)?(?:在|喺)/;
/**
 * Money that bleeds, as in English ("my wallet is bleeding", EN_MONEY_BLEEDS): 钱包大出血, 荷包大出血 (folded), 商家大出血
 * (the shop's own margin, a big sale). The one who bleeds is a purse, an account or a seller's margin, not a body.
 */
const ZH_MONEY_BLEEDS_BEFORE =
  /(?:钱包|荷包|银包|腰包|钱袋|口袋|钱|账户|余额|存款|工资|预算|信用卡|商家|老板|血本)(?:又|都|真的|真是|直接|彻底|要|快要|快|也|这次|今年|已经)?(?:大|狂)?$/;
/** 流血价, 流血促销: a price cut to the bone, not blood. */
const ZH_BLEEDING_PRICE_AFTER = /^(?:价|价格|促销|甩卖|大甩卖|清仓|特价|拍卖|出清|折扣|大放送|大减价|优惠)/;
/**
 * A site or a group named as where the customer saw something: 在爆料公社看到你们的优惠, 喺小红书睇到. The customer read it
 * there; nothing was posted.
 */
const ZH_SEEN_AT_BEFORE = /(?:在|从|喺|喺度)$/;
const ZH_SEEN_AT_AFTER = /^[^，,。！？!?\s]{0,4}?(?:上|里|度|入面)?(?:看到|看见|见到|发现|刷到|睇到|读到)/;
const ZH_FEELING_AFTER = /^(?:的感觉|般的|一样的感觉|的感覺)/;

/**
 * Who someone is, by a role the word qualifies: "I'm a consumer rights blogger", "my mum is a trading standards officer",
 * 我是消协的工作人员. The trade words (lawyer, nurse) stand alone; any escalation word can name a field someone works in.
 */
const EN_PERSON_AFTER =
  /^[- ](?:bloggers?|writers?|students?|teachers?|lecturers?|researchers?|volunteers?|advocates?|activists?|officers?|inspectors?|workers?|employees?|consultants?|specialists?|experts?|professors?|podcasters?|youtubers?|influencers?|interns?|trainees?|clerks?|staffers?|analysts?|trainers?|instructors?)\b/;
const ZH_PERSON_AFTER = /^(?:的)?(?:工作人员|员工|志愿者|志工|义工|客服|老师|学生|实习生|职员|公务员|同事)/;

/**
 * The shop's credentials asked about: "which regulator approves your payment provider?", "are you regulated by the
 * FCA?", "is the site certified by the consumer council?", 你们受市场监管局监管吗. A question about the shop, not a
 * dispute taken to the body.
 */
const EN_CREDENTIAL_AFTER =
  /^ (?:approves?|approved|regulates?|regulated|licen[cs]es?|licen[cs]ed|oversees?|oversaw|supervises?|certif(?:y|ies|ied)|authori[sz]es?|authori[sz]ed|accredits?|accredited) (?:you|your|this (?:shop|store|site)|the (?:shop|store|site|payment|card))\b/;
const EN_CREDENTIAL_BEFORE =
  /\b(?:regulated|licen[cs]ed|approved|certified|authori[sz]ed|supervised|registered|accredited|overseen|members?) (?:by|with|of) (?:the |a |an |which |what |any )?(?:[a-z]{1,14} )?$/;
const ZH_CREDENTIAL_BEFORE = /(?:受|由|归|被)(?:哪个|哪家|什么)?$/;
const ZH_CREDENTIAL_AFTER = /^(?:局|部门|会|所|委员会)?(?:的)?(?:监管|管理|管辖|认证|批准|备案|许可)/;

/** Fraud done in the shop's name by someone else: "a phishing email pretending to be you", "scam texts impersonating you". */
const EN_IMPERSONATION = /\b(?:pretending to be|impersonating|posing as|claiming to be (?:from )?|using your name|in your name|phishing)\b/;
const ZH_IMPERSONATION = /冒充|假冒|冒认|冒名|伪装成|钓鱼/;
/** A mock or a toy of the place or the trade: 模拟法庭, 仿真警察局, 儿童医院玩具. */
const ZH_MOCK_BEFORE = /(?:模拟|仿真|玩具|假扮|扮演)$/;

/**
 * Fraud done to the customer (or someone they know) by someone else: "someone tried to scam me with a fake courier
 * text", "my neighbour was scammed by a fake site", 我邻居被假网站骗过. The fraud word names another's doing, unless the shop
 * is called the fraud ("you're a scam", "this site is a scam", 你们是骗子).
 */
const EN_OTHERS_FRAUD_BEFORE =
  /\b(?:someone|somebody|some (?:guy|people|person|site|website|company)|an? (?:fake|dodgy|random|bogus|phishing|copycat)(?: [a-z]{1,12})?|scammers?|fraudsters?|criminals?|hackers?) (?:tried to |has |had |have |just |once |nearly |almost )?$/;
const EN_OTHERS_FRAUD_AFTER = /^ (?:by|from|through|via) (?:a|an|some|another|other|the fake|fake|random|dodgy|bogus|phishing|copycat|someone|somebody|scammers?|fraudsters?)\b/;
const EN_SHOP_CALLED_FRAUD =
  /\b(?:you|u|you guys|you lot|you people|your (?:[a-z]{1,12} )?(?:site|website|shop|store|company|business|app|offer|deal|sale)|this (?:site|website|shop|store|company|business|app|offer|deal|sale)) (?:are|is|r|'re|'s)? ?(?:(?:just|such|a|an|total|complete|absolute) ){0,3}(?:scam|scams|scammers?|frauds?|fraudulent|crooks|con)\b/;
const ZH_OTHERS_FRAUD = /被(?:假|其他|别的|别家|陌生|骗子|钓鱼|山寨|不明)[^，,。！？!?]{0,6}(?:骗|诈骗)|(?:有人|别人|骗子)[^，,。！？!?]{0,6}(?:骗|诈骗)(?!子)/;
const ZH_SHOP_CALLED_FRAUD = /(?:你们|你哋|你|贵店|这家店|这个网站)(?:就|都)?(?:是|系)?(?:一群|一班|班)?(?:骗子|诈骗|骗钱|骗人)/;

/**
 * Asked whether something the customer received is a scam: "got a text saying my account is locked, is this a scam?",
 * "legit or scam?", 收到短信说账号被锁，是诈骗吗, 这个链接是不是诈骗. A message, a call or a link in their hands is the suspect,
 * and the question is one of account safety; the shop called a scam ("is this site a scam, I paid and nothing came")
 * is read by the frames above and stays.
 */
const EN_RECEIVED = /\b(?:e-?mails?|texts?|sms|messages?|msgs?|dms?|calls?|voicemails?|links?|letters?|pop-?ups?|notifications?|got|received|getting|keep getting)\b/;
const EN_ASKED_SCAM =
  /\b(?:is|was|are|were|could|might) (?:this|that|it|these|those|they)(?: (?:e-?mail|text|sms|message|msg|call|link|letter|one))? (?:be )?(?:a |an )?(?:scam|fraud|phishing|fake)\b|\b(?:scam|phishing|fake) or (?:legit|real|genuine)\b|\b(?:legit|real|genuine) or (?:a )?(?:scam|phishing|fake)\b/;
const ZH_RECEIVED = /收到|接到|短信|信息|讯息|简讯|邮件|电邮|电话|来电|链接|网址/;
const ZH_ASKED_SCAM = /(?:是|系)(?:不是|唔系|咪)?(?:诈骗|骗子|骗人|钓鱼)(?:的|嘅|短信|电话|邮件|链接|网站)?(?:吗|嘛|么|呢|啊|吧|[?？])|(?:是不是|系唔系|会不会)(?:诈骗|骗子|骗人|钓鱼)/;

/**
 * Whether the message asks if something the customer received is a scam (EN_ASKED_SCAM, ZH_ASKED_SCAM), the shop not
 * called one. The sentiment leans on the fraud word as the legal rule does; asked of a text in hand it is no feeling at
 * the shop (emotion-aim.ts). Chinese text folded to simplified.
 */
export function scamAskedOfReceived(text: string, chinese: boolean): boolean {
  return chinese
    ? ZH_ASKED_SCAM.test(text) && ZH_RECEIVED.test(text) && !ZH_SHOP_CALLED_FRAUD.test(text)
    : EN_ASKED_SCAM.test(text) && EN_RECEIVED.test(text) && !EN_SHOP_CALLED_FRAUD.test(text);
}

/** What the whole message says of fraud, read once per message (a phrase may stand in it many times). */
const fraudFrame = rememberRecent(4, (text: string) => ({
  othersZh: (ZH_OTHERS_FRAUD.test(text) && !ZH_SHOP_CALLED_FRAUD.test(text)) || scamAskedOfReceived(text, true),
  askedEn: scamAskedOfReceived(text, false),
  impersonated: EN_IMPERSONATION.test(text),
  shopCalled: EN_SHOP_CALLED_FRAUD.test(text),
}));

function othersFraud(phrase: string, at: Occurrence, english: string, chinese: string): boolean {
  if (!FRAUD_WORD.test(phrase) && !/^骗/.test(phrase)) return false;
  if (chinese) return fraudFrame(chinese).othersZh;
  const frame = fraudFrame(english);
  // "an email claiming to be from you is a scam": the shop is the one impersonated, not the one called a fraud.
  if (frame.impersonated) return true;
  if (frame.shopCalled) return false;
  if (frame.askedEn) return true;
  return EN_OTHERS_FRAUD_BEFORE.test(at.before) || EN_OTHERS_FRAUD_AFTER.test(at.after);
}

/** The fraud phrases of any kind (a complaint's "scam", a legal "fraud") without fraud done by someone else. */
export function withoutFraudByOthers(found: readonly string[], english: string, chinese: string): string[] {
  return found.filter((phrase) => {
    const chineseWord = /[\u4e00-\u9fff]/.test(phrase);
    const text = chineseWord ? chinese : english;
    if (!text) return true;
    const at = occurrences(text, phrase);
    return at.length === 0 || !at.every((o) => othersFraud(phrase, o, chineseWord ? '' : english, chineseWord ? chinese : ''));
  });
}

/**
 * A legal dispute between others: "my sister is suing her landlord", "my employer is taking my old company to court",
 * 我姐在跟房东打官司. The legal words name someone else's case, unless the shop is its target ("sue you", 告你们).
 */
const EN_DISPUTE_VERB =
  /\b(?:suing|sued|taking|took|take(?= [a-z'-]{1,8} [a-z'-]{2,14} to (?:court|small claims|(?:an? )?(?:employment )?tribunal))|fighting|in (?:a )?(?:court|legal) (?:case|battle|dispute|fight) with|going to court (?:with|against)|in court with|filing (?:a )?(?:lawsuit|claim) against)\b/g;
/** Who goes to law: someone of the customer's, by a noun ("my sister is", "our office is", "my employer"). */
const EN_DISPUTE_SUBJECT =
  /\b(?:my|our|his|her|their) (?:[a-z'-]{2,14} )?[a-z'-]{2,14} (?:(?:is|was|are|were|has been|have been|'s) )?(?:currently )?(?:(?:wants|wanted|plans|planned|is going|was going|'s going|is gonna|'s gonna|means|decided|hopes) to |(?:will|wanna|might|may|could) )?$/;
/**
 * Against whom: someone else, named ("her landlord", "my old company", "a supplier"), or a shop said to be another one
 * ("another shop", "a different company"; "the shop" alone may be this one).
 */
const EN_DISPUTE_OBJECT =
  /^ (?:(?:another|a different|some other|an other|other) (?:[a-z'-]{2,14} )?(?:shop|store|company|site|seller|retailer|brand)|(?:her|his|their|my|our|a|an|the|some|another) (?!(?:shop|store|company|site)\b)[a-z'-]{2,14})/;

function englishDisputeBetweenOthers(english: string): boolean {
  return execAll(EN_DISPUTE_VERB, english).some((m) => {
    const before = english.slice(Math.max(0, m.index - 40), m.index);
    const after = english.slice(m.index + m[0].length, m.index + m[0].length + 30);
    return EN_DISPUTE_SUBJECT.test(before) && !/\b(?:i|we|i'm|we're)\b[^,.;:!?]{0,12}$/.test(before) && EN_DISPUTE_OBJECT.test(after);
  });
}
const EN_AGAINST_SHOP = /\b(?:sue|suing|sued|take|taking|report|reporting|against) (?:you|your|u)\b|\byou(?:'ll| will) (?:hear from|be hearing)/;
const ZH_OTHERS_DISPUTE =
  /(?:姐|妹|哥|弟|妈|爸|老公|老婆|男朋友|女朋友|朋友|同事|邻居|公司|老板|家人|亲戚|表[哥姐弟妹]|堂[哥姐弟妹]|闺蜜|同学|室友|舅舅|阿姨|叔叔|姑姑|伯伯|婶婶|爷爷|奶奶|外公|外婆|阿公|阿婆)[^，,。！？!?]{0,3}(?:在|正在|要|准备)?(?:跟|和|与|同)(?![你您贵])[^，,。！？!?]{1,6}(?:打(?:紧|着|了)?官司|诉讼|对簿公堂|闹上法庭)|(?:姐|妹|哥|弟|妈|爸|老公|老婆|朋友|同事|邻居|公司|老板)(?:在|正在|要|准备)?(?:起诉|告)(?![你您贵])|(?:姐|妹|哥|弟|妈|爸|老公|老婆|男朋友|女朋友|朋友|同事|邻居|老板|亲戚|家人)(?:最近|现在|正|还)?(?:在|正在|喺度|在度|喺)?(?:打|吃)(?:紧|着|了)?官司/;
const ZH_AGAINST_SHOP = /(?:告|起诉|投诉|举报)(?:你们|你哋|你|贵)/;
/**
 * A suit a third person brings against a party of their own or of no one's: 我邻居要去法院告他老板, 我同事话要告佢公司,
 * 我闺蜜说要去法院起诉她前夫, 我朋友准备起诉某个外卖平台. The plaintiff is someone of the customer's (not 我), a few words
 * (说, 话, 要去法院) may stand before the verb, and the one sued is theirs (他老板, 她房东, 佢公司) or someone's unnamed
 * (某个平台): not the customer's case, however the message goes on, unless the shop is named as sued (ZH_AGAINST_SHOP).
 */
const ZH_OTHERS_SUIT =
  /(?:姐|妹|哥|弟|妈|爸|老公|老婆|男朋友|女朋友|男友|女友|朋友|同事|邻居|闺蜜|同学|室友|亲戚|家人|舅舅|阿姨|叔叔|姑姑|伯伯|婶婶|表[哥姐弟妹]|堂[哥姐弟妹]|阿公|阿婆|爷爷|奶奶|外公|外婆|老豆|老母|老友)[^，,。！？!?\s我你您贵]{0,8}(?:告|起诉|控告|状告)(?:(?:他|她|佢)(?:们|哋)?(?:的|嘅|个|嗰间|间|家)?(?:前|旧|原|以前的)?(?:老板|老细|公司|房东|业主|雇主|单位|平台|老公|老婆|前夫|前妻|男朋友|女朋友|厂|工厂|学校|医院|物业|中介|上司|东家|银行|经理|邻居|包工头|装修公司|客户|供应商|合伙人|老师|医生|保险公司|租客|房客)|某(?:个|家|间|一个|一家)?[\u4e00-\u9fff])/;

/**
 * Someone of the customer's own at the head of a sentence that names another shop and nothing of this one: "my friend
 * had a horrible time with another shop and ended up in small claims court". Its legal words are that case's, however
 * it ended there; a sentence that names this shop ("my friend says I should take you to small claims") is not read.
 */
const EN_OWN_PERSON_HEAD = /^(?:(?:so|and|but|well|lol|honestly|ugh)\s){0,2}(?:my|our) (?:[a-z'-]{2,14} )?(?!(?:order|orders|parcel|package|delivery|account|card|bank|refund|item|items)\b)[a-z'-]{2,14}(?:'s)? (?:had|has|was|is|got|went|ended|bought|ordered|took|tried|once|just|also|recently)\b/;
function othersCaseWithAnotherShop(phrase: string, english: string): boolean {
  const sentences = english.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.includes(phrase));
  return sentences.length > 0 && sentences.every((sentence) => EN_OWN_PERSON_HEAD.test(sentence) && anotherShopsClause(sentence));
}

/**
 * The law turned on the customer themself, in jest at their own spending: 如果我起诉自己乱花钱哈哈, "i should sue myself for
 * buying this much". No one else is its party. So is the law turned on something of the customer's own or on something
 * no one can take to court: a habit, a part of their day, the weather (我要起诉我的拖延症 哈哈, 我想告我自己的懒惰, 我想起诉
 * 周一, "I'm going to sue my alarm clock", "I'll sue the weather"). Not the customer's dealings with the shop (我要起诉
 * 我的订单…, "sue my order" read with the spaces of a chat message gone), and never in a message that turns the law on
 * the shop anywhere (EN_AGAINST_SHOP, ZH_AGAINST_SHOP).
 */
const EN_DEALINGS = '(?:orders?|parcels?|packages?|refunds?|money|accounts?|cards?|deliver(?:y|ies)|items?|purchases?|payments?|case|claim)';
const EN_AT_SELF_AFTER = new RegExp(
  String.raw`^ (?:myself|ourselves|my ?self|(?:my|our) (?:own )?(?!${EN_DEALINGS}\b)[a-z-]{2,16}(?: (?!${EN_DEALINGS}\b)[a-z-]{2,16})?(?=$|[.,!?;:]| (?:for|lol|haha\w{0,6}|lmao|because|cause|cos|honestly|tbh|again|too|anyway)\b)|(?:the )?(?:weather|rain|universe|mother nature|monday|mondays|gravity|traffic|alarm clock|calendar)\b)`,
);
const ZH_AT_SELF_AFTER =
  /^(?:我?自己|我(?:自己)?的(?!订单|单|包裹|快递|货|钱|退款|账号|帐号|卡|东西|商品|购买|事情?|案)|老天(?:爷)?|天气|周一|星期一|礼拜一|闹钟|拖延症|懒惰|体重|失眠|命运|月底)/;
const LAW_TURNED = /(?:\bsu(?:e|es|ing|ed)|起诉|控告|状告|告)$/;
function turnedOnSelf(phrase: string, text: string, chinese: boolean): boolean {
  // Only a suit brought: "I'm a lawyer myself" names the customer's trade, not a case against them.
  if (!LAW_TURNED.test(phrase) || (chinese ? ZH_AGAINST_SHOP : EN_AGAINST_SHOP).test(text)) return false;
  const places: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0 && places.length < 8; at = text.indexOf(phrase, at + phrase.length)) places.push(at);
  // "i will sue the weather and you too": the shop named in the clause after is a party after all.
  const shopAfter = (after: string) => (chinese ? /你|您|贵/ : /\b(?:you|your|u|ur|y'all)\b/).test(after.split(/[.,!?;。，！？]/)[0] ?? '');
  return places.length > 0 && places.length < 8 && places.every((at) => {
    const after = text.slice(at + phrase.length, at + phrase.length + 40);
    return (chinese ? ZH_AT_SELF_AFTER : EN_AT_SELF_AFTER).test(after) && !shopAfter(after);
  });
}

/** The legal phrases without those of a dispute between others (see englishDisputeBetweenOthers, ZH_OTHERS_DISPUTE). */
export function withoutDisputeBetweenOthers(found: readonly string[], english: string, chinese: string): string[] {
  const others = (!!english && englishDisputeBetweenOthers(english) && !EN_AGAINST_SHOP.test(english)) || (!!chinese && (ZH_OTHERS_DISPUTE.test(chinese) || ZH_OTHERS_SUIT.test(chinese)) && !ZH_AGAINST_SHOP.test(chinese));
  if (others) return [];
  return found.filter((phrase) => {
    const chineseWord = /[\u4e00-\u9fff]/.test(phrase);
    const text = chineseWord ? chinese : english;
    if (!text) return true;
    if (turnedOnSelf(phrase, text, chineseWord)) return false;
    return chineseWord || EN_AGAINST_SHOP.test(english) || !othersCaseWithAnotherShop(phrase, english);
  });
}
const FRAUD_WORD = /^(?:fraud(?:ulent)?|scam(?:med|mers?)?|诈骗|欺诈)$/;
/** A bank's or a card's safeguard: "my bank flagged fraud", "blocked as suspected fraud", "a possible fraud alert". */
const EN_FRAUD_FLAGGED = /\b(?:flag(?:ged|s)?|block(?:ed|s)?|suspect(?:ed|s)?|suspicious|possible|potential|stopped|declined) (?:it |the payment |my card |the card )?(?:as |for )?(?:a |an )?(?:possible |potential |suspected )?$/;
/**
 * A class of goods in the rules for shipping them: "the dangerous goods surcharge", "what counts as a hazardous item for
 * shipping", "are flammable materials allowed". The class, not a hazard met.
 */
const EN_GOODS_CLASS_WORD = /^(?:dangerous|hazard(?:ous)?|toxic|flammable|explosive)$/;
const EN_GOODS_CLASS_AFTER = /^ (?:goods|items?|materials?|substances?|chemicals?|products?|liquids?|waste|cargo)\b/;
const EN_SHIPPING_RULES =
  /\b(?:ship|shipping|shipped|send|sending|post|posting|postage|mail|courier|surcharge|fee|allowed|permitted|prohibited|restricted|restrictions?|classed|classified|counts? as|policy|rules?|declare|label(?:led|ing)?|regulations?|air ?freight|by air)\b/;
/**
 * A reaction to a price or a sight, as a figure: "I nearly fainted at how cheap the sofa is", "got a shock at the price",
 * "almost died when I saw the sale". The harm's cause is what the customer saw.
 */
const EN_AT_A_SIGHT =
  /^ (?:at|over|when (?:i|we) saw|seeing|looking at) (?:how (?:cheap|good|low|great|nice|pretty|cute|fast|quick|beautiful|gorgeous|soft|comfy|comfortable|big|small)|(?:the|your|these|those|this|that) (?:[a-z]{1,12} )?(?:price|prices|deal|deals|discount|discounts|sale|sales|offer|offers|bill|total|reviews?|colou?rs?|design|quality))\b/;

/**
 * A work about the thing: "the movie about the lawyer was great", "a book about a police dog", "the documentary about
 * the fire". The word is the work's subject, not the customer's case.
 */
const EN_WORK_ABOUT =
  /\b(?:movies?|films?|shows?|books?|novels?|series|documentar(?:y|ies)|podcasts?|dramas?|episodes?|articles?|songs?|plays?|cartoons?|comics?) (?:about|on|called|named) (?:a |an |the |this |that )?(?:[a-z-]{2,14} )?$/;
/** Money that bleeds: "my bank account is bleeding", "my wallet's bleeding after black friday". */
const EN_MONEY_BLEEDS = /\b(?:wallet|purse|bank|bank account|account|card|credit card|pockets?|budget|savings)(?:'s| is| are)? (?:literally |actually |still )?$/;
/** A scent that is something burned on purpose: "the candle smells like burning wood", "smells like a burning campfire". */
const EN_SCENT_BURNED =
  /^ (?:wood|firewood|logs?|campfires?|bonfires?|incense|sage|cedar|leaves|embers|marshmallows|sugar|caramel|pine|sandalwood|oud)\b/;
/** A get-well gift sent: "send a get well hamper", "a gift for my friend in the children's hospital". */
const EN_GIFT = /\b(?:get[- ]well|gifts?|presents?|flowers|hampers?|care package|greeting card|card)\b/;
const EN_SEND = /\b(?:send|sending|sent|deliver|delivering|ship|shipping|buy|buying|order|ordering|get|getting|gift messages?)\b/;

// 证 is a licence (律师证), not the evidence kept for a claim (维权证据).
const ZH_HEADS =
  '(?:的)?(?:玩具|模型|积木|套装|公仔|手办|膏|药膏|喷雾|凝胶|药水|服装|扮演|cos|头盔|晚会|节目|教材|考试|书|课本|资料|题库|剧|电影|游戏|短信|短讯|电话|邮件|网站|官网|网页|公众号|小程序|链接|信息|讯息|团伙|集团|案例|知识|宣传|片|专业|系|证(?!据|明)|制服|色|灰|红|袍|长袍|法袍|头(?![发部上皮顶脸]))';
const ZH_COMPOUND = new RegExp(`^${ZH_HEADS}`);
/** Where a regulator is reached: its site, its app, its hotline. */
const ZH_CHANNEL = /^(?:的)?(?:网站|官网|网页|平台|app|小程序|公众号|热线|电话)/;
/** A design a product is made in, right after the word: 律师主题的马克杯, 警察造型的公仔, 消防员图案的T恤. */
const ZH_DESIGN = /^(?:主题|造型|图案|款式|风格|印花|联名|系列)/;
/** 防诈骗, 反诈骗, 小心诈骗: the fight against fraud or a warning of it, not a fraud. */
const ZH_AGAINST = /(?:防|反|预防|防范|小心|谨防|警惕|当心|提防|留意|注意)$/;
const ZH_TRADE_WORD = /^(?:律师|法官|警察|消防员|记者|护士|医生)$/;
/** Who someone is or means to become: 是律师, 当警察, 考律师, 准备考, 想当, 读法律. */
const ZH_TRADE_BEFORE =
  /(?:是|当|做|作为|身为|干|考|报考|想当|想做|要当|梦想是当|读|学|职业是)(?:过|了)?(?:一名|一个|一位|个|位|名)?$/;
const ZH_PLACE_WORD = /^(?:医院|诊所|法院)$/;
/** The place as the buyer or the address: 我们诊所, 给诊所开发票, 诊所想买. */
const ZH_PLACE_BEFORE = /(?:我们|我哋|我们的|本|给|俾|帮|为|替)$/;
const ZH_PLACE_AFTER = /^(?:想买|要买|需要|采购|订|开发票|的发票|的地址|的抬头|抬头|地址|收货|门口|上班|工作|的(?:同事|护士|护理师|医生|医师|员工|职员|工作人员|药剂师|保安|清洁工|书记员|法官))/;
/** A gift sent to someone in hospital: 送个果篮, 寄礼物, 买束花. */
const ZH_GIFT = /(?:送|寄|买|订)(?:个|一个|点|些|束|份|一份|一束)?(?:果篮|水果|礼物|花|鲜花|礼盒|慰问品|卡片|贺卡|心意卡|补品)|(?:送|寄)[^，,。！？!?]{1,8}(?:去|到|给)(?:医院|病房)/;
/** A routine visit: a check-up, a follow-up, a vaccination. */
const ZH_ROUTINE_VISIT = /看病|睇病|看医生|睇医生|就诊|拿药|体检|复诊|复查|产检|打疫苗|打针|看牙|洗牙|挂号|门诊|预约/;
/** The visit ahead, with a delivery to move: 明天上午要去看医生 能不能下午送. */
const ZH_AHEAD = /明天|后天|听日|明日|下周|下个?礼拜|下个?星期|周[一二三四五六日末]|礼拜[一二三四五六日天]|星期[一二三四五六日天]|上午|下午|朝早|下昼|今晚|晚上/;
const ZH_DELIVERY = /送|寄|配送|派送|收货|快递|改时间|改期|改到/;
const ZH_VISIT_WORD = /医院|医生|诊所/;

/**
 * A trade or a workplace acting on the matter: a story written, a lawyer in touch, a case, the law invoked. Any of it
 * keeps a trade word a threat ("I'm a journalist and I'll write about how you treat customers", 我是记者 会把你们写出来).
 */
const EN_ACTING =
  /\b(?:write|writing|wrote|report|reporting) (?:about|up|on) (?:you|this|it|your|how)|\b(?:story|stories|article|expos[eé]|go public|going public|publish|sue|suing|court case|case against|take (?:you|this|it) to|in touch|hear from|illegal|unlawful|my rights|legal action|proceedings|look into (?:this|you)|investigat\w{0,6})\b/;
const ZH_ACTING = /写出来|报道|曝光|起诉|告你们|追究|违法|维权|找你们|联系你们|调查|投诉你们/;
const LEGAL_TRADE_WORD = /^(?:lawyers?|attorneys?|solicitors?|judges?|police|cops?|journalists?|reporters?|detectives?|律师|法官|警察|记者|court|county court|法院)$/;

/**
 * A number that is a clothing size, not a hotline: 110码, 有110吗 in a message about a costume or clothes (童装 sizes are
 * heights in centimetres). Dialled or called (打110) it stays the police.
 */
const ZH_SIZE_AFTER = /^(?:码|号(?!码)|cm|厘米|公分|的码|的尺码|尺码)/;
const ZH_SIZE_ASKED = /^(?:吗|么|的|呢|码|有吗|有没有|有冇)/;
const ZH_SIZE_BEFORE = /(?:有|要|穿|买|拿|选|换|尺码|码数|身高)$/;
const ZH_CLOTHES = /服|衣|裤|裙|鞋|尺码|码数|童装|cos|套装|制服|帽/;

/**
 * A record of the order the customer asks the shop for: a receipt, an invoice, proof of purchase, the order history, a
 * serial number, the dates (EN_RECORD, ZH_RECORD), in a message that asks.
 */
const EN_RECORD =
  /\b(?:receipts?|invoices?|proof of (?:purchase|payment|delivery|postage|order|ownership)|order (?:history|confirmation|details|number|records?)|serial (?:numbers?|no)|tracking (?:number|details|info|history)|copy of (?:the|my) (?:order|receipt|invoice|confirmation)|(?:purchase|order|delivery|dispatch) (?:date|dates|records?|details|history)|when (?:i|we) (?:ordered|bought|paid|purchased)|(?:purchase|payment) records?|bank statement|documentation|paperwork)\b/;
const EN_RECORD_ASKED = /\?|\b(?:can|could|would|will) (?:you|u|i|we)\b|\b(?:where|how) (?:do|can|could|would|should|is|are) (?:i|we|it|they)\b|(?:^|\b(?:i|we) )(?:need|needed|want|require)\b|\b(?:please|pls|send|email|e-mail)\b/;
const ZH_RECORD = /发票|收据|凭证|凭据|记录|纪录|证明|订单号|序号|序列号|单号|截图|明细|小票|购买日期|下单时间|账单/;
const ZH_RECORD_ASKED = /[?？吗嘛]|能不能|可不可以|可以|可唔可以|哪里|哪儿|在哪|怎么|怎样|如何|点样|边度|麻烦|请|帮我|给我|俾我|开|补开|提供/;
/** The word as the one who needs the record: "the police need…", "my solicitor asked for…", "the court case I'm in needs me to". */
const EN_NEEDS_AFTER =
  /^(?:[- ][a-z']{1,12}){0,3} (?:need|needs|needed|want|wants|wanted|asked|asks|asking|require|requires|required|request|requests|requested|requesting|told me to|said (?:i|we) (?:need|needed|have to|had to|must))\b/;
/** The word as what the record is for: "for the police report", "for a court hearing", "for my solicitor". */
const EN_FOR_BEFORE = /\bfor (?:a |an |the |my |our |his |her |their )?(?:[a-z]{1,12} )?$/;
const EN_PURPOSE_AFTER = /^(?: (?:reports?|case|cases|hearings?|claims?|statements?|investigations?|files?|references?|records?|purposes?|paperwork))?(?=[\s,.;:!?]|$)/;
/** 警察要, 派出所让我提供, 律师叫我, 法院需要; or what it is for: 报案需要, 立案要, 打官司用. */
const ZH_NEEDS_AFTER = /^(?:那边|那里|局|方面)?(?:的人)?(?:说)?(?:要|需要|让我|叫我|要求|要我|问我要|找我要|让提供|叫提供)/;
const ZH_PURPOSE_AFTER = /^(?:立案|报案|备案|取证|调查|理赔|打官司|诉讼)?(?:需要|要|用|要用|用的|需)/;

/**
 * The matter is the shop's (EN_AGAINST_SHOP, ZH_AGAINST_SHOP below, and): "versus your company", "your driver stole my
 * parcel", 你们卖的是赃物.
 */
const EN_SHOP_ACCUSED = /\b(?:versus|vs\.?) (?:you|u|your|ur|this (?:shop|store|company|site|business))\b|\b(?:you|your [a-z]{2,12}) (?:stole|sold me stolen|scammed|defrauded|cheated)\b/;
const ZH_SHOP_ACCUSED = /(?:你们|你哋|商家)(?:卖的是|卖)(?:赃物|假货)|(?:你们|你哋)(?:骗|偷)/;

function recordForAuthority(phrase: string, at: Occurrence, english: string, chinese: string): boolean {
  if (chinese) {
    if (!ZH_RECORD.test(chinese) || !ZH_RECORD_ASKED.test(chinese) || ZH_FILED.test(chinese.split(phrase).join('，')) || ZH_AGAINST_SHOP.test(chinese) || ZH_SHOP_ACCUSED.test(chinese) || legalActs('', chinese.split(phrase).join('，'))) return false;
    return ZH_NEEDS_AFTER.test(at.after) || ZH_PURPOSE_AFTER.test(at.after);
  }
  if (!EN_RECORD.test(english) || !EN_RECORD_ASKED.test(english) || EN_FILED.test(english) || EN_AGAINST_SHOP.test(english) || EN_SHOP_ACCUSED.test(english) || legalActs(english.split(phrase).join(' '), '')) return false;
  return EN_NEEDS_AFTER.test(at.after) || (EN_FOR_BEFORE.test(at.before) && EN_PURPOSE_AFTER.test(at.after));
}

/**
 * A flood of messages or a burst of a sense, as a fire or a blast: "my phone blew up with notifications", "my inbox is on
 * fire with your marketing emails", "an explosion of colour", "exploding with flavour". What fills it is no substance.
 */
const EN_BLAST_WORD = /^(?:on fire|blew up|blow(?:s|ing)? up|blown up|explosion|explod(?:e|es|ed|ing)|ablaze|alight|burst(?:ing)?)$/;
/**
 * What blew up or is on fire: a stream of messages or a showing online ("my feed blew up after I posted the jacket", "my
 * DMs are on fire", "the video blew up"), or a sale, a price or orders ("your sale blew up", "orders are on fire"). None
 * of them burns; a phone, a charger or a battery can, and names a thing, not a stream.
 */
const EN_STREAM_SUBJECT_BEFORE =
  /\b(?:my|the|your|our|his|her|their|this|that) (?:[a-z]{2,12} )?(?:feed|inbox|dms?|notifications|comments|mentions|timeline|fyp|for you page|post|posts|video|videos|tiktok|reel|reels|story|review|thread|group chat|sales?|deal|deals|prices?|orders|order book|launch|drop|collab|campaign|hashtag|channel|page|account)(?:'s| is| are| has| have| just| literally| totally| kind of| kinda){0,3} $/;
const EN_FLOOD_AFTER =
  /^ (?:with|of) (?:(?:so many|all (?:the|your|these|those)|your|the|these|those|my|new|more|endless|constant|non-?stop|loads of|tons of|lots of|amazing|gorgeous|bright|pure|rich) ){0,2}(?:notifications?|messages?|texts?|emails?|e-mails?|mails?|calls?|alerts?|pings?|likes?|comments?|views?|followers?|dms?|replies|orders?|ads?|adverts?|updates?|offers?|deals?|promos?|questions?|compliments?|requests?|colou?rs?|flavou?rs?|tastes?|scents?|smells?|sounds?|joy|excitement|love|laughter|happiness|energy|fun|spam|marketing|newsletters?)\b/;

/** Any reader's word of a lawyer, the police or the press acting on the matter, or this file's own. */
function legalActs(english: string, chinese: string): boolean {
  return (!!english && EN_ACTING.test(english)) || (!!chinese && ZH_ACTING.test(chinese)) || lawyerActs(english, chinese) || policeActs(english, chinese) || pressActs(english);
}

interface Occurrence {
  before: string;
  after: string;
}

function occurrences(text: string, phrase: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (let index = text.indexOf(phrase); index >= 0; index = text.indexOf(phrase, index + 1)) {
    out.push({ before: text.slice(Math.max(0, index - 60), index), after: text.slice(index + phrase.length, index + phrase.length + 40) });
  }
  return out;
}

/** A hospital, a clinic or an emergency ward: an incident whenever a cause is told, whatever its role. */
const EN_CARE_PLACE = /(?:hospital|clinic|a&e|\ber|emergency(?: room)?|doctor|gp)$/;
const ZH_CARE_PLACE = /医院|诊所|住院|入院|急诊|医生/;

/**
 * A workplace, a landmark, an address, a road or a trade announced (see their patterns). A complaint or a report told
 * beside them keeps a legal word a threat; a care place keeps its own test of a cause (englishRole).
 */
function landmarkOrWorkplace(phrase: string, at: Occurrence, english: string): boolean {
  if (EN_FILED.test(english) || legalActs(english.split(phrase).join(' '), '')) return false;
  if (EN_WORK_BEFORE.test(at.before)) return true;
  if (EN_TRADE_BEFORE.test(at.before) && EN_PERSON_AFTER.test(at.after)) return true;
  if (EN_CREDENTIAL_AFTER.test(at.after) || EN_CREDENTIAL_BEFORE.test(at.before)) return true;
  const place = EN_PLACE_NAMES.test(phrase) || EN_BUILDING_AFTER.test(at.after);
  if (place && (EN_NEAR_BEFORE.test(at.before) || EN_ROAD_AFTER.test(at.after) || EN_ADDRESS_BEFORE.test(at.before) || EN_WORK_AFTER.test(at.after) || EN_OWNER_BEFORE.test(at.before))) return true;
  return EN_TRADE_WORD.test(phrase) && EN_TRADE_AFTER.test(at.after) && EN_CLAUSE_START.test(at.before);
}

function chineseLandmarkOrWorkplace(at: Occurrence, chinese: string): boolean {
  if (ZH_FILED.test(chinese)) return false;
  if (ZH_WORK_BEFORE.test(at.before) && ZH_WORK_AFTER.test(at.after)) return true;
  if (ZH_TRADE_BEFORE.test(at.before) && ZH_PERSON_AFTER.test(at.after)) return true;
  if (ZH_CREDENTIAL_BEFORE.test(at.before) && ZH_CREDENTIAL_AFTER.test(at.after)) return true;
  return ZH_ADDRESS_BEFORE.test(at.before) || ZH_NEAR_AFTER.test(at.after) || ZH_ROAD_AFTER.test(at.after) || (ZH_BROUGHT_BEFORE.test(at.before) && !ZH_CARE_PLACE.test(chinese));
}

/**
 * A trait of goods: the word said of a thing, as slang praise ("these sneakers are sick", "the new drop is sick"), not of
 * someone who fell ill ("my son is sick", "the kids were sick", "we were all ill"). The subject is a thing named with an
 * article or a demonstrative, and not a person or an animal.
 */
const EN_ILL_PREDICATE = /^(?:are|is|was|were) (?:really |very )?(?:sick|ill)$/;
const EN_THING_SUBJECT = /\b(?:these|those|this|that|the|your|ur|ya|my new|our new|his new|her new) (?:[a-z-]{1,14} ){0,2}?([a-z-]{2,16}) $/;
const EN_LIVING =
  /^(?:kids?|children|child|bab(?:y|ies)|toddlers?|sons?|daughters?|boys?|girls?|family|husband|wife|partner|mum|mom|dad|parents?|grand(?:ma|pa|mother|father|parents?|kids?|children|son|daughter)|brothers?|sisters?|twins|guests?|people|folks|everyone|everybody|friends?|staff|students?|pupils?|dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|rabbits?|hamsters?|birds?|fish|horses?|customers?|patients?|residents?|colleagues?|team|class|neighbou?rs?|flatmates?|roommates?|ones|others|lot|rest|whole)$/;

function traitOfGoods(phrase: string, at: Occurrence): boolean {
  if (!EN_ILL_PREDICATE.test(phrase)) return false;
  const subject = EN_THING_SUBJECT.exec(at.before);
  return !!subject && !EN_LIVING.test(subject[1]);
}

const SELF_HARM_ZH_WHOLE = new RegExp(`^(?:${SELF_HARM_ZH.join('|')})$`);
const SELF_HARM_EN_WHOLE = new RegExp(`^(?:${SELF_HARM_EN.join('|')})$`);

function englishRole(phrase: string, at: Occurrence, english: string): boolean {
  // "my wallet says it doesn't want to live anymore": self-harm words lent to a thing (thing-as-subject.ts).
  if (SELF_HARM_EN_WHOLE.test(phrase) && selfHarmOfAThing(at.before, false)) return true;
  if (EN_CARE_PLACE.test(phrase) && EN_CAUSE.test(english)) return false;
  if (traitOfGoods(phrase, at)) return true;
  if (EN_COMPOUND.test(at.after)) return true;
  if (EN_NOUN_WORD.test(phrase) && !EN_VERB_FORM.test(phrase) && EN_TOY_BEFORE.test(at.before)) return true;
  if (!EN_HARM_ADJECTIVE.test(phrase) && EN_GOODS_COMPOUND.test(at.after)) return true;
  if (insideQuotes(at.before, at.after)) return true;
  if (landmarkOrWorkplace(phrase, at, english)) return true;
  // The word is no evidence of its own acting ("a judge at the county court" names a court, it brings no case).
  if (LEGAL_TRADE_WORD.test(phrase) && legalActs(english.split(phrase).join(' '), '')) return false;
  const trade = EN_TRADE_WORD.test(phrase) && (phrase !== 'police' || EN_TRADE_TAIL.test(at.after));
  if (trade && EN_TRADE_BEFORE.test(at.before)) return true;
  if (EN_PLACE_WORD.test(phrase) && EN_PLACE_BEFORE.test(at.before)) return true;
  if (FRAUD_WORD.test(phrase) && EN_IMPERSONATION.test(english)) return true;
  if (FRAUD_WORD.test(phrase) && EN_FRAUD_FLAGGED.test(at.before) && !EN_FILED.test(english)) return true;
  if (othersFraud(phrase, at, english, '')) return true;
  if (EN_GOODS_CLASS_WORD.test(phrase) && EN_GOODS_CLASS_AFTER.test(at.after) && EN_SHIPPING_RULES.test(english)) return true;
  if (EN_AT_A_SIGHT.test(at.after)) return true;
  if (EN_WORK_ABOUT.test(at.before)) return true;
  if (/^bleed/.test(phrase) && EN_MONEY_BLEEDS.test(at.before)) return true;
  if (/smell/.test(phrase) && EN_SCENT_BURNED.test(at.after)) return true;
  if (/hospital$/.test(phrase) && EN_GIFT.test(english) && EN_SEND.test(english) && !EN_CAUSE.test(english)) return true;
  if (LEGAL_TRADE_WORD.test(phrase) || /^(?:police|court|court case|solicitors?|lawyers?|attorneys?|legal (?:team|department|advice))$/.test(phrase)) {
    if (recordForAuthority(phrase, at, english, '')) return true;
  }
  if (EN_BLAST_WORD.test(phrase) && EN_FLOOD_AFTER.test(at.after)) return true;
  if (EN_BLAST_WORD.test(phrase) && EN_STREAM_SUBJECT_BEFORE.test(at.before.slice(-60))) return true;
  if (EN_BLAST_WORD.test(phrase) && EN_TASTE_BEFORE.test(at.before.slice(-40))) return true;
  // "my exam totally blew up in my face": a blast whose subject cannot burst (flooded-inbox.ts).
  if (EN_BLAST_WORD.test(phrase) && blastOfNothing(at.before, false)) return true;
  // "exploded in popularity", "my head is going to explode": a blast measured or of a head (figure-sense.ts).
  if (EN_BLAST_WORD.test(phrase) && blastAsFigure(at.before, at.after, false)) return true;
  // "my screen is bleeding... backlight bleed I mean": a display's light leaking (figure-sense.ts).
  if (/^bleed/.test(phrase) && bleedOfADisplay(at.before, english)) return true;
  return false;
}

/** A mouth or tongue on fire is the heat of spice: "the ghost pepper one sets your mouth on fire", "my tongue is on fire lol". */
const EN_TASTE_BEFORE = /\b(?:mouth|mouths|tongue|tongues|taste ?buds|lips|throat)(?:'s| is| was| are| were| literally| totally| still| completely){0,3} $/;

function chineseRole(phrase: string, at: Occurrence, chinese: string): boolean {
  if (ZH_CARE_PLACE.test(phrase) && ZH_CAUSE.test(chinese)) return false;
  // A complaint lodged through a regulator's site or hotline stays one: 我已经在12315网站上投诉了.
  // A scam call reported (举报诈骗电话) is a fraud word naming a call: the fraud frames below read it.
  if (ZH_CHANNEL.test(at.after) && ZH_FILED.test(chinese) && !FRAUD_WORD.test(phrase)) return false;
  if (ZH_COMPOUND.test(at.after) || ZH_DESIGN.test(at.after)) return true;
  if (/^\d+$/.test(phrase) && !/(?:打|拨|call|报)(?:了|过|咗)?$/.test(at.before) && (ZH_SIZE_AFTER.test(at.after) || (ZH_SIZE_BEFORE.test(at.before) && ZH_SIZE_ASKED.test(at.after) && ZH_CLOTHES.test(chinese)))) return true;
  if (insideQuotes(at.before, at.after)) return true;
  if (ZH_FIGURE_HARM.test(phrase) && ZH_FIGURE_BEFORE.test(at.before) && !ZH_CONSUMED.test(at.before.slice(-6))) return true;
  if (/^中毒/.test(phrase) && (ZH_HOOKED_AFTER.test(at.after) || ZH_HOOKED.test(chinese)) && !ZH_CONSUMED.test(chinese)) return true;
  // 电脑中毒了: a device "poisoned" is a virus (thing-as-subject.ts).
  if (/^中毒/.test(phrase) && virusOfADevice(at.before)) return true;
  if (/^触电/.test(phrase) && ZH_FEELING_AFTER.test(at.after)) return true;
  if (phrase === '有毒' && ZH_WANTS_MORE.test(at.after.slice(0, 20)) && !ZH_SYMPTOM.test(chinese)) return true;
  // 我的钱包说它不想活了: self-harm words lent to a thing (thing-as-subject.ts).
  if (SELF_HARM_ZH_WHOLE.test(phrase) && selfHarmOfAThing(at.before, true)) return true;
  if (phrase === '曝光' && ZH_DATA_EXPOSED_BEFORE.test(at.before)) return true;
  if (phrase === '曝光' && ZH_EXPOSURE_SETTING_AFTER.test(at.after)) return true;
  if (phrase === '曝光' && ZH_PHOTO_BEFORE.test(at.before) && !/^(?:你们|你哋|你家|这家|这间|那家|贵|他们|佢哋|商家|店家|老板|黑心|无良)/.test(at.after)) return true;
  if (phrase === '曝光' && ZH_EXPOSURE_UNSET_AFTER.test(at.after)) return true;
  if (phrase === '曝光' && ZH_PUBLICITY_BEFORE.test(at.before) && !ZH_GRIEVANCE.test(chinese.replace(/曝光/g, ''))) return true;
  if (phrase === '流血' && ZH_BLEEDING_PRICE_AFTER.test(at.after)) return true;
  if ((phrase === '出血' || phrase === '流血') && ZH_MONEY_BLEEDS_BEFORE.test(at.before)) return true;
  // 钱包要炸了, 荷包爆了: a purse bursting with what was spent, as it bleeds (the same subjects).
  if (ZH_BLAST.test(phrase) && ZH_MONEY_BLEEDS_BEFORE.test(at.before) && !/商家|老板|血本/.test(at.before.slice(-4))) return true;
  // 剁手剁得钱包都着火了, 银包著火: a purse on fire with what was spent, as it bursts.
  if (/^(?:着火|起火|烧起来|冒烟)/.test(phrase) && ZH_MONEY_BLEEDS_BEFORE.test(at.before) && !/商家|老板|血本/.test(at.before.slice(-4))) return true;
  if (ZH_SEEN_AT_BEFORE.test(at.before) && ZH_SEEN_AT_AFTER.test(at.after) && !ZH_POSTED.test(chinese)) return true;
  // 营销短信太多了 手机都要炸了: the phone bursting with messages (flooded-inbox.ts).
  if (ZH_BLAST.test(phrase) && inboxFlooded(at.before, chinese)) return true;
  // 考试考炸了, 群里消息炸了, 行程爆了: a blast whose subject cannot burst (flooded-inbox.ts).
  if (ZH_BLAST.test(phrase) && blastOfNothing(at.before, true)) return true;
  // 头都要爆炸了, 快乐到爆炸: a head bursting with too much, a feeling's degree (figure-sense.ts).
  if (ZH_BLAST.test(phrase) && blastAsFigure(at.before, at.after, true)) return true;
  if (ZH_BLAST.test(phrase) && ZH_BLAST_SUBJECT_BEFORE.test(at.before.slice(-16).replace(/[爆炸]{1,4}$/, '').replace(/[，,\s]{1,4}$/, ''))) return true;
  if (ZH_SHOCK.test(phrase) && ZH_STRUCK_BY.test(chinese) && !ZH_ELECTRIC_THING.test(chinese)) return true;
  if (ZH_BLAST.test(phrase) && (ZH_DEGREE_BEFORE.test(at.before) || ZH_GRADED_BEFORE.test(at.before) || ZH_TRAIT_BEFORE.test(at.before))) return true;
  // An English trade word in a Chinese sentence: 我是lawyer, 我係nurse.
  if (LATIN_LETTER.test(phrase) && EN_TRADE_WORD.test(phrase) && ZH_TRADE_BEFORE.test(at.before) && !legalActs('', chinese)) return true;
  if (chineseLandmarkOrWorkplace(at, chinese)) return true;
  if (FRAUD_WORD.test(phrase) && (ZH_AGAINST.test(at.before) || ZH_IMPERSONATION.test(chinese))) return true;
  if (othersFraud(phrase, at, '', chinese)) return true;
  if (ZH_PLACE_WORD.test(phrase) && ZH_MOCK_BEFORE.test(at.before)) return true;
  if (LEGAL_TRADE_WORD.test(phrase) && legalActs('', chinese.split(phrase).join('，'))) return false;
  if (ZH_TRADE_WORD.test(phrase) && ZH_TRADE_BEFORE.test(at.before)) return true;
  if (ZH_PLACE_WORD.test(phrase) && (ZH_PLACE_BEFORE.test(at.before) || ZH_PLACE_AFTER.test(at.after))) return true;
  if (/住院|入了?医院|进了?医院|医院/.test(phrase) && ZH_GIFT.test(chinese)) return true;
  if (ZH_VISIT_WORD.test(phrase) && (ZH_ROUTINE_VISIT.test(chinese) || ZH_AHEAD.test(chinese)) && ZH_DELIVERY.test(chinese)) return true;
  if (ZH_AUTHORITY_WORD.test(phrase) && recordForAuthority(phrase, at, '', chinese)) return true;
  return false;
}
const ZH_AUTHORITY_WORD = /^(?:警察|公安|派出所|法院|律师|(?:去|到)(?:了|咗)?(?:派出所|警局|警察局|警署)(?:报案|备案|立案|落案)|报案|立案)$/;

/** The phrase names something in every place it stands (see the file's comment). */
function inRoleEverywhere(phrase: string, english: string, chinese: string): boolean {
  // A phrase of digits (12315) is read where it stands: in the Chinese text of a Chinese message. An English word in a
  // Chinese message with no English reading of its own (我是lawyer) is read in its Chinese sentence.
  const chineseWord = /[\u4e00-\u9fff]/.test(phrase) || (!!chinese && chinese.includes(phrase) && (!LATIN_LETTER.test(phrase) || !english.includes(` ${phrase}`)));
  const text = chineseWord ? chinese : english;
  if (!text) return false;
  const found = occurrences(text, phrase);
  if (found.length === 0) return false;
  return found.every((at) => (chineseWord ? chineseRole(phrase, at, chinese) : englishRole(phrase, at, english)));
}

/** The safety or legal phrases without those that stand, everywhere in the message, in a role that names something. */
export function withoutWordsInRole(found: readonly string[], english: string, chinese: string): string[] {
  return found.filter((phrase) => !inRoleEverywhere(phrase, english, chinese));
}
