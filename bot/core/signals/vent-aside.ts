import type { ComplaintResult } from './complaint';
import type { SentimentReading } from './sentiment-scale';
import { asks } from './question-form';
import { anyOf } from './patterns';
import { SHOUTED_CAPITALS_SHARE } from './shouting';
import { AGREEING_TURNS_ZH, ASKING_WORDS_ZH, TURN_WORDS_EN, TURN_WORDS_ZH, VERDICT_BEFORE_ZH } from '../turn-words';

/**
 * A vent about the customer's own day, set aside before a routine question: "the traffic this morning was insane, I'm
 * fuming. anyway what time do you close today?", "so angry, my team lost again lol. btw how much is shipping?",
 * 昨晚球队又输了 真的很火大 对了 运费多少钱, Cantonese 老細今日激死我 話說 運費幾錢 (folded 老小…话说). The anger is real and
 * strong, but its cause is told in its own words and is not the store, and the customer turns from it in so many words
 * ("anyway", "btw", "ok so", 算了, 对了, 话说, 係喎 folded 是了) to something the bot answers.
 *
 * The reading is of the message's two parts, cut at the turn:
 *
 * - the vent, before the turn, holds every word of the feeling, names a cause of its own (words beyond the feeling and
 *   its fillers: "I'm fuming" and 气死我了 name none, and may well be about the order asked after), and names nothing of
 *   the store (you, your, 你们, an order, a parcel, a delivery, the courier, a wait, something bought);
 * - the part after the turn asks, without reproach (why, still, 到底, 凭什么) and without a feeling word of its own.
 *
 * Anything complained of (a threat, abuse, a service failure…) keeps the feeling: "traffic was bad and then your driver
 * didn't come, I'm fuming" has the store in its vent and a failure besides.
 *
 * The same cut reads a household mishap told with smoke before a routine question: "my kids set off the smoke alarm
 * making toast lol. anyway do you deliver on saturdays", 煮饭烧焦了 整屋烟 不说了 问一下这个锅还有货吗. The safety rule reads
 * smoke and an alarm as an incident, which they are when goods made them ("the toaster I bought from you set off the
 * smoke alarm"); told of cooking in a vent that names no appliance, nothing bought and no one hurt, they are the
 * customer's kitchen, not the store's goods (withoutHouseholdSmoke).
 */

// --- The turn --------------------------------------------------------------------------------------------------------

/**
 * Words that turn from the vent to the business at hand (English, lower case, one space): the turns every story has
 * (turn-words.ts), and a vent's own close ("lol", "rant over", "but yeah").
 */
const EN_TURN = new RegExp(
  String.raw`(?:^|[\s,.;:!?])(?:${anyOf([...TURN_WORDS_EN, 'ok so', 'okay so', 'oh well', 'lol', 'lmao', 'haha', 'hahaha', 'rant over', 'enough of that', 'but yeah', 'so yeah'])}|sorry for (?:the )?rant(?:ing)?)(?=$|[\s,.;:!?])`,
  'g',
);
/**
 * The same in Chinese (folded, spaces gone): 算了, 不说了, 话说, 对了, 问一下, 言归正传, Cantonese 係喎 (folded 是了), 讲返正经,
 * and a vent's own close (好啦不说, 吐槽完). 对了, 是了, 好啦 and 好吧 only where nothing before them makes them a verdict
 * (就是了, 不对了, 做对了, 不好吧).
 */
const ZH_TURN = new RegExp(
  `${anyOf([...TURN_WORDS_ZH, '好啦不说', '吐槽完', '总之', '总而言之'])}|(?<![${VERDICT_BEFORE_ZH}])${anyOf(AGREEING_TURNS_ZH)}|(?:顺带)?${anyOf(ASKING_WORDS_ZH)}`,
  'g',
);

/** The message cut at a turn: the vent before it and what follows, with where the turn stands. */
export interface VentCut {
  vent: string;
  ask: string;
  turnStart: number;
  turnEnd: number;
}

/** Every cut of the message at a turn word after which something is asked, first first. */
export function ventCuts(plain: string, chinese: boolean): VentCut[] {
  const cuts: VentCut[] = [];
  const pattern = new RegExp((chinese ? ZH_TURN : EN_TURN).source, 'g');
  for (let hit = pattern.exec(plain); hit && cuts.length < 6; hit = pattern.exec(plain)) {
    const turnStart = hit.index + (chinese ? 0 : hit[0].length - hit[0].replace(/^[\s,.;:!?]/, '').length);
    const turnEnd = hit.index + hit[0].length;
    const vent = plain.slice(0, turnStart);
    const ask = plain.slice(turnEnd);
    if (!vent.trim() || !asksAnything(ask, chinese)) continue;
    cuts.push({ vent, ask, turnStart, turnEnd });
  }
  return cuts;
}

/**
 * The cuts at the end of a sentence, with no turn word: "stuck in traffic 2 hours, absolutely fuming. what are your
 * opening hours". The next sentence asks; the turn is the sentence's end itself. Read only where the vent also holds
 * no verdict (withoutVentAside): "this is ridiculous, I'm furious. when will it come" judges something, most likely the
 * store.
 */
export function sentenceCuts(plain: string, chinese: boolean): VentCut[] {
  const cuts: VentCut[] = [];
  for (const hit of plain.matchAll(chinese ? /[。！!]+/g : /[.!]\s+/g)) {
    const turnStart = hit.index;
    const turnEnd = hit.index + hit[0].length;
    const vent = plain.slice(0, turnStart);
    const ask = plain.slice(turnEnd);
    if (!vent.trim() || !asksAnything(ask, chinese)) continue;
    cuts.push({ vent, ask, turnStart, turnEnd });
    if (cuts.length >= 4) break;
  }
  return cuts;
}

/** A verdict in a vent with no turn word: the feeling may be about the store ("ridiculous", "unacceptable", 离谱). */
const EN_VERDICT =
  /\b(?:ridiculous|unacceptable|joke|disgrace\w{0,3}|terrible|awful|pathetic|useless|incompetent|shambles|scam\w{0,3}|rubbish|worst|appalling|disgusting|shocking|absurd|insane|outrageous)\b/;
const ZH_VERDICT = /离谱|垃圾|无语|过分|太差|差劲|坑|骗|扯|搞什么|搞咩|什么鬼|乜鬼|不像话|恶心|烂/;

function asksAnything(ask: string, chinese: boolean): boolean {
  const sentences = ask.split(chinese ? /[，,。！!；;]|(?<=[?？])/ : /(?<=[?？])|[.!\n]+/);
  return sentences.some((sentence) => {
    const opened = sentence.replace(/^[\s,，:：]+/, '');
    return opened.trim() !== '' && (asks(opened, chinese) || (chinese ? ZH_NEED_STATED : EN_NEED_STATED).test(opened));
  });
}
/** A need stated as the business at hand ("anyway need to cancel the jersey i ordered", 算了 我想取消订单): asked as a question is. */
const EN_NEED_STATED = /^(?:i |we )?(?:need|needs|want|wanna|would like|'d like|have) to [a-z]/;
const ZH_NEED_STATED = /^(?:我|我们)?(?:想|要|需要)(?:取消|退|换|改|查|问|买|订|下单|付款|申请)/;
/** "before it ships": the order as the subject of when, not the thing the vent told pointed back at. */
const EN_IT_OF_WHEN = /\b(?:before|after|until|till|when|once|if|as soon as) it\b/g;

// --- What the vent may not name --------------------------------------------------------------------------------------

/**
 * The store, its people, its goods, a wait on them or the customer's dealings with them ("this whole experience", "how
 * I was treated"), named in a vent (English).
 */
const EN_STORE_NAMED =
  /\b(?:you|your|yours|u|ur|ya|y'all|yall|order|orders|ordered|parcels?|packages?|deliver(?:y|ies|ed)?|couriers?|drivers?|items?|products?|refunds?|returns?|purchases?|bought|shop|store|site|website|app|staff|support|customer service|service|tracking|shipping|postage|wait|waited|waiting|still|late|delayed|delay|never (?:came|arrived|showed)|(?:didn't|didnt|hasn't|hasnt|has not|did not|haven't|havent|never) (?:come|arrive|turn up|show)|missing|lost (?:my|the|our)|damaged|broken|faulty|charged|box|new|experience|treatment|treated|handled|ignored|response|reply|replies|nobody|no one|purchased|repairs?|warranty|stopped working|(?:doesn't|doesnt|won't|wont|isn't|isnt|not) working)\b/;
/** The same in Chinese (folded, spaces gone). */
const ZH_STORE_NAMED =
  /你|您|贵|客服|快递|物流|商家|卖家|店|平台|订单|包裹|送货|配送|售后|发货|退款|退货|产品|质量|服务|买的|买了|下单|下的单|收到|到货|等了|没到|迟迟|延误|寄|送来|发错|漏发|少发|坏了|破了|机器人|人工|网站|网上|app|新|体验|经历|对待|态度|处理|回复|没人|不理|买|购|维修|保修|不能用|用不了|无法使用/;

/**
 * A question that points back at what the vent told ("how do I return it", 这样的手机能用吗): the vent was about the
 * thing asked after, and so perhaps about the store's goods.
 */
const EN_POINTS_BACK = /\b(?:it|them|this one|that one|such|like this|like that|like it)\b/;
const ZH_POINTS_BACK = /这样|这种|那样|那种|这么|那么/;
/** A question put in reproach, or pressing: why, how come, still, 到底, 凭什么, 还不. */
// Not "yet": "has my order shipped yet?" asks plainly.
const EN_REPROACH = /\bwhy\b|\bhow come\b|\bstill\b|\bagain\b|[?!][?!]/;
const EN_STILL_FEELING = /\bstill (?=(?:so |really |very |absolutely |bloody )?(?:furious|fuming|angry|mad|livid|seething|raging|pissed|annoyed|upset|gutted|salty|shaking|heated)\b)/g;
const ZH_REPROACH = /为什么|为何|凭什么|到底|究竟|点解|还不|还没|又|怎么还|[?？!！][?？!！]/;

/** A bus's or a taxi's driver: not the store's courier. */
const EN_PASSENGER_DRIVER = /\b(?:bus|taxi|cab|uber|lyft|train|tram|coach|school bus) drivers?\b/g;
/**
 * A vent opened by a party of its own as the subject: someone named by a determiner and a noun ("the post office lady",
 * "my neighbour", "some guy at the gym"), or by a place and a person (楼下邻居, 邮局那个大妈, 物业的人). The store's
 * people are named otherwise and are kept out by EN_STORE_NAMED / ZH_STORE_NAMED.
 */
const EN_PARTY_HEAD = /^(?:(?:ugh|omg|honestly|so|and|lol|today|this morning)\s){0,2}(?:the|my|our|this|that|some|a|an)\s[a-z'-]{2,14}\b/;
const ZH_PARTY_HEAD =
  /^[^，,。！!？?]{0,6}?(?:邻居|室友|同事|上司|房东|大妈|阿姨|大爷|大叔|司机|职员|路人|乘客|保安|老师|医生|护士|物业|邮局|银行|医院|学校|公司|政府|地铁|公交)/;

// --- A cause of its own (feeling-alone.ts reads it too) --------------------------------------------------------------

/** Words of a vent that name no cause: pronouns, degree words, times, interjections, a feeling's own frame. */
const EN_FILLER = new Set(
  ('i im i\'m am me my mine myself we we\'re us so really absolutely totally literally just bloody very right now today tonight ' +
    'rn atm honestly tbh ugh argh omg seriously and but like lol haha feel feeling felt is was are were be been being it it\'s its ' +
    'that this the a an of to at with about beyond belief off up out all everything things stuff whole thing situation day week ' +
    'morning point moment life such such a how what mad angry furious livid fuming pissed seething raging annoyed irritated ' +
    'frustrated rage anger sick tired fed beyond ever never more most too much getting got get gets made making makes have has had ' +
    'going do does did not no yes oh ah well again currently kinda sort of little bit pretty super quite').split(' '),
);
/** Han characters of a vent that name no cause: particles, pronouns, degree words, the feeling's own characters. */
const ZH_FILLER = /[我你他她它们了啊呀啦吧嘛呢的得死人真是很好太超都快要简直气火大怒生爆炸激嬲今天日现在个这那一整心情烦吵一下]/g;

/**
 * What the feeling would make the customer do, told right after it: "so furious i could scream", "so mad i can't even
 * think", "angry enough to cry". The feeling's own measure, not a cause: "so furious i could scream. where is my refund"
 * names nothing the anger is about, and is most likely about the refund.
 */
const EN_FEELING_WOULD =
  /\b(?:(?:i|we) (?:could|can't|cant|cannot|can not|want to|wanna|just want to|'m about to|am about to|'m going to|'m gonna|am gonna|feel like i could)|enough to) (?:(?:just|literally|actually|honestly|even|seriously) ){0,2}[a-z']{2,14}(?: (?:straight|properly|right|out loud|up|out))?/g;

export function namesCause(vent: string, feelings: readonly string[], chinese: boolean): boolean {
  let rest = chinese ? vent : vent.replace(EN_FEELING_WOULD, ' ');
  for (const feeling of feelings) rest = rest.split(feeling).join(' ');
  if (chinese) return (rest.replace(ZH_FILLER, '').match(/[\u4e00-\u9fff]/g) ?? []).length >= 2;
  return rest.split(/[^a-z']+/).some((word) => word.length >= 3 && !EN_FILLER.has(word));
}

// --- The feeling set aside -------------------------------------------------------------------------------------------

const INTERJECTION = /^(?:u+g+h+|a+r+g+h+|g+r+|sigh|meh|omg|唉+|哎+|哎呀|唉呀|[!！]{1,3})$/;

function plainOf(text: string, chinese: boolean): string {
  const lower = text.normalize('NFKC').toLowerCase();
  return chinese ? lower.replace(/\s+/g, '') : lower.replace(/\s+/g, ' ').trim();
}

/** Every place a word stands in the text (up to a few). */
function placesOf(plain: string, word: string): number[] {
  const places: number[] = [];
  for (let at = plain.indexOf(word); at >= 0 && places.length < 8; at = plain.indexOf(word, at + word.length)) places.push(at);
  return places;
}

/**
 * The ask after a cut written in capitals (most of its letters, and enough of them to be a shout: "WHERE IS MY MONEY").
 * `from` indexes the plain text (plainOf), which keeps the original's length when spaces are collapsed the same way.
 */
function askShouted(text: string, from: number): boolean {
  const same = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (same.length !== plainOf(text, false).length) return false;
  const letters = same.slice(from).replace(/[^a-z]/gi, '');
  if (letters.length < 8) return false;
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  return capitals / letters.length >= SHOUTED_CAPITALS_SHARE;
}

/** The emotion, no longer strong when it is all a vent of the customer's own day before a turn to a routine question. */
export function withoutVentAside(
  reading: SentimentReading['emotion'], complaint: ComplaintResult, text: string, chinese: boolean,
): SentimentReading['emotion'] {
  if (!reading.strong) return reading;
  // Only a judgement of someone's manner ("rude", 态度差) may be complained of, and only inside the vent (below): "the
  // post office lady was so rude to me today 🙄 anyway where do I print my return label" complains of the clerk.
  if (complaint.complaints.some((c) => c.kind !== 'complaint')) return reading;
  const plain = plainOf(text, chinese);
  const complained = complaint.complaints.flatMap((c) => c.evidence.map((e) => e.normalize('NFKC').toLowerCase()));
  const words = reading.evidence
    .map((e) => e.normalize('NFKC').toLowerCase())
    .filter((e) => !e.includes('…') && !/[，,。！？?]/.test(e) && !INTERJECTION.test(e));
  if (words.length === 0) return reading;
  const [storeNamed, reproach, pointsBack] = chinese ? [ZH_STORE_NAMED, ZH_REPROACH, ZH_POINTS_BACK] : [EN_STORE_NAMED, EN_REPROACH, EN_POINTS_BACK];
  const verdict = chinese ? ZH_VERDICT : EN_VERDICT;
  const cuts = [...ventCuts(plain, chinese), ...sentenceCuts(plain, chinese).filter((cut) => !verdict.test(cut.vent))];
  const setAside = cuts.some((cut) => {
    // "still furious" tells how long the feeling lasts, not a wait on the store.
    // A driver of a bus or a taxi is no courier of the store's.
    const vent = chinese ? cut.vent : cut.vent.replace(EN_STILL_FEELING, ' ').replace(EN_PASSENGER_DRIVER, (driver) => driver.replace(/drivers?$/, 'person'));
    if (storeNamed.test(vent) || reproach.test(cut.ask) || pointsBack.test(chinese ? cut.ask : cut.ask.replace(EN_IT_OF_WHEN, ' '))) return false;
    // "im so angry i cant even type properly rn. WHERE IS MY ORDER": the ask shouted in capitals is a demand, and the
    // feeling before it is aimed at what it demands, not at the customer's own day.
    if (!chinese && askShouted(text, cut.turnEnd)) return false;
    // Every place of every feeling word is in the vent, or is the turn word itself (算了 is read as a sigh).
    const placed = words.every((word) => {
      const places = placesOf(plain, word);
      return places.length > 0 && places.every((at) => at + word.length <= cut.turnStart || (at >= cut.turnStart && at + word.length <= cut.turnEnd));
    });
    // What is complained of stands in the vent, which names someone of its own as the subject it is said of.
    const inVent = complained.every((phrase) => {
      const places = placesOf(plain, phrase);
      return places.length > 0 && places.every((at) => at + phrase.length <= cut.turnStart);
    });
    if (complained.length > 0 && !(inVent && (chinese ? ZH_PARTY_HEAD : EN_PARTY_HEAD).test(vent.trim()))) return false;
    return placed && namesCause(cut.vent, words, chinese);
  });
  return setAside ? { ...reading, strong: false } : reading;
}

// --- Smoke in the customer's own kitchen --------------------------------------------------------------------------------

/** Safety phrases of smoke, an alarm or burnt food only: not fire, flames or a burn to someone. */
const EN_SMOKE_ONLY = /\b(?:smoke|smoking|smoky|smoked|alarm|burnt|burned|scorched|charred)\b/;
const EN_NOT_SMOKE = /\b(?:fire|flames?|blaze|explod\w*|burn(?:t|ed)? (?:my|his|her|their|him|me)|hand|finger|skin|hospital|cough\w*|breath\w*|choking)\b/;
const ZH_SMOKE_ONLY = /烟|烧焦|烧糊|烧㶶|糊了|焦了|报警器|警报/;
const ZH_NOT_SMOKE = /火|伤|烫|呛|医|爆|炸/;
const FIRE_ALARM_EN = /\bfire alarms?\b/g;
const FIRE_ALARM_ZH = /火警(?:报警器|警报|钟|铃)?|火灾(?:报警器|警报)/g;
/** Cooking told in the vent: the smoke's cause. */
const EN_COOKING =
  /\b(?:cook(?:ing|ed)?|toast|dinner|breakfast|lunch|bacon|popcorn|rice|pizza|chips|fries|steak|sausages?|pancakes?|food|frying|fried|baking|baked|roast(?:ing|ed)?|burnt (?:the|my|some|our)|burned (?:the|my|some|our))\b/;
const ZH_COOKING = /煮|做饭|烧饭|炒|煎|烤|烧焦|烧糊|烧㶶|糊了|饭|菜|面包|厨房|早餐|晚餐|午餐/;
/** An appliance or a thing that might be the store's goods, named in the vent: then the smoke may be theirs. */
const EN_APPLIANCE =
  /\b(?:toaster|oven|microwave|air ?fryer|fryer|kettle|hob|stove|cooker|heater|charger|battery|batteries|plug|socket|cable|lamp|candle|appliance|machine|device|pan|pot|wok|grill)\b/;
const ZH_APPLIANCE = /机|炉|电饭煲|锅|插|充电|电池|灯|蜡烛|电器|线/;
/** Someone hurt by the smoke or the fire. */
const EN_HURT = /\b(?:hurt|injur\w*|burn(?:t|ed)? (?:my|his|her|their|him|me|himself|herself|myself)|hospital|cough\w*|breath\w*|chok\w*|ambulance|fire brigade|firefighters?)\b/;
const ZH_HURT = /伤|烫|呛|医院|咳|救护|消防员|消防车|消防队|晕/;

/**
 * The safety phrases without smoke told of the customer's own cooking in a vent before a routine question: all of them
 * set aside, or none (a fire or a burn beside the smoke keeps every phrase).
 */
export function withoutHouseholdSmoke(found: readonly string[], english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  const isChinese = !!chinese;
  const plain = isChinese ? chinese : plainOf(english, false);
  const phrases = found.map((phrase) => phrase.normalize('NFKC').toLowerCase());
  // A fire alarm (火警钟) is an alarm, not a fire: it goes off for burnt toast as a smoke alarm does.
  const smokeOnly = phrases.every((phrase) => {
    const alarm = phrase.replace(isChinese ? FIRE_ALARM_ZH : FIRE_ALARM_EN, isChinese ? '报警器' : 'alarm');
    return isChinese ? ZH_SMOKE_ONLY.test(alarm) && !ZH_NOT_SMOKE.test(alarm) : EN_SMOKE_ONLY.test(alarm) && !EN_NOT_SMOKE.test(alarm);
  });
  if (!smokeOnly) return [...found];
  const [storeNamed, cooking, appliance, hurt] = isChinese
    ? [ZH_STORE_NAMED, ZH_COOKING, ZH_APPLIANCE, ZH_HURT]
    : [EN_STORE_NAMED, EN_COOKING, EN_APPLIANCE, EN_HURT];
  if (hurt.test(plain)) return [...found];
  const kitchen = ventCuts(plain, isChinese).some((cut) => {
    if (storeNamed.test(cut.vent) || appliance.test(cut.vent) || !cooking.test(cut.vent)) return false;
    return phrases.every((phrase) => {
      const places = placesOf(plain, phrase);
      return places.length > 0 && places.every((at) => at + phrase.length <= cut.turnStart);
    });
  });
  return kitchen ? [] : [...found];
}
