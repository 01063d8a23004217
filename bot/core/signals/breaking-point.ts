/**
 * A customer at the end of their patience, told in an idiom whose words weigh little one by one: "I'm at the end of my
 * rope", "I can't take this anymore", "my blood is boiling", "you have no idea how upset I am", "I'm so done",
 * "honestly heartbroken", "I'm in tears", "this has broken me", "I've reached my limit", 忍很久了, 忍到极限, 我快崩溃了,
 * 忍无可忍, 受够了, Cantonese 嬲到震 and 顶唔顺, 心态崩了: the customer's own state, told. The sentiment reads words one by one
 * ("end", "rope", "boiling", "upset" under "no idea how") and misses them; read whole, each is a strong emotion
 * (index.ts sets it, as it does for shouting).
 *
 * Not at breaking point: the idiom negated or asked about ("I'm not done yet", "can't take returns?"), the words used
 * of a thing ("boiling water", "the rope is at the end of the roll", 忍者 toys), a child crying.
 */
import { ZH_ENDS_ASKING } from './patterns';

/** Degrees put before a state: "literally", "so", "absolutely". */
const EN_INTENSIFIER = '(?:literally|so|really|very|absolutely|completely|utterly|totally|honestly|just|now|beyond|actually|genuinely)';
/** States that are a breaking point whatever their degree (not "exhausted", "gutted" or "desperate for", said of sold-out stock). */
const EN_DISTRESS =
  "devastated|heartbroken|distraught|beside myself|at breaking point|at my wits'? end|at my limit|livid|fuming|seething|losing my mind|going insane|in tears|sobbing|in bits|a nervous wreck|a wreck";
// One small pattern per idiom: as one alternation the ReDoS checker could not decide it in time.
const EN_IDIOMS: readonly RegExp[] = [
  String.raw`\bat (?:the )?end of my (?:rope|tether)\b`,
  // Anger, not colours: "I'm seeing red and pink in the photos" asks about a product.
  String.raw`\b(?:i'm|i am|im) (?:literally |honestly )?seeing red(?= *(?:$|right now\b|now\b|over\b|at\b|because\b|about\b|here\b))`,
  // With "anymore": "I can't take it back to the shop" is an errand.
  String.raw`\b(?:can't|cannot|cant|can not) (?:take|stand|handle|bear|deal with|cope with|cope) (?:this|it|you|any of this)? ?(?:any ?more|much longer)\b`,
  String.raw`\b(?:making|made|make|is making|has made) me (?:ill|sick|physically sick|unwell) with (?:stress|worry|anxiety)\b`,
  String.raw`\b(?:can't|cannot|cant|can not) take (?:any )?more of (?:this|you|it)\b`,
  String.raw`\bmy blood (?:is |'s )?(?:boiling|boils)\b`, String.raw`\bblood boiling\b`,
  String.raw`\b(?:you|u) (?:have|got) no idea how (?:upset|angry|mad|furious|frustrated|stressed|hurt|disappointed|annoyed|livid) (?:i am|i'm|im|we are|this (?:makes|made) me)\b`,
  // Done with the shop, not with a task: "i'm so done with shopping for today" is a pause.
  String.raw`\b(?:i'm|i am|im) so (?:so |very )?done(?: with (?:you|this|your|all of this))?(?=$|[^a-z ]| (?:now|already|honestly|seriously|lol)\b)`,
  String.raw`\b(?:i'm|i am|im|i feel|feeling|honestly|absolutely|utterly|completely) (?:so |absolutely |utterly |completely |totally |honestly )?(?:heartbroken|distraught|beside myself|at breaking point|at my wits'? end)\b`,
  String.raw`\b(?:the )?last straw\b`, String.raw`\bhad it up to here\b`, String.raw`\bat my wits'? end\b`,
  // Had it, or enough, with the shop: "I have had it with you people", "had enough of your excuses" (not of a product).
  String.raw`\b(?:i've|ive|i have|i've just|i have just|i've officially|we've|we have) (?:officially |honestly |really |truly |well and truly )?had (?:it|enough|it up to here) (?:with|of) (?:you|your|this (?:company|shop|store|service)|u)\b`,
  String.raw`\bpanic attacks?\b`, String.raw`\b(?:i'm|i am|im) (?:literally )?(?:shaking|trembling) with (?:anger|rage|fury)\b`,
  // The customer's own state, told: "I'm in tears", "I'm literally sobbing", "I've reached my limit".
  String.raw`\b(?:i'm|i am|im|i was|i've been|ive been|i feel|feeling|left me|i'm now|i am now) (?:${EN_INTENSIFIER} ){0,2}(?:${EN_DISTRESS})\b`,
  // The same with its cause or its degree: "I'm crying in my car because of this", "so stressed I feel sick".
  String.raw`\b(?:i'm|i am|im|i've been|ive been) (?:${EN_INTENSIFIER} ){0,2}(?:crying|shaking|panicking|stressed(?: out)?|upset|sick with worry)\b[^.!?]{0,30}\b(?:because of (?:this|you|your)|over (?:this|you|your)|right now|i (?:feel|can't|cant|am)|at you)\b`,
  String.raw`\bso (?:stressed|upset|angry|worried) (?:that )?i (?:feel sick|can't|cant|could|am shaking|am crying)\b`,
  // Wanting to scream: "honestly want to scream", "I could scream" (not with joy or laughter).
  String.raw`\b(?:want to|wanna|could|about to|going to|gonna|ready to) (?:literally |actually |just )?scream\b(?! (?:with|in|for) (?:joy|laughter|excitement|delight|happiness))`,
  // Tears where the customer is: "im sitting in my car crying", "sat in the kitchen in tears".
  String.raw`\b(?:i'm|i am|im|i've been|ive been|i was) (?:${EN_INTENSIFIER} )?(?:sitting|sat|lying|standing|stood) (?:in|on|at|outside) (?:my|the) [a-z]{2,12} (?:crying|sobbing|in tears|bawling)\b`,
  String.raw`\b(?:this|you|your (?:company|service|shop|store)) (?:has|have|'ve|'s) (?:completely |totally |honestly )?(?:broken|destroyed|ruined|crushed) me\b`,
  // A limit of something is a quota, not the customer's patience: "I hit the limit of how much I could withdraw", "reached
  // the limit on my card".
  String.raw`\b(?:reached|hit|at) (?:my|the) (?:absolute )?(?:limit|breaking point)\b(?! (?:of|on|for|per|to)\b)`,
  // Tears caused, and never so upset: "this has reduced me to tears", "I've never been so upset by a company".
  String.raw`\b(?:reduced|brought|moved) me to tears\b`, String.raw`\b(?:left|had) me (?:in tears|crying|sobbing)\b`,
  String.raw`\bnever (?:been|felt) (?:so|this|more) (?:upset|angry|disappointed|let down|stressed|furious|insulted|humiliated)\b`,
].map((source) => new RegExp(source));
const EN_NEGATED = /\b(?:not|never|no longer|wasn't|isn't)\s(?:\w+\s)?$/;

/** 忍很久了 (忍你们很久了), 忍无可忍, 受够了, 嬲到震, 顶唔顺, 心态崩了, 气到手抖, 灰心到极点 (Cantonese as the engine folds it too: 生气到震, 顶不顺). */
const ZH_IDIOM =
  /忍(?:了)?(?:你们|你們|你哋)?(?:很久|好久|好耐|太久|够|夠)了?|忍到(?:极限|尽头|顶)|到(?:了)?极限|(?:我|人)(?:真的|快|要|快要|已经|都|简直|整个人|彻底|完全){0,3}(?:崩溃|抓狂|绝望|心累|受不了了|哭死|喊到|气死)|忍无可忍|受够了?|受夠|(?:嬲|生气)到(?:震|爆|死|喊|想喊|想哭|哭)|嬲爆|顶(?:唔|不)(?:顺|住)|心态(?:彻底|完全|直接|真的|已经)?(?:崩|炸|爆)(?:了|咗)?|(?:受不了|忍不了|顶唔顺|顶不顺)(?:你们|你哋)|(?:气到|气得)(?:我|人)?(?:手|全身|成个人|整个人|个人)?(?:都|也)?(?:在)?(?:发抖|抖|手抖|手震|震|哭|喊)|(?:好|很|非常|太|真係|真是|真的)(?:灰心|心灰|心寒|寒心|绝望)|被你们逼疯/;
const ZH_ASKED = ZH_ENDS_ASKING;
// 要疯了 and 快疯了 are left to hyperbole.ts, which tells anger said outright from a degree after 到 (等到快疯了).

export function breakingPoint(english: string, chinese: string): string | null {
  if (english) {
    for (const raw of english.split(/[.!;?]+/)) {
      const clause = raw.trim();
      for (const idiom of EN_IDIOMS) {
        const hit = idiom.exec(clause);
        if (hit && !EN_NEGATED.test(clause.slice(0, hit.index))) return hit[0];
      }
    }
  }
  if (chinese) {
    for (const clause of chinese.split(/[，,。！？!?；;\n]/)) {
      const hit = ZH_IDIOM.exec(clause);
      if (hit && !ZH_ASKED.test(clause) && !/(?:不|没|未)$/.test(clause.slice(0, hit.index))) return hit[0];
    }
  }
  return null;
}

/**
 * Tears of distress: crying brought on by anger, panic or a wrong (气得哭了, 急得哭了, 委屈到想哭, Cantonese 急到喊 folded), or
 * the customer near tears (我都快哭了, 我真的要哭了, 我快要哭出来了, 我好想哭, Cantonese 我想喊). "婚礼用的东西没到
 * 我急得哭了" is a customer a person should take, though no word of it weighs much. Tears of joy are not among them:
 * 感动得哭了, 开心到哭; nor are tears in a message that praises (太好看了 我都快哭了): index.ts reads these only where the
 * emotion weighs no praise.
 * 喊 is Cantonese for crying only after 到/得/快 or 想 without an object: Mandarin 喊人 and 喊了你们 call someone.
 */
export const ZH_DISTRESS_TEARS =
  /(?:气|急|烦|委屈|憋屈)(?:得|到)(?:我|人)?(?:都|也)?(?:快|要|快要|想)?(?:哭|喊)|(?:我|人)(?:真的|都|已经|简直|好)?(?:快|快要|就快|要)(?:哭|喊)(?:了|出来|咗)|(?:我|人)(?:真的|都|好|真系)?想(?:哭|喊)(?![人你他她我])/;

/** The first clause that tells tears of distress, not asked about nor denied (Chinese, folded). */
export function distressTears(chinese: string): string | null {
  if (!chinese) return null;
  for (const clause of chinese.split(/[，,。！？!?；;\n]/)) {
    const hit = ZH_DISTRESS_TEARS.exec(clause);
    if (hit && !ZH_ASKED.test(clause) && !/(?:不|没有?|未|别)$/.test(clause.slice(0, hit.index))) return hit[0];
  }
  return null;
}
