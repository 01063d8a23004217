/**
 * A feeling measured by the body: anger told by what it does to the customer, 气到手都在抖, 气得我浑身发抖, 真的气到爆炸
 * (Cantonese 嬲到手震, folded to 生气到手震), "I'm literally shaking with anger", "so angry my hands are shaking". The
 * body word (手, 抖, 爆炸, shaking) is the feeling's degree, not a harm: the safety phrases and the learned safety reading
 * lean on the same words, and complaint.ts sets them aside when they lie only inside such a measure.
 *
 * Not a measure: a thing that exploded or burned (充电宝爆炸了, 电池爆炸), a hand hurt (手被烫伤了), shaking of a thing
 * ("the washing machine is shaking"): no feeling stands before the body word.
 */

/** A feeling, then 到/得, then (a body and) what the feeling does to it; bounded, one optional slot each. */
const ZH_MEASURE =
  /(?:生气|气|嬲|火大|愤怒|恼火|急)(?:到|得)(?:我|人)?(?:的)?(?:手|双手|脚|全身|浑身|成个人|整个人|个人|身体|心脏|心|头)?(?:都|也)?(?:在|快|要|快要)?(?:发抖|颤抖|抖|手抖|手震|震|爆炸|炸|爆|冒烟|发麻|麻|疼|痛)/g;
/** The English measures: shaking with anger, so angry my hands shake, exploding with rage. */
const EN_MEASURES: readonly RegExp[] = [
  /\b(?:shaking|trembling|shook|shaking all over|shaking uncontrollably) (?:with|from) (?:anger|rage|fury|frustration)\b/g,
  /\b(?:so )?(?:angry|furious|mad|livid|enraged) (?:that )?(?:my (?:hands|hand|body|whole body) (?:are|is) |i'm |im |i am )(?:literally )?(?:shaking|trembling)\b/g,
  /\b(?:exploding|bursting) with (?:anger|rage|fury)\b/g,
];

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (hit) => ' '.repeat(hit.length));
}

/** The text with every feeling measure blanked out (same length, so indices still line up). */
export function withoutMeasures(english: string, chinese: string): { english: string; chinese: string } {
  let en = english;
  for (const pattern of EN_MEASURES) en = blank(en, pattern);
  return { english: en, chinese: chinese ? blank(chinese, ZH_MEASURE) : chinese };
}

/**
 * The first feeling measure told, or null: the measure is the feeling at its height (超派 我真的氣到快爆炸 到底在搞什麼),
 * a strong emotion however little its words weigh (index.ts reads it with the breaking-point idioms).
 */
export function feelingMeasure(english: string, chinese: string): string | null {
  for (const pattern of chinese ? [ZH_MEASURE] : EN_MEASURES) {
    pattern.lastIndex = 0;
    const hit = pattern.exec(chinese || english);
    pattern.lastIndex = 0;
    if (hit) return hit[0];
  }
  return null;
}

/** Whether any feeling measure is told. */
export function feelingMeasured(english: string, chinese: string): boolean {
  const rest = withoutMeasures(english, chinese);
  return rest.english !== english || rest.chinese !== chinese;
}

/**
 * The phrases found without those that lie only inside a feeling measure: a phrase found in the message that no longer
 * occurs once the measures are blanked (真的气到爆炸: 爆炸). Phrases the text holds elsewhere too stay
 * (气到爆炸 充电宝也爆炸了).
 */
export function withoutFeelingMeasures(found: readonly string[], english: string, chinese: string): string[] {
  if (!feelingMeasured(english, chinese)) return [...found];
  const rest = withoutMeasures(english, chinese);
  return found.filter((phrase) => {
    const inText = english.includes(phrase) || chinese.includes(phrase);
    return !inText || rest.english.includes(phrase) || rest.chinese.includes(phrase);
  });
}
