import { z } from 'zod';
import { stem } from '../../../knowledge/search';
import { chineseWordSegments, foldChinese } from '../../../knowledge/text';
import { rememberRecent, type Lang } from '../../../contracts';
import type { ComplaintKind } from './schema';
import shipped from './escalation-weights.json';
import { own } from './own';

/**
 * Escalations described rather than named, read by two small learned models: someone hurt or at risk (safety) and a
 * dispute taken outside (legal: courts, regulators, going public). Customers tell these in their own words far more
 * often than with the words the rules know ("the blade went into my thumb, had it glued at the walk-in", "see you at
 * small claims"), and no list of phrases keeps up with them. Each model is a logistic regression over the message's words and neighbouring pairs (English stems; Chinese
 * folded to simplified, the segmenter's words and pairs and character pairs), fitted by test/bench/train-escalation.ts
 * on Baton's own examples (test/fixtures/escalation-training.*.tsv: escalations told in many styles beside routine
 * questions and plain problem reports that share their words). A model reads a message as its kind above a
 * probability set by the trainer for few false alarms on routine messages; its evidence is the words that weighed most.
 * The rules (complaint.ts) still decide the level; these only add what the rules did not see.
 */

/**
 * A third model, of repeated contact, was fitted and left out: it read "every time I log in it asks again", "is the
 * replacement the same colour as the first one" and a first report of a late parcel (话咗三日到 而家一个礼拜都未到) as a
 * chase, where the rules (narrated-repeat.ts) tell them apart, and found a third of the described repeats out of fold.
 */
export const LEARNED_ESCALATION_KINDS = ['safety', 'legal'] as const satisfies readonly ComplaintKind[];
export type LearnedEscalationKind = (typeof LEARNED_ESCALATION_KINDS)[number];

/** One model's shape; the learned reading of requests for a person (agent-request-learned.ts) shares it. */
export const ModelSchema = z.object({
  bias: z.number(),
  /** Probability at which the message reads as this kind, per language. */
  threshold: z.object({ en: z.number(), zh: z.number() }),
  weights: z.record(z.string(), z.number()),
});
const WeightsSchema = z.object({
  safety: ModelSchema,
  legal: ModelSchema,
});
export type EscalationWeights = z.infer<typeof WeightsSchema>;
export type EscalationModel = z.infer<typeof ModelSchema>;

export function parseEscalationWeights(raw: unknown): EscalationWeights {
  return WeightsSchema.parse(raw);
}

// --- Features ------------------------------------------------------------------------------------------------------

const EN_TOKEN = /[a-z]+(?:'[a-z]+)?|\d+|[.!?;,]/g;
const EN_CLAUSE_END = /^[.!?;,]$/;
/**
 * Grammar words: no feature alone, and a pair of two of them ("and the", "to my") is none either. Words of time and
 * repetition (again, same, still, every, time) are not grammar here: they are what a repeated failure is told with.
 */
const EN_GRAMMAR: ReadonlySet<string> = new Set(
  ('a an the and or but so if as of to in on at for with from by about into onto over out off up down is are was were be been ' +
    'being am do does did have has had having i me my mine you your yours we us our they them their he him his she her it its ' +
    "this that these those there here what which who whom when where how why not no just can could will would should shall may " +
    "might must i'm i've i'll i'd you're you've you'll we're we've they're it's that's there's don't didn't doesn't can't " +
    "won't isn't wasn't aren't haven't hasn't im ive ill id dont didnt cant wont also then than too very really like get got " +
    'go going gone went make made give gave know see say said tell told want need one all any some').split(' '),
);

function englishFeatures(text: string, into: Set<string>): void {
  let previous: string | undefined;
  let previousGrammar = false;
  for (const match of text.toLowerCase().matchAll(EN_TOKEN)) {
    const token = match[0];
    if (EN_CLAUSE_END.test(token)) {
      previous = undefined;
      continue;
    }
    const grammar = EN_GRAMMAR.has(token);
    const word = /^\d/.test(token) ? '#' : stem(token.replace(/'s$/, ''));
    if (!grammar && word !== '#') into.add(word);
    if (previous !== undefined && !(grammar && previousGrammar)) into.add(`${previous} ${word}`);
    previous = word;
    previousGrammar = grammar;
  }
}

const HAN = /\p{Script=Han}/u;
const ZH_FUNCTION: ReadonlySet<string> = new Set(
  '的 了 吗 呢 啊 吧 呀 哦 嘛 啦 我 你 您 是 在 有 和 也 都 就 还 这 那 个 一 把 被 给 着 过 得 地 又 很 我们 你们 他们 你哋 我哋 佢哋 已经 我在 会 再 请问 要 能 想 可以 什么 怎么 这件 那件 一下'.split(' '),
);

function chineseFeatures(text: string, into: Set<string>): void {
  const folded = foldChinese(text.normalize('NFKC')).toLowerCase();
  let previous: string | undefined;
  let single: string | undefined; // a character the segmenter left alone, just before
  for (const { segment, isWordLike } of chineseWordSegments(folded)) {
    if (!isWordLike || !HAN.test(segment)) {
      // English words in a Chinese message are read by the English features.
      previous = undefined;
      single = undefined;
      continue;
    }
    const grammar = ZH_FUNCTION.has(segment);
    if (!grammar) into.add(segment);
    if (previous !== undefined && !(grammar && ZH_FUNCTION.has(previous))) into.add(`${previous} ${segment}`);
    // Characters the segmenter left alone are often a word it does not know (砸到, 夹伤, 燶晒): paired again.
    if (segment.length === 1 && single !== undefined && !grammar && !ZH_FUNCTION.has(single)) into.add(`c:${single}${segment}`);
    single = segment.length === 1 ? segment : undefined;
    previous = segment;
  }
}

/** The features the models read: English for any Latin words, Chinese for Chinese text. */
export function escalationFeatures(text: string, lang: Lang): readonly string[] {
  return recentFeatures(`${lang}\u0000${text}`);
}

/**
 * One turn reads a message's features for the escalation models (complaint.ts) and again for the request model
 * (agent-request-learned.ts): the last few are remembered, keyed by language and text. Callers only read them.
 */
const recentFeatures = rememberRecent(4, (key: string): readonly string[] => {
  const at = key.indexOf('\u0000');
  const lang = key.slice(0, at) as Lang;
  const text = key.slice(at + 1);
  const features = new Set<string>();
  if (lang === 'en' || /[a-z]{2}/i.test(text)) englishFeatures(text, features);
  if (lang === 'zh') chineseFeatures(text, features);
  return [...features];
});

// --- A word of the kind ------------------------------------------------------------------------------------------

/**
 * A learned reading leans on how a message is told as well as on what it tells: a long calm story of the customer's
 * week ("my wife does the ordering, she's at her sister's till Sunday, can I get a real person") reads as a dispute by
 * its shape and its pronouns (and she · sunday · she), 公司订了八十万的设备 少了三箱 请尽快处理 by an amount and a
 * request to handle it. A described escalation, however it is worded, still names something of its kind: a body, a
 * hurt, an illness, a care place, a fire, a heat or a hazard for safety; the law, a court, a lawyer, the police, a
 * regulator, the press or a public post, a record kept as proof or a dispute with the bank for legal. Without one, the
 * model has read the telling, not the matter, and the reading stands down (complaint.ts reads the rules' own words first).
 * The stems are the kind's own vocabulary, wide on purpose: the gate is for readings with no such word anywhere.
 */
const EN_KIND_WORD: Record<LearnedEscalationKind, RegExp> = {
  safety: new RegExp(
    String.raw`\b(?:` +
      [
        // A body and its parts.
        String.raw`hands?|fingers?|fingertips?|thumbs?|palms?|wrists?|arms?|elbows?|shoulders?|legs?|knees?|shins?|thighs?|feet|foot|toes?|ankles?|heels?|face|cheeks?|chin|eyes?|eyelids?|lips?|mouth|tongue|throat|neck|head|forehead|scalp|skin|chest|stomach|tummy|belly|nose|ears?|gums?|teeth|tooth|body|bum|bottom|hips?|back of|nails?`,
        // A hurt, a symptom, an illness.
        String.raw`hurt\w{0,3}|injur\w{0,4}|wound\w{0,2}|cut|cuts|gash\w{0,2}|bleed\w{0,3}|bled|blood\w{0,2}|bruis\w{0,3}|burn\w{0,3}|scald\w{0,3}|blister\w{0,3}|sting\w{0,3}|stung|sore\w{0,4}|pain\w{0,3}|ach\w{0,3}|swell\w{0,3}|swollen|rash\w{0,2}|hives|itch\w{0,3}|red|redness|raw|bumps?|lumps?|fractur\w{0,2}|concuss\w{0,4}|stitch\w{0,3}|glued|plaster\w{0,2}|bandag\w{0,3}|scars?|peel\w{0,3}|weep\w{0,3}|welts?|sick\w{0,4}|ill|illness|unwell|poorly|vomit\w{0,3}|throw\w{0,3} up|threw up|nause\w{0,4}|diarrh\w{0,4}|poison\w{0,4}|allerg\w{0,4}|reactions?|fever\w{0,2}|dizz\w{0,3}|faint\w{0,3}|cough\w{0,3}|chok\w{0,3}|swallow\w{0,3}|breath\w{0,4}|wheez\w{0,3}|asthma|headaches?|migraines?|numb\w{0,4}|tingl\w{0,3}|blotch\w{0,3}|puff\w{0,3}|eczema|infect\w{0,5}|shock\w{0,3}|zap\w{0,3}|jolt\w{0,2}|cramps?|the runs|limp\w{0,3}|chills|drows\w{0,3}|agony|teeth|bedsores?|sweat\w{0,3}`,
        // A risk run or a near miss: "she nearly rolled out", "luckily my son had just got off it".
        String.raw`nearly|almost|luckily|thankfully|could have|might have|narrowly`,
        // Care sought.
        String.raw`hospital\w{0,3}|doctors?|gp|nurses?|a&e|er|clinic|walk-in|walk in|ambulance|paramedics?|pharmac\w{0,3}|vets?|emergency|urgent care|medic\w{0,5}|antihistamine\w{0,2}|epipen|ice pack|first aid|111|999|911`,
        // Fire, heat, electricity, a hazard.
        String.raw`fires?|flames?|smok\w{0,3}|spark\w{0,3}|scorch\w{0,3}|melt\w{0,3}|molten|char\w{0,3}|smell\w{0,3}|smelt|fumes?|gas|hot|heat\w{0,3}|overheat\w{0,3}|explo\w{0,5}|pop|popped|bang\w{0,2}|danger\w{0,4}|hazard\w{0,3}|unsafe|toxic|chemicals?|sharp|shards?|splinter\w{0,2}|glass|blades?|magnets?|batter\w{0,3}|leak\w{0,3}|mou?ld\w{0,2}|insects?|bugs?|maggots?|worms?|tip\w{0,4}|toppl\w{0,3}|collaps\w{0,3}|crush\w{0,3}|trap\w{0,3}|pinch\w{0,3}|strangl\w{0,3}|suffocat\w{0,3}|electric\w{0,3}|wires?|plug|socket|brown|black|burst|snapp?\w{0,3}|fell|fall\w{0,3}|landed|choking`,
      ].join('|') +
      String.raw`)\b`,
  ),
  legal: new RegExp(
    String.raw`\b(?:` +
      [
        // The law, its people and its places.
        String.raw`(?<!in-)laws?|legal\w{0,3}|lawyers?|attorneys?|solicitors?|barristers?|counsel|court\w{0,2}|judges?|judg\w{0,4}|tribunal|sue|sued|suing|lawsuit|litigat\w{0,4}|claims?|claim form|letter before action|cease and desist|notice|rights|illegal\w{0,2}|unlawful|fraud\w{0,4}|scam\w{0,4}|theft|stole\w{0,1}|steal\w{0,3}|police|arbitrat\w{0,4}|mediat\w{0,4}|liab\w{0,5}|breach\w{0,3}|contract\w{0,2}`,
        // A regulator or a body taken the matter.
        String.raw`regulat\w{0,4}|ombudsman|standards|consumer\w{0,1}|bbb|ftc|cma|asa|ofcom|ofgem|watchdog|authorit\w{0,3}|council|mp|congressman|senator|government|minister|agency|commission|bureau|department`,
        // The press, a public post, proof kept.
        String.raw`press|media|news\w{0,5}|journalist\w{0,1}|reporters?|papers?|tv|radio|posts?|posted|posting|shar\w{0,3}|viral|reviews?|trustpilot|yelp|google|facebook|twitter|x|tiktok|instagram|insta|reddit|youtube|videos?|online|social|groups?|pages?|forum\w{0,1}|followers|subscribers|public\w{0,3}|everyone|story|stories|screenshot\w{0,3}|record\w{0,3}|evidence|proof|chargeback\w{0,1}|dispute\w{0,1}|bank|complain\w{0,3}|report\w{0,3}|action|warn\w{0,3}|expos\w{0,3}`,
        // The matter sent or told outside, to whoever it is: "sent the whole thing to", "lodged it with", "filed on".
        String.raw`(?:sent|sending|lodged|lodging|filed|filing|notified|notifying|raised|written|writing|wrote|emailed|emailing|telling|tweeting|dropping)(?: (?:it|this|the whole thing|everything|it all|it up|in))? (?:to|with|on|against|about)`,
      ].join('|') +
      String.raw`)\b`,
  ),
};
const ZH_KIND_WORD: Record<LearnedEscalationKind, RegExp> = {
  safety:
    /伤|烫|烧|火|烟|焦|爆|炸|电到|电了|触电|漏电|电得|麻|医|病|吐|泻|呕|屙|牙|口水|精神|便秘|差点|差啲|还好|幸好|险些|疼|痛|肿|过敏|毒|危险|噎|吞|血|晕|痒|红|疹|划|割|夹|刺|扎|咳|热|急诊|急症|救护|手|脚|脸|眼|嘴|唇|皮|头|腿|胳膊|指|身|喉|肚|胃|泡|味|臭|冒|熔|融|化了|碎|玻璃|渣|异物|虫|霉|变质|呛|窒息|摔|砸|倒|压|磕|撞|掉|断|裂|鼓|漏|药|哭/,
  legal:
    /法|律|诉|告|官司|证据|消协|消保|消委|消基|消费者|12315|12345|工商|市监|市场监管|监管|局|举报|检举|投诉|曝光|媒体|记者|新闻|电视|报社|报纸|视频|抖音|微博|小红书|朋友圈|网上|上网|发帖|帖|群|评价|差评|维权|欺诈|诈骗|骗|赔偿|报警|警|截图|录音|录屏|公道|说法|仲裁|黑猫|公开|大家|曝|平台介入|银行|拒付|申诉|讨回|署|部门|审裁|调解|入禀|上庭|通报|报给|报咗|报了|直播|转发|发文|发出|发到|贴出|分享|存证|挂|粉丝|测评|爆料/,
};

/** The message names something of the kind the model reads (see the comment above). */
export function kindWordTold(text: string, lang: Lang, kind: LearnedEscalationKind): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  if (EN_KIND_WORD[kind].test(lower)) return true;
  return lang === 'zh' && ZH_KIND_WORD[kind].test(foldChinese(lower));
}

// --- Reading -------------------------------------------------------------------------------------------------------

export function probabilityOf(features: readonly string[], model: EscalationModel): number {
  let z = model.bias;
  for (const f of features) z += own(model.weights, f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface LearnedEscalation {
  kind: LearnedEscalationKind;
  probability: number;
  /** The words that weighed most toward the kind, shown as the reason. */
  evidence: string[];
}

const EVIDENCE_WORDS = 3;
/**
 * Content words a message needs before the models read it: a described escalation is a description. A word or two
 * ("where is the food court", "my lawyer?") is the rules' to read, and one strong word would decide alone.
 */
const MIN_CONTENT_WORDS = 4;

/** Too few content words (single words, not pairs) for a learned model to read: the rules' to read. */
export function tooFewContentWords(features: readonly string[]): boolean {
  return features.filter((f) => !f.includes(' ')).length < MIN_CONTENT_WORDS;
}

/** The words that weighed most toward a model's kind, shown as its evidence (character pairs without their mark). */
export function weightiestWords(features: readonly string[], model: EscalationModel): string[] {
  return features
    .filter((f) => (own(model.weights, f) ?? 0) > 0)
    .sort((a, b) => model.weights[b] - model.weights[a])
    .map((f) => (f.startsWith('c:') ? f.slice(2) : f))
    .filter((word, i, words) => words.indexOf(word) === i)
    .slice(0, EVIDENCE_WORDS);
}

/** The kinds the models read in a message above their thresholds, most likely first. */
export function learnedEscalations(text: string, lang: Lang, weights: EscalationWeights = WEIGHTS): LearnedEscalation[] {
  const features = escalationFeatures(text, lang);
  const found: LearnedEscalation[] = [];
  if (tooFewContentWords(features)) return found;
  for (const kind of LEARNED_ESCALATION_KINDS) {
    const model = weights[kind];
    const probability = probabilityOf(features, model);
    if (probability < model.threshold[lang]) continue;
    found.push({ kind, probability, evidence: weightiestWords(features, model) });
  }
  return found.sort((a, b) => b.probability - a.probability);
}

const WEIGHTS: EscalationWeights = parseEscalationWeights(shipped);
