/**
 * A case supposed, not told: the clause of a condition whose event has not happened ("what if the lamp catches fire",
 * "can I claim on the warranty if the battery swells", "would I be able to sue if a product injured me", "in case the
 * heater overheats", 如果充电宝鼓包了 你们保修吗, 万一插座短路了, 要是孩子被划伤了). The safety and legal readers read the
 * words of an incident wherever they stand; inside such a clause they name what the customer asks about, not what
 * happened to them.
 *
 * The reader knows no harm words: it reads the clause's structure.
 *
 * - English: a condition opens on "if", "what if", "in case", "in the event", "suppose", "assuming", "hypothetically",
 *   a clause-initial "say" or "should it…", and runs to the end of its clause (a mark of punctuation, or the main
 *   clause's inverted question: "…would the warranty cover it", "…will it shock her"). An "if" after a verb of knowing
 *   ("not sure if", "can you check if") is an embedded question, and "as if" a comparison: neither supposes.
 *   The condition tells rather than supposes when it says when or that it happened before (again, still, already,
 *   yesterday, last night, just now), when it is progressive ("if my charger is smoking" may be happening now) or
 *   perfect ("if he has swallowed it"), or past with no counterfactual main clause ("what should I do if my son
 *   swallowed a magnet" is a worry about now; "would I be able to sue if a product injured me" supposes). A plain "if"
 *   supposes when its verb is in the simple present ("if the battery swells", "if my kid swallows a piece", "if I get
 *   burned"), a mark of a case imagined ("ever", "were to", "happens to", "turns out"), or the subject is anything
 *   indefinite ("if a product is unsafe"); the other openers suppose by themselves unless the clause tells.
 * - Chinese: a condition opens on 如果, 要是, 假如, 假设, 万一, 若是, 倘若 and runs to the next mark of punctuation, to 的话,
 *   or to the main clause's first word of asking or of the shop (你们, 怎么, 能, 可以, 会, 算, 保修, 负责, 赔…): the
 *   folded text has no spaces to part clauses. A condition that tells (又, 已经, 刚才, 昨天, 上次, 现在, 正在, 一直) supposes
 *   nothing.
 *
 * Callers drop a phrase only when every place it stands lies inside a supposed clause and the message asks: "my kid
 * swallowed a magnet, what if it gets stuck?" keeps the swallowing, told outside.
 */
import { rememberRecent } from '../../../contracts';

export type Span = readonly [number, number];

// --- English -------------------------------------------------------------------------------------------------------

/** Openers of a condition; group 1 is the opener. */
const EN_OPENER =
  /(?:^|[^a-z'])(what if|if|in case(?: of)?|in the event(?: that| of)?|suppose|supposing|assuming|hypothetically,? if|hypothetically)\s/g;
/** A clause-initial "say" or "should" that supposes: "say the box gets lost", "should it ever overheat". */
const EN_OPENER_INVERTED = /(?:^|[.,;:!?]\s?)(say|should)\s(?=(?:the|a|an|my|it|one|anything|something|someone|they|i|we|you)\b)/g;
/** An "if" that asks whether (an embedded question), or compares ("as if"). */
const EN_NOT_CONDITION =
  /\b(?:as|know|knows|knew|sure|unsure|check|checking|checked|see|seeing|wonder|wondering|wondered|ask|asking|asked|tell me|find out|confirm|idea|curious|clue|whether|even)\s(?:you\s|me\s|to\s|really\s|just\s)?$/;
/** Where a condition ends: a mark of punctuation, or the main clause's inverted question or question word. */
const EN_CLAUSE_END =
  /[,.;:!?\n]|\s(?=(?:would|will|can|could|should|shall|may|might|do|does|did|is|are)\s(?:i|you|we|they|it|he|she|the|your|that|this|there|u)\b)|\s(?=(?:who|what|how|where|when|then|whom|which|pls|please|otherwise|or else)\b)|\s(?=(?:i'll|i will|i'm|im|i am|i'd|i shall|we'll|we will|we're|we are|you'll|they'll|it'll|i'm gonna|ill)\s)/;
const EN_REACH = 100;

/** The condition tells: when, or that it happened before, or is happening now. */
const EN_TELLS =
  /\b(?:again|still|already|anymore|any more|yesterday|today|tonight|last (?:night|week|time|month|year)|this (?:morning|afternoon|evening|week)|earlier|ago|just now|right now|currently|at the moment)\b/;
/** Progressive or perfect: "is smoking", "has swallowed", "'ve been". */
const EN_PROGRESSIVE = /\b(?:is|are|am|was|were|'s|'re|'m|keeps?|kept)\s(?:still\s|now\s|currently\s|just\s)?[a-z]{2,}ing\b/;
const EN_IRREGULAR_PAST =
  'caught|broke|broken|blew|blown|burnt|fell|fallen|bit|bitten|ate|eaten|drank|drunk|threw|thrown|went|gone|came|took|taken|got|gotten|stung|spilt|froze|frozen|tore|torn|wore|shook|stuck|split|lit|spat|made|gave|given|did|done|ran|swam|sank|sunk|stole|stolen|hit';
const EN_PERFECT = new RegExp(String.raw`\b(?:has|have|had|'s|'ve|'d)\s(?:just\s|already\s|now\s|actually\s)?(?:been|[a-z]{2,}ed|${EN_IRREGULAR_PAST})\b`);
/** A verb in the past: "-ed" or irregular, not a participle after a copula or "get" ("gets burned", "arrives damaged"). */
const EN_PAST = new RegExp(String.raw`\b(?:[a-z]{2,}ed|${EN_IRREGULAR_PAST}|was|were|had)\b`, 'g');
const EN_PARTICIPLE_BEFORE =
  /\b(?:is|are|am|be|been|being|get|gets|getting|arrive|arrives|come|comes|become|becomes|seem|seems|look|looks|feel|feels|stay|stays|remain|remains|turn up|turns up|show up|shows up|the|a|an|my|your|our|his|her|their|its|this|that|any|some|to|were|was|be)\s$/;
/** A case imagined: "ever", "were to", "happens to", "turns out". */
const EN_IMAGINED = /\b(?:ever|were to|was to|should|happens? to|turns? out|were|would)\b/;
/** A subject that is anything at all: "a product", "any of your chargers", "something", "one of them". */
const EN_INDEFINITE = /^(?:a|an|any|some|something|anything|someone|anyone|somebody|anybody|one|one of|either|products?|items?|things?|goods)\b/;
/** A verb in the simple present after its subject: "the battery swells", "i get", "they break". */
const EN_PRESENT_S =
  /(?<!\b(?:a|an|the|my|your|our|his|her|their|its|this|that|these|those|some|any|two|three|few|many|all|of|no|new|old|kid's|son's|daughter's)\s)\b(?!(?:is|was|has|does|this|his|its|always|perhaps|sometimes|less|yes|plus|thus|towards|afterwards|whereas|unless|parts|pieces|items|kids|chargers|batteries|products|things|goods|glasses|clothes|shoes|toys)\b)[a-z]{2,}(?:[^su's]s|es)\b/;
const EN_PRONOUN_PRESENT = /^(?:i|you|we|they|u)\s(?!(?:was|were|had|did|got|went|came|[a-z]{2,}ed)\b)[a-z]{2,}\b/;
const EN_COPULA_PRESENT = /\b(?:is|are|am|'s|'re|does|do|can|will|gets|goes)\b/;
/** A counterfactual main clause: "would I be able to", "could I", "might it". */
const EN_COUNTERFACTUAL = /\b(?:would|could|might|'d)\b/;

function pastTold(condition: string): boolean {
  for (const match of condition.matchAll(EN_PAST)) {
    if (/^(?:was|were)$/.test(match[0]) && /^\s(?:to|ever)\b/.test(condition.slice(match.index + match[0].length))) continue;
    if (!EN_PARTICIPLE_BEFORE.test(condition.slice(Math.max(0, match.index - 24), match.index))) return true;
  }
  return false;
}

function englishSupposes(opener: string, condition: string, sentence: string): boolean {
  const clause = condition.trim();
  if (EN_TELLS.test(clause) || EN_PROGRESSIVE.test(clause) || EN_PERFECT.test(clause)) return false;
  const strong = opener !== 'if';
  const past = pastTold(clause);
  // "would I be able to sue if a product injured me": a past in the condition supposes only beside a counterfactual.
  if (past) return EN_COUNTERFACTUAL.test(sentence.replace(condition, ' ')) || /\bwere to\b/.test(clause);
  if (strong || EN_IMAGINED.test(clause)) return true;
  if (EN_PRESENT_S.test(clause) || EN_PRONOUN_PRESENT.test(clause)) return true;
  return EN_INDEFINITE.test(clause) && EN_COPULA_PRESENT.test(clause);
}

function englishSpans(english: string): Span[] {
  const spans: Span[] = [];
  const openers = [...english.matchAll(EN_OPENER), ...english.matchAll(EN_OPENER_INVERTED)];
  for (const match of openers) {
    const opener = match[1];
    const openerAt = match.index + match[0].lastIndexOf(opener);
    if (opener === 'if' && EN_NOT_CONDITION.test(english.slice(Math.max(0, openerAt - 30), openerAt))) continue;
    const start = openerAt + opener.length + 1;
    const rest = english.slice(start, start + EN_REACH);
    const end = rest.search(EN_CLAUSE_END);
    const condition = end < 0 ? rest : rest.slice(0, end);
    if (condition.trim().length < 3) continue;
    const sentenceStart = Math.max(0, ...['.', '!', '?', '\n'].map((m) => english.lastIndexOf(m, openerAt) + 1));
    const sentenceEndAt = english.slice(start).search(/[.!?\n]/);
    const sentence = english.slice(sentenceStart, sentenceEndAt < 0 ? english.length : start + sentenceEndAt);
    if (englishSupposes(opener === 'say' || opener === 'should' ? 'say' : opener, condition, sentence)) spans.push([start, start + condition.length]);
  }
  return spans;
}

// --- Chinese -------------------------------------------------------------------------------------------------------

const ZH_OPENER = /如果说?|要是|假如|假设|假使|万一|若是|倘若|如若/g;
/** Where a condition ends in the folded text: a mark, 的话, or the main clause's first word of asking or of the shop. */
const ZH_CLAUSE_END =
  /[，,。！!？?；;：:\s]|的话|你们|你哋|你|贵店|怎么|怎样|如何|点样|点算|谁|边个|能|可以|可唔可以|可不可以|会|算|该|应该|要不要|需不需要|有没有|有冇|是不是|保修|保固|包修|包换|负责|赔|管|处理|还能|还可以/;
const ZH_REACH = 24;
/** The condition tells: again, already, just now, yesterday, last time, now, ongoing. */
const ZH_TELLS = /又|再次|已经|已|刚才|刚刚|昨天|昨晚|前天|上次|上回|现在|正在|一直|今天|今早|而家|琴日|尋日|寻日/;

function chineseSpans(chinese: string): Span[] {
  const spans: Span[] = [];
  for (const match of chinese.matchAll(ZH_OPENER)) {
    const start = match.index + match[0].length;
    const rest = chinese.slice(start, start + ZH_REACH);
    // The first word of the main clause, after at least one character of the condition's own.
    const end = rest.slice(1).search(ZH_CLAUSE_END);
    const condition = end < 0 ? rest : rest.slice(0, end + 1);
    if (condition.length < 2 || ZH_TELLS.test(condition)) continue;
    spans.push([start, start + condition.length]);
  }
  // A condition with no opener, closed by 的话: 问题一直没解决的话 升级是怎么个流程, 孩子误吞的话 要怎么办. 的话 closes a supposed
  // case, so words that would tell (一直, 已经) suppose with it; not the words said (你说的话, 客服讲的话).
  for (const match of chinese.matchAll(/的话/g)) {
    const end = match.index;
    if (ZH_WORDS_SAID.test(chinese.slice(Math.max(0, end - 2), end))) continue;
    let start = end;
    while (start > 0 && end - start < ZH_REACH && !ZH_MARK.test(chinese[start - 1])) start--;
    if (end - start < 2 || spans.some(([from, to]) => from <= start && end <= to + 2)) continue;
    spans.push([start, end]);
  }
  return spans;
}

const ZH_MARK = /[，,。！!？?；;：:\s]/;
/** 的话 as the words someone said: 说的话, 讲过的话, 你们的话 (of a person). */
const ZH_WORDS_SAID = /(?:说|讲|话|问|答|骂|听|讲过|说过|你们|你哋|客服)$/;

// --- Shared --------------------------------------------------------------------------------------------------------

/** The supposed clauses of a message (English normalised; Chinese folded, lower case), read once per message. */
const englishSpansOnce = rememberRecent(4, englishSpans);
const chineseSpansOnce = rememberRecent(4, chineseSpans);
export function supposedSpans(text: string, chinese: boolean): Span[] {
  return chinese ? chineseSpansOnce(text) : englishSpansOnce(text);
}

/** Every place the phrase (its parts, for "a … b" evidence) stands lies inside a supposed clause of the text. */
export function liesInSupposition(text: string, phrase: string, chinese: boolean): boolean {
  const spans = supposedSpans(text, chinese);
  if (spans.length === 0) return false;
  const parts = phrase.split('…').map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    let any = false;
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      any = true;
      if (!spans.some(([start, end]) => start <= at && at + part.length <= end)) return false;
    }
    return any;
  });
}

/** The text with its supposed clauses blanked out: what the message tells outside them. */
export function withoutSupposedClauses(text: string, chinese: boolean): string {
  const spans = supposedSpans(text, chinese);
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < from) continue;
    out += `${text.slice(from, start)} `;
    from = end;
  }
  return out + text.slice(from);
}
