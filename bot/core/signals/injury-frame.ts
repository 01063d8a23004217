/**
 * Injuries told in parts, which neither part says alone: someone's body and what happened to it ("the blade went into
 * my palm. 4 stitches", "trapped his fingers in the fold", "my eyes are still stinging", "a buzz up my arm"), or a
 * person at risk and a mishap ("my dad tripped on the corner", 宝宝卡在缝里一直哭, 砸到我妈的脚). Customers describe
 * what happened far more often than they name it ("injury", 受伤); the safety rule (complaint.ts) reads the names and
 * the set phrases, this reads the two halves near each other, in code (no pattern to backtrack on customer text).
 *
 * The body part must be someone's ("my arm", "her neck", "the baby's hand"): furniture has arms, legs, backs and feet
 * ("the chair leg snapped", "the back of the sofa is cut"), clothing has sleeves for arms. The mishap words are ones a
 * product defect is not described with near a body ("stitches" is a seam on its own, a wound with "my palm" beside it);
 * pain alone ("my back hurts") is no incident the store caused and stays out.
 */

// --- English -------------------------------------------------------------------------------------------------------

const BODY: ReadonlySet<string> = new Set([
  'hand', 'hands', 'palm', 'palms', 'finger', 'fingers', 'fingernail', 'fingernails', 'fingertip', 'fingertips', 'thumb',
  'thumbs', 'wrist', 'wrists', 'arm', 'arms', 'elbow', 'elbows', 'shoulder', 'shoulders', 'leg', 'legs', 'knee', 'knees',
  'ankle', 'ankles', 'foot', 'feet', 'toe', 'toes', 'heel', 'heels', 'hip', 'hips', 'back', 'neck', 'head', 'face',
  'forehead', 'eye', 'eyes', 'eyelid', 'eyelids', 'nose', 'ear', 'ears', 'lip', 'lips', 'mouth', 'tongue', 'throat',
  'chest', 'tummy', 'belly', 'skin', 'scalp', 'cheek', 'cheeks', 'chin', 'jaw', 'tooth', 'teeth', 'ribs', 'shin',
  'shins', 'thigh', 'thighs', 'bum', 'bottom', 'nail', 'nails', 'body', 'forearm', 'forearms', 'calf', 'calves',
  'knuckle', 'knuckles', 'temple', 'eyebrow', 'eyebrows', 'collarbone', 'stomach', 'shoulders', 'earlobe', 'gums',
]);

const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our']);

/** Words that may stand between the possessive and the body part: "my left hand", "her poor little fingers". */
const BODY_MODIFIERS: ReadonlySet<string> = new Set([
  'left', 'right', 'little', 'poor', 'whole', 'both', 'tiny', 'upper', 'lower', 'index', 'middle', 'ring', 'big', 'own',
  'bare', 'baby', 'entire',
]);

/** People a mishap is told of. */
const PEOPLE: ReadonlySet<string> = new Set([
  'baby', 'babies', 'child', 'children', 'kid', 'kids', 'toddler', 'son', 'daughter', 'infant', 'newborn', 'boy', 'girl',
  'dad', 'mum', 'mom', 'mother', 'father', 'grandma', 'grandmother', 'grandad', 'granddad', 'grandpa', 'grandfather',
  'nan', 'nana', 'gran', 'granny', 'husband', 'wife', 'partner', 'nephew', 'niece', 'grandson', 'granddaughter', 'twins',
  'twin', 'sister', 'brother', 'dog', 'puppy', 'cat', 'kitten',
  // Anyone else the product was used near: "sliced my friend's forearm", "our guest tripped over the cable".
  'friend', 'friends', 'mate', 'colleague', 'neighbour', 'neighbor', 'guest', 'visitor', 'flatmate', 'roommate',
  'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'cousin', 'uncle', 'aunt', 'auntie', 'stepson', 'stepdaughter',
]);

/**
 * What happened to a body: wounds, burns, a limb caught, a reaction, a shock. Not pain alone (hurts, sore, aching).
 * "cut" and "broke" count here only beside someone's body ("cut her finger", "my wrist is broken").
 */
const BODY_MISHAPS: ReadonlySet<string> = new Set([
  'stitches', 'stitched', 'bruise', 'bruised', 'bruises', 'bruising', 'bleeding', 'bled', 'blood', 'cut', 'cuts',
  'gash', 'gashed', 'sliced', 'slashed', 'grazed', 'scraped', 'trapped', 'crushed', 'squashed', 'pinched', 'jammed',
  'burned', 'burnt', 'burns', 'burning', 'scalded', 'blistered', 'blisters', 'blister', 'stinging', 'stung', 'swollen',
  'swelled', 'swelling', 'puffy', 'numb', 'tingling', 'tingly', 'buzz', 'jolt', 'zapped', 'rash', 'hives', 'welts',
  'fractured', 'broken', 'broke', 'sprained', 'dislocated', 'punctured', 'pierced', 'impaled', 'shredded', 'split',
  'bleed', 'bleeds', 'bloodied',
]);

/** Mishaps told of a person, not a body: "my dad tripped", "she slid down under it", "the twins got trapped". */
const PERSON_MISHAPS: ReadonlySet<string> = new Set([
  'tripped', 'fell', 'slipped', 'slid', 'tumbled', 'trapped', 'crushed', 'pinned', 'bruised', 'scalded', 'choked',
  'choking', 'bleeding', 'concussed', 'concussion', 'electrocuted', 'knocked',
]);

/** "she slid down under it", "he fell off": a fall told of someone by pronoun, the verb right after it. */
const PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'they']);
const FALLS: ReadonlySet<string> = new Set(['tripped', 'fell', 'slipped', 'slid', 'tumbled', 'toppled']);
/** "fell in love", "fell asleep", "fell for it", "slipped through the cracks": no fall. */
const NOT_A_FALL: ReadonlySet<string> = new Set(['in', 'asleep', 'for', 'behind', 'short', 'through', 'apart', 'into']);

/** Something round someone's neck: "the straps ended up round her neck", "cord was wrapped around his neck". */
const ROUND: ReadonlySet<string> = new Set(['round', 'around']);
const LOOPS: ReadonlySet<string> = new Set([
  'strap', 'straps', 'cord', 'cords', 'cable', 'string', 'strings', 'ribbon', 'belt', 'rope', 'drawstring', 'chain',
  'harness', 'lead', 'wire', 'tie', 'ties', 'band', 'loop', 'blind',
]);

/**
 * A near miss told as one: "that could have been it", "could have killed her", with someone at risk or a fall in the
 * message ("Wall shelf came down in the night … right above the cot").
 */
const NEAR_MISS = [
  'could have been it', 'could have killed', 'could have been killed', 'could have been fatal', 'could have crushed',
  'could have hurt', 'could have been hurt', 'could have been seriously', 'could have been so much worse',
  'could have been a lot worse', 'could have been much worse', 'could have ended badly', "could've been it",
  "could've killed", "could've been killed", "could've hurt", "could've been much worse", 'might have been killed',
];
const AT_RISK_PLACES: ReadonlySet<string> = new Set(['cot', 'crib', 'bed', 'pram', 'buggy', 'stroller', 'highchair', 'playpen', 'bassinet']);
const CAME_DOWN = /\b(?:came down|fell|collapsed|gave way|toppled|tipped over|crashed down|came off the wall)\b/;

/** How many words apart the two halves may stand (across one sentence end: "went into my palm. 4 stitches."). */
const REACH = 7;

const EN_WORDS = /[a-z0-9]+(?:'[a-z]+)?|[.!?;]/g;
const SENTENCE_END = /^[.!?;]$/;

interface Word {
  text: string;
  /** Sentences ended before this word. */
  sentence: number;
}

function englishWords(text: string): Word[] {
  const words: Word[] = [];
  let sentence = 0;
  for (const match of text.matchAll(EN_WORDS)) {
    if (SENTENCE_END.test(match[0])) sentence++;
    else words.push({ text: match[0], sentence });
  }
  return words;
}

/** Someone's body part at `at`: "my palm", "her left hand", "the baby's fingers", "my son's head". */
function someonesBodyAt(words: readonly Word[], at: number): boolean {
  if (!BODY.has(words[at].text)) return false;
  let k = at - 1;
  if (k >= 0 && BODY_MODIFIERS.has(words[k].text)) k--;
  if (k < 0) return false;
  const owner = words[k].text;
  if (POSSESSIVES.has(owner)) return true;
  return owner.endsWith("'s") && PEOPLE.has(owner.slice(0, -2));
}

/** A person at risk at `at`: "my dad", "the baby", "my 2yo", "our 3 year old" (pronouns: PRONOUNS, with a fall only). */
function personAt(words: readonly Word[], at: number): boolean {
  const word = words[at].text;
  if (PEOPLE.has(word)) return true;
  // "my 2yo", "our 3 year old", "my 18 month old"
  if (/^\d{1,2}(?:yo|yr|yrs|mo)$/.test(word)) return true;
  return word === 'old' && (words[at - 1]?.text === 'year' || words[at - 1]?.text === 'month') && /^\d{1,2}$/.test(words[at - 2]?.text ?? '');
}

/** The English injuries told in parts, as their evidence ("my palm … stitches"). */
function englishInjuries(text: string): string[] {
  const words = englishWords(text);
  const found: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= REACH && Math.abs(words[a].sentence - words[b].sentence) <= 1;
  for (let i = 0; i < words.length; i++) {
    const bodyHere = someonesBodyAt(words, i);
    const personHere = !bodyHere && personAt(words, i);
    if (!bodyHere && !personHere) continue;
    const mishaps = bodyHere ? BODY_MISHAPS : PERSON_MISHAPS;
    for (let k = Math.max(0, i - REACH); k < Math.min(words.length, i + REACH + 1); k++) {
      if (k === i || !mishaps.has(words[k].text) || !near(i, k)) continue;
      // A person's mishap follows them ("my dad tripped"), it is not done to something before them ("tripped the switch").
      if (personHere && k < i) continue;
      // Nor done by them to a thing: "my cat knocked the lamp off the table", "the dog knocked over a glass".
      if (personHere && doneToAThing(words, k)) continue;
      if (negatedAt(words, k)) continue;
      const [from, to] = i < k ? [i, k] : [k, i];
      found.push(`${words[from].text} … ${words[to].text}`);
      break;
    }
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (PRONOUNS.has(words[i].text) && FALLS.has(words[i + 1].text) && !NOT_A_FALL.has(words[i + 2]?.text ?? '')) {
      found.push(`${words[i].text} ${words[i + 1].text}`);
    }
    // "round her neck" with a strap or cord in reach.
    if (ROUND.has(words[i].text) && i + 2 < words.length && words[i + 2].text === 'neck' && someonesBodyAt(words, i + 2)) {
      for (let k = Math.max(0, i - REACH); k < i; k++) if (LOOPS.has(words[k].text)) found.push(`${words[k].text} … ${words[i].text} … neck`);
    }
  }
  found.push(...hotLiquidOnSomeone(text));
  const message = words.map((w) => w.text).join(' ');
  const nearMiss = NEAR_MISS.find((phrase) => message.includes(phrase));
  if (nearMiss && (words.some((w, at) => personAt(words, at) || AT_RISK_PLACES.has(w.text)) || CAME_DOWN.test(message))) found.push(nearMiss);
  return found;
}

/**
 * Something hot reaching someone: boiling water, hot oil, steam sprayed, splashed or spilt onto a person's body ("the lid
 * flew off and boiling water went all over my son's wrist", "steam shot out at her face"). A scald is told by what
 * happened more often than by its name; hot water on the worktop or the floor is no one's.
 */
const HOT = /\b(?:boiling|scalding|piping hot|hot|steaming|near-boiling) (?:water|oil|tea|coffee|soup|milk|liquid|fat|grease|broth|porridge|wax)\b|\bsteam\b/;
const REACHES: ReadonlySet<string> = new Set([
  'sprayed', 'spraying', 'splashed', 'splashing', 'spilled', 'spilt', 'spilling', 'poured', 'pouring', 'shot', 'spurted',
  'squirted', 'gushed', 'spat', 'spitting', 'erupted', 'burst', 'went', 'came', 'got', 'hit', 'landed', 'jetted', 'blasted',
]);

function hotLiquidOnSomeone(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/[.!?;]+/)) {
    const hot = HOT.exec(sentence);
    if (!hot) continue;
    const words = englishWords(sentence);
    const reaches = words.some((w) => REACHES.has(w.text));
    const someone = words.findIndex((_, at) => someonesBodyAt(words, at) || (personAt(words, at) && POSSESSIVES.has(words[at - 1]?.text ?? '')));
    if (reaches && someone >= 0 && !words.some((_, at) => negatedAt(words, at) && REACHES.has(words[at].text))) found.push(`${hot[0]} … ${words[someone].text}`);
  }
  return found;
}

/**
 * Verbs of a mishap that are also things a person or a pet does to an object: "knocked the lamp over", "trapped a fly".
 * Right before a determiner they are done to a thing, not suffered ("my dad got knocked over" and "the twins got
 * trapped" have none; "knocked his head" names a body, read as one).
 */
const DONE_TO: ReadonlySet<string> = new Set(['knocked', 'trapped', 'crushed', 'pinned']);
const THING_STARTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'it', 'this', 'that', 'these', 'those', 'some', 'my', 'our', 'your', 'its']);
const PARTICLES: ReadonlySet<string> = new Set(['over', 'off', 'down', 'out', 'into']);

function doneToAThing(words: readonly Word[], at: number): boolean {
  if (!DONE_TO.has(words[at].text)) return false;
  const next = words[at + 1]?.text ?? '';
  const object = PARTICLES.has(next) ? (words[at + 2]?.text ?? '') : next;
  return THING_STARTS.has(object);
}

/** "not cut", "no bruises", "wasn't burned": the mishap denied. */
function negatedAt(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = words[k].text;
    if (w === 'no' || w === 'not' || w === 'never' || w.endsWith("n't") || w === 'without') return true;
  }
  return false;
}

// --- Chinese -------------------------------------------------------------------------------------------------------

/** Someone's body part, or a person at risk (simplified; traditional and Cantonese are folded before). */
const ZH_BODY_OR_PERSON = [
  '手指', '手臂', '手掌', '手腕', '指甲', '胳膊', '脚趾', '脚踝', '膝盖', '额头', '眼睛', '眼皮', '嘴唇', '脖子', '皮肤', '后背',
  '宝宝', '孩子', '小孩', '婴儿', '小朋友', '儿子', '女儿', '老人', '我妈', '我爸', '妈妈', '爸爸', '老公', '老婆', '奶奶', '爷爷',
  '外婆', '外公', '细路', '个仔', '个女', '囡囡', '阿妈', '阿爸', '老豆', '阿婆', '阿公',
];
/**
 * Body parts of one character, with what makes the character a thing's part instead: 手机 and 把手 are no hand, 插头
 * and 龙头 no head, 桌脚 and 椅腿 no leg, 奶嘴 and 壶嘴 no mouth, 背包 and 靠背 no back.
 */
const ZH_SINGLE_BODY: Readonly<Record<string, { notBefore: string; notAfter: string }>> = {
  手: { notBefore: '把扶拉洗二顺对帮凶选新高老能歌水', notAfter: '机续表工动柄提套链写法艺环术办段头感册' },
  脚: { notBefore: '桌椅床柜凳架支墙子', notAfter: '架本垫踏' },
  腿: { notBefore: '桌椅床柜凳架支子镜', notAfter: '' },
  头: { notBefore: '插镜龙枕码里外床线接罐箭喷探灯笔针奶钻锄前后上开到心', notAfter: '发像条版等期绳' },
  脸: { notBefore: '洗', notAfter: '盆书' },
  嘴: { notBefore: '壶奶烟喷吸', notAfter: '' },
  背: { notBefore: '靠椅后违', notAfter: '包面景心带板书' },
  腰: { notBefore: '', notAfter: '带包' },
};

/** Someone named between `from` and `to` of the sentence (a body part read with the characters around it). */
function zhSomeoneIn(sentence: string, from: number, to: number): string | undefined {
  const window = sentence.slice(from, to);
  const named = ZH_BODY_OR_PERSON.find((w) => window.includes(w));
  if (named) return named;
  for (let i = from; i < to; i++) {
    const rule = ZH_SINGLE_BODY[sentence[i]];
    if (!rule) continue;
    if ((i > 0 && rule.notBefore.includes(sentence[i - 1])) || (i + 1 < sentence.length && rule.notAfter.includes(sentence[i + 1]))) continue;
    return sentence[i];
  }
  return undefined;
}
/** What happened to them: caught, crushed, struck, cut, swollen, unable to walk, crying on and on. */
const ZH_MISHAPS = [
  '卡在', '卡住', '夹到', '夹住', '夹伤', '砸到', '砸中', '压到', '压住', '撞到', '磕到', '划到', '割到', '烫到', '烫红', '肿了',
  '起泡', '淤青', '青了', '紫了', '走不了路', '站不起来', '动不了', '一直哭', '哭个不停', '大哭', '缝针', '流血', '出血',
  // Burned into blisters or a wound: "腿上烫出好几个泡", "烫起泡", "烧出一道疤".
  '烫出', '烫起', '烧出', '灼出', '烫破', '起水泡',
  // A fall and what it left, as the English reads "my dad fell" (椅子腿突然断了 我爸摔了一跤 腰起不来了).
  '摔了一跤', '摔倒', '摔下来', '跌倒', '跌了一跤', '滑倒', '绊倒', '起不来', '扭伤', '骨折', '晕倒', '昏倒',
  // Snapped by something: 柜门夹断了我的手指, 砸断了他的脚趾.
  '夹断', '砸断', '压断',
];
/** A body snapped, told right after it: 我的腿断了, 孩子手指断了 (椅子腿断了 and 把手断了 are a thing's parts). */
const ZH_SNAPPED = /断了|断掉|折断|折了/g;
/** How many characters apart the two halves may stand, within one sentence. */
const ZH_REACH = 12;
const ZH_SENTENCE = /[。！？!?]/;

/** Something hot reaching someone: 滚水喷到我女儿的手, 热油溅到脸上, 蒸汽冲到手臂 (the person read as for a mishap). */
const ZH_HOT = /滚水|开水|热水|沸水|滚烫的水|热油|滚油|热汤|热粥|热茶|热咖啡|热奶|蒸汽|蒸气|热气/;
const ZH_REACHES = /喷|溅|洒|泼|淋|浇|射|冲|倒|烫|涌|噴/;

function chineseInjuries(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(ZH_SENTENCE)) {
    const hot = ZH_HOT.exec(sentence);
    const reach = hot ? ZH_REACHES.exec(sentence.slice(hot.index + hot[0].length, hot.index + hot[0].length + 6)) : null;
    if (hot && reach) {
      const from = hot.index + hot[0].length + reach.index;
      const who = zhSomeoneIn(sentence, from, Math.min(sentence.length, from + ZH_REACH));
      if (who && !/(?:没|没有|不会|未)$/.test(sentence.slice(Math.max(0, from - 2), from))) {
        found.push(`${hot[0]}…${reach[0]}…${who}`);
        continue;
      }
    }
    let snapped: string | undefined;
    for (const match of sentence.matchAll(ZH_SNAPPED)) {
      const at = match.index ?? 0;
      const bodyEnd = /(?:都|也|骨头|的骨头|骨)$/.exec(sentence.slice(Math.max(0, at - 3), at));
      const end = at - (bodyEnd ? bodyEnd[0].length : 0);
      const who = zhSomeoneIn(sentence, Math.max(0, end - 3), end);
      if (who && !/(?:没|没有|不会|未)$/.test(sentence.slice(Math.max(0, end - 2), end))) {
        snapped = `${who}…${match[0]}`;
        break;
      }
    }
    if (snapped) {
      found.push(snapped);
      continue;
    }
    for (const mishap of ZH_MISHAPS) {
      const at = sentence.indexOf(mishap);
      if (at < 0) continue;
      const who = zhSomeoneIn(sentence, Math.max(0, at - ZH_REACH), Math.min(sentence.length, at + mishap.length + ZH_REACH));
      if (who && !/(?:没|没有|不会|未)$/.test(sentence.slice(Math.max(0, at - 2), at))) {
        found.push(`${who}…${mishap}`);
        break;
      }
    }
  }
  return found;
}

/** The injuries told in parts in a message (English and Chinese read apart, already normalised), as their evidence. */
export function injuriesInParts(english: string, chinese: string): string[] {
  return [...new Set([...(english ? englishInjuries(english) : []), ...(chinese ? chineseInjuries(chinese) : [])])];
}
