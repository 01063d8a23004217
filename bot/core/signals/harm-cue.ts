/**
 * The harm words the safety rule reads that may be a circumstance (circumstance-cue.ts): an illness, a hospital stay or
 * a treatment, an illness told by its symptom, an accident's hurt; who is told as the one they befell; and where a phrase
 * the rules found stands in the text.
 */

/** Illness, a hospital stay or a treatment: the customer's condition, which no goods need have caused. */
const EN_SAFETY_CUE = /^(?:(?:in|at|to|from|into|out of) (?:the )?)?(?:hospital|hospitali[sz]ed|(?:was |been |got |felt |feel |is |are |am |'s )?(?:sick|ill|unwell)|fever|flu|covid|surgery|operation)$/;
const ZH_SAFETY_CUE = /^(?:发烧|发高烧|高烧|发热|感冒|流感|生病|病了|住院|入院|出院|住了?院|在医院|进了?医院|去了?医院|入了医院|医院|开刀|做了?手术|手术)$/;
/**
 * An accident's hurt: a fall, a sprain, a break, a bump (the phrase as the rules read it, 儿子…摔了一跤, 腰…扭伤, "hurt my
 * back", "girl fell off"). Goods may cause one (a chair that gave way), so it is set aside only as the others are: with
 * nothing of the store's linked to it, beside a routine question.
 */
const EN_ACCIDENT_CUE = /\b(?:numb|frostbit\w{0,3}|fell|fall(?:en|s)?|slipped|tripped|fractured?|broke|broken|sprain(?:ed)?|twisted|bumped|hurt (?:my|his|her|their) (?:back|knee|ankle|wrist|shoulder|leg|arm|hip|neck|foot)|injured (?:my|his|her) (?:back|knee|ankle|wrist|shoulder|leg|arm|hip|neck|foot))\b/;
const ZH_ACCIDENT_CUE = /摔|跌|扭伤|骨折|断了|折了|崴|磕|撞到头|闪了腰/;
/** An illness told by its symptom (宝宝最近老是咳): as a stay or a fever, the customer's condition unless linked. */
const ZH_ILLNESS_CUE = /^[^，,。！!？?]{0,6}(?:咳|发烧|发热|感冒|流鼻涕|鼻塞)[^，,。！!？?]{0,2}$/;

/**
 * An ailment a sick person asks what to take for (harm-as-reason.ts careAdviceAsked): an illness or a symptom of one, as
 * the rules read it ("has a fever", "has the flu", "been sick", "throwing up", 发烧, 咳, 拉肚子, 肚子疼, 吐). Not a rash, an
 * allergy, a burn, a cut or a poisoning: those tell what touched the body, and stay with the rules.
 */
const EN_AILMENT_CUE =
  /^(?:(?:has|had|got|running|ran|developed|came down with|with|have) (?:a |the )?(?:high |bad |slight )?(?:fever|temperature|flu|cold|cough|tummy bug|stomach bug)|(?:been|got|gotten|became|fell|are|is|were|was) (?:really |very )?(?:sick|ill)|(?:been |being )?(?:sick|vomiting|throwing up|diarrh\w{0,4})(?: all night| all day)?)$/;
const ZH_AILMENT_CUE = /^(?:[^，,。！!？?]{0,4}(?:吐|拉肚子|腹泻|肚子?(?:一直|好|很)?(?:疼|痛)|头晕|头痛|头疼|咳|呕吐)[^，,。！!？?]{0,4})$/;

/** An illness or a symptom of one, of the kind a sick person asks what to take for (see EN_AILMENT_CUE). */
export function isAilmentCue(phrase: string, chinese: boolean): boolean {
  if (/[\u4e00-\u9fff]/.test(phrase) !== chinese) return false;
  return isIllnessCue(phrase, chinese) || (chinese ? ZH_AILMENT_CUE : EN_AILMENT_CUE).test(phrase);
}

/** Someone else told as the one ill or in hospital (a child's or a parent's harm may be the goods' doing). */
export const EN_OTHER = /\bthe (?:baby|kid|kids|child|children|toddler|little one)\b|\b(?:my|our|his|her) (?:son|daughter|kid|kids|child|children|baby|toddler|boy|girl|wife|husband|partner|mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|granddad|grandmother|grandfather|grandparents?|granny|nana|aunt|auntie|uncle|brother|sister|friend|flatmate|roommate|neighbou?r|boss|colleague|boyfriend|girlfriend|fianc[eé]e?|dog|cat|puppy)\b|\b(?:he|she|they)(?:'s| is| was| were| got| had| has)\b/;
export const ZH_OTHER = /孩子|小孩|宝宝|婴儿|小朋友|儿子|女儿|(?:个|我|细)仔|个女|老公|老婆|爱人|妈|爸|老人|家人|全家|一家|他|她|佢|狗|猫/;

/** An illness, a stay or a treatment (not an accident's hurt): the customer's condition, which no goods need have caused. */
export function isIllnessCue(phrase: string, chinese: boolean): boolean {
  return chinese ? ZH_SAFETY_CUE.test(phrase) || ZH_ILLNESS_CUE.test(phrase) : EN_SAFETY_CUE.test(phrase);
}

/** An illness, a stay, a treatment or an accident's hurt. */
export function isHarmCue(phrase: string, chinese: boolean): boolean {
  return isIllnessCue(phrase, chinese) || (chinese ? ZH_ACCIDENT_CUE : EN_ACCIDENT_CUE).test(phrase);
}

/**
 * Where a phrase stands: a phrase the rules found in two parts ("thumbs … numb") from its first part to its last.
 * [-1, -1] when it is not in the text.
 */
export function placeOf(text: string, phrase: string): [number, number] {
  const parts = phrase.split(/\s?…\s?/);
  const at = text.indexOf(parts[0]);
  if (at < 0) return [-1, -1];
  const last = parts[parts.length - 1];
  const lastAt = parts.length > 1 ? text.indexOf(last, at + parts[0].length) : at;
  return [at, lastAt < 0 ? at + parts[0].length : lastAt + last.length];
}

/** The clause (between punctuation) around a phrase's first place in the text. */
export function clauseOf(text: string, phrase: string, chinese: boolean): string {
  const [at, phraseEnd] = placeOf(text, phrase);
  if (at < 0) return '';
  const stops = chinese ? /[，,。！!？?；;\s]/ : /[,.;!?]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let end = phraseEnd;
  while (end < text.length && !stops.test(text[end])) end++;
  return text.slice(start, end);
}
