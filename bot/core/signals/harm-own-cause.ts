/**
 * A bodily harm told with a cause of its own: the customer's activity as the occasion of it. "burned my hand cooking
 * dinner", "cut my finger chopping onions", "sprained my ankle playing football", "broke my arm skiing", "while cooking I
 * scalded my wrist", 做饭烫到手了, 打球把手指弄骨折了, 打篮球扭伤脚踝, 炒菜被油溅到烫伤了, Cantonese 打波整亲只脚, 行山跌亲只手
 * (folded). The safety rule reads the harm (a burn, a cut, a break, 整亲) as an incident, which it is when the store's
 * goods or delivery did it; an activity told as the occasion says where the harm came from instead.
 *
 * This reader reads the harm's own clause, not the message: an activity stands right after the harm (an English gerund,
 * maybe after "while" or "when") or opens the clause before it (a Chinese verb of an activity, after the subject and a
 * time). What makes the activity the customer's own and not a use of the goods is read from its form: a gerund of use
 * ("using", "charging", "wearing", "opening", "playing with") or one with a determinate object or an instrument ("cooking
 * with the pan", "lifting the box") may name the goods, and so may 用 or 打开 in Chinese; those stay incidents. Whether the
 * message ties anything to the store (your, bought from you, 你们的, 用了, 买的) is read by the caller (circumstance-cue.ts
 * linked()), and so is whether the message asks a routine question.
 *
 * Only a bodily harm is read so: a fire, smoke, a shock, an allergic reaction or a poisoning has no activity of the
 * customer's that makes it none of the goods' doing.
 */

/** A bodily harm: a burn, a cut, a break, a sprain, a fall, a hurt (not a fire, a shock, a reaction, a poisoning). */
const EN_BODILY = /\b(?:burn\w{0,3}|scald\w{0,3}|cut|cuts|sliced|broke|broken|fractured?|sprain(?:ed)?|twist(?:ed)?|hurt|injur\w{0,4}|bruis\w{0,3}|fell|fall(?:en|s)?|slipped|tripped|dislocated|pulled)\b/;
const EN_HAZARD = /\b(?:fire|flames?|smok\w{0,3}|shock\w{0,3}|spark\w{0,3}|explod\w{0,3}|allerg\w{0,3}|reaction|poison\w{0,4}|vomit\w{0,3}|chok\w{0,3}|rash|swallow\w{0,3})\b/;
const ZH_BODILY = /伤|烫|割|切到|划|骨折|扭|崴|摔|跌|磕|撞|亲|断|折|流血|擦破/;
const ZH_HAZARD = /电|火|烟|过敏|中毒|吐|泻|爆|炸|疹|窒息|呛|吞/;

export function isBodilyHarm(phrase: string, chinese: boolean): boolean {
  return chinese ? ZH_BODILY.test(phrase) && !ZH_HAZARD.test(phrase) : EN_BODILY.test(phrase) && !EN_HAZARD.test(phrase);
}

// --- English: a gerund of the customer's activity beside the harm ---------------------------------------------------

/** Words in -ing that are no activity. */
const EN_NOT_GERUND = new Set(['nothing', 'something', 'anything', 'everything', 'thing', 'things', 'morning', 'evening', 'during', 'ring', 'spring', 'string', 'king', 'ceiling', 'building', 'clothing', 'bedding', 'ping', 'sling', 'bring', 'wing', 'swing', 'sing', 'bling', 'awning', 'pudding', 'icing', 'filling', 'stuffing', 'packaging', 'wrapping', 'pending', 'shipping', 'tracking', 'typing', 'writing']);
/** A gerund that uses, handles or takes in a thing: the thing may be the goods ("using the straightener"). */
const EN_USE_GERUND = new Set(['using', 'wearing', 'charging', 'plugging', 'opening', 'unboxing', 'unpacking', 'unwrapping', 'assembling', 'installing', 'fitting', 'setting', 'putting', 'taking', 'eating', 'drinking', 'applying', 'trying', 'testing', 'touching', 'holding', 'handling', 'carrying', 'lifting', 'moving', 'picking', 'operating', 'riding', 'sitting', 'standing', 'leaning', 'lying', 'sleeping', 'swallowing', 'chewing', 'biting', 'cleaning', 'fixing', 'repairing', 'building', 'playing']);
/** What makes a gerund's object determinate or an instrument: "the", "your", "with", "on" (the thing may be the goods). */
const EN_DETERMINATE = new Set(['the', 'your', 'ur', 'this', 'that', 'these', 'those', 'it', 'them', 'with', 'on', 'using', 'from', 'by', 'off']);
/** A preposition before any gerund: the harm's thing or place is told first ("tripped over the box walking in"). */
const EN_PREPOSITION = new Set(['over', 'into', 'against', 'under', 'onto', 'in', 'at', 'inside', 'near', 'behind', 'through']);
/** A thing named before the harm in its clause ("the pan burned my hand", "it cut me"): the thing may be the goods. */
const EN_THING_BEFORE = /\b(?:the|your|ur|this|that|these|those|it|its|it's)\b/;
/** Sports said "playing X" with no article: the game is the occasion ("playing football"), not a thing played with. */
const EN_GAME_AFTER_PLAYING = /^(?:football|soccer|rugby|tennis|squash|netball|basketball|volleyball|hockey|cricket|golf|badminton|baseball|softball|ping-?pong|table tennis|frisbee|padel|pickleball|five-a-side|sport|sports|games?|a match|in a match)\b/;
/** An occasion named by its kind: "in a car accident", "during a match", "at the gym", "at work", "at training". */
const EN_OCCASION =
  /^(?:in|during|at) (?:a |an |the |my |our |his |her |their )?(?:[a-z-]{2,12} )?(?:accident|crash|match|game|race|training|practice|session|class|gym|work|football|soccer|rugby|netball|basketball|volleyball|hockey|cricket|tennis|badminton|baseball|softball|gymnastics|karate|judo|taekwondo|ballet|dance|swimming|athletics|ski(?:ing)?|skate ?park|ice rink|pe|p\.e\.)\b/;

function gerundActivity(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  if (!/^[a-z]{3,14}ing$/.test(word) || EN_NOT_GERUND.has(word)) return false;
  const next = words[at + 1] ?? '';
  if (word === 'playing') return EN_GAME_AFTER_PLAYING.test(words.slice(at + 1, at + 4).join(' '));
  if (EN_USE_GERUND.has(word)) return false;
  return !EN_DETERMINATE.has(next);
}

function wordsOf(text: string): string[] {
  return text.split(/[^a-z'-]/).filter((w) => w.length > 0);
}

/** After the harm, within a few words: a gerund of an activity ("cooking dinner", "while chopping onions"). */
function englishActivityAfter(after: string): boolean {
  if (EN_OCCASION.test(after.trim())) return true;
  const words = wordsOf(after).slice(0, 6);
  for (let at = 0; at < words.length && at < 4; at++) {
    const word = words[at];
    if (word === 'while' || word === 'when' || word === 'whilst') return gerundActivity(words, at + 1);
    if (EN_DETERMINATE.has(word) || EN_PREPOSITION.has(word)) return false;
    if (gerundActivity(words, at)) return true;
    if (/ing$/.test(word) && !EN_NOT_GERUND.has(word)) return false;
  }
  return false;
}

/** Before the harm, opening its sentence: "while cooking I burned…", "playing football yesterday I sprained…". */
function englishActivityBefore(before: string): boolean {
  const words = wordsOf(before);
  const at = words[0] === 'while' || words[0] === 'when' || words[0] === 'whilst' ? 1 : 0;
  return words.length - at <= 8 && gerundActivity(words, at);
}

// --- Chinese: an activity opening the harm's clause ---------------------------------------------------------------

/** The subject and a time, which may come before the activity (我昨天, 前几天自己, 最近). */
const ZH_LEAD = ['我自己', '我', '自己', '本人', '今天', '昨天', '前天', '昨晚', '今早', '早上', '上午', '中午', '下午', '晚上', '刚才', '刚刚', '前几天', '前两天', '前阵子', '上周', '上星期', '上个星期', '上礼拜', '上个礼拜', '上个月', '周末', '最近', '琴日', '寻日', '噚日', '今朝', '啱啱', '尋日', '在', '喺'];
/**
 * The verb of an activity opening the clause: a sport, cooking, a chore, a move, a walk (打球, 踢波, 做饭, 煮嘢, 炒菜, 切菜,
 * 煲汤, 跑步, 行山, 爬山, 滑雪, 游泳, 骑车, 健身, 搬家, 装修, 洗碗, 跳舞, 走路, 落楼梯). Not 打开 (opening the parcel: the goods).
 */
const ZH_ACTIVITY = /^(?:打(?!开|碎|烂|爆)|踢|做(?!了)|煮|煲|炒|切|煎|烤|蒸|焗|跑|爬|行山|行街|滑|游|骑|健身|练|搬家|装修|洗(?!了)|跳|踩单车|开车|揸车|走路|散步|落楼梯|下楼梯|上楼梯|落楼|下楼|上班|返工|干活|做嘢|运动|锻炼|带小朋友|遛狗|溜狗|行路)/;
/** What names an instrument or the goods inside the clause (用锅, 玩具): the harm may be the goods'. */
const ZH_INSTRUMENT = /用|玩具|产品|新买|刚买|到货|收到|包裹|快递|箱/;

const ZH_WHILE = /的时候|嘅时候|时候|时|嗰阵/;
const ZH_CARELESS = /^(?:一不小心|不小心|唔小心|唔觉意|不慎)/;

/** The activity opening the clause before the harm (做饭烫到手, 我昨天打球把手指弄骨折, 炒菜被油溅到烫伤). */
export function chineseActivityBefore(before: string): boolean {
  let rest = before;
  for (let round = 0; round < 4; round++) {
    const lead = ZH_LEAD.find((word) => rest.startsWith(word));
    if (!lead) break;
    rest = rest.slice(lead.length);
  }
  if (rest.length > 14 || !ZH_ACTIVITY.test(rest) || ZH_INSTRUMENT.test(rest)) return false;
  // After 的时候 or 时 only the customer's carelessness or the body part handled (把手, 被油) may stand: 做饭时锅柄烫到手
  // names a thing as what burned.
  const marker = ZH_WHILE.exec(rest);
  if (!marker) return true;
  const tail = rest.slice(marker.index + marker[0].length).replace(ZH_CARELESS, '');
  return tail === '' || (/^[把将被]/.test(tail) && tail.length <= 4);
}

/**
 * The harm phrase, standing at [at, end) in `text`, has an activity of the customer's as its occasion, told in its own
 * clause (`clauseStart`, `clauseEnd`: the clause's bounds in `text`).
 */
export function harmHasOwnCause(text: string, at: number, end: number, clauseStart: number, clauseEnd: number, chinese: boolean): boolean {
  if (at < 0) return false;
  if (chinese) return chineseActivityBefore(text.slice(clauseStart, at));
  const before = text.slice(clauseStart, at);
  if (englishActivityBefore(before)) return true;
  return !EN_THING_BEFORE.test(before) && englishActivityAfter(text.slice(end, clauseEnd));
}
