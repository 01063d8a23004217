/**
 * Repeated contact told as a series rather than with a count: the customer lists the occasions and lets them speak.
 *
 * - Several ticket or case numbers about one matter: "ticket 20931, 20977, 21003. same problem", 工单号 3321、3356、3402.
 *   Order numbers are orders, not contacts ("order 1182 and 1190, can they ship together").
 * - The shop's same words quoted twice: "From your email on 3 March: 'dispatched within 48 hours.' From your email on
 *   17 March: 'dispatched within 48 hours.'" (six words or more, said twice; 同一句回复贴了两遍).
 * - A promise chased from day to day, told by ellipsis: "You promised me a callback on Monday. And on Wednesday. It's
 *   Friday.", "promised Monday, then Wednesday, now Friday". A schedule is no series ("you said it would ship Wednesday
 *   and arrive Friday"): the later days stand alone, as the promise again.
 *
 * Read in code over the normalised text (no pattern spans the series, so none can backtrack on it).
 */

// --- Ticket numbers ------------------------------------------------------------------------------------------------

const EN_TICKET_WORD = /\b(?:tickets?|cases?|case (?:numbers?|refs?|ids?)|refs?|references?|reference numbers?|complaints?|complaint numbers?|incidents?|enquir(?:y|ies)|quer(?:y|ies)|request numbers?)\b/g;
const ZH_TICKET_WORD = /工单|投诉单|投诉编号|案件编号|案件号|服务单|受理单|受理号|申诉单|客服单|ticket/g;
/** A reference: digits, with a short prefix ("#20931", "CS-20931", "cs20931"). */
const REFERENCE = /#?(?:[a-z]{1,4}-?)?[0-9]{3,12}\b/g;
const ZH_REFERENCE = /[a-z]{0,4}-?[0-9]{3,12}/g;
/** How far after the word its numbers may run. */
const LIST_REACH = 80;

function ticketList(text: string, word: RegExp, reference: RegExp, stop: RegExp): string | undefined {
  for (const match of text.matchAll(word)) {
    const start = (match.index ?? 0) + match[0].length;
    let after = text.slice(start, start + LIST_REACH);
    const end = after.search(stop);
    if (end >= 0) after = after.slice(0, end);
    const references = new Set([...after.matchAll(reference)].map((m) => m[0].replace(/^#/, '')));
    if (references.size >= 2) return `${match[0]}${after}`.trim();
  }
  return undefined;
}

// --- The same words quoted twice -----------------------------------------------------------------------------------

/** Words repeated in one message that make a quotation, not an echo ("really really"). */
const QUOTED_WORDS = 6;
/** Characters repeated in a Chinese message that make a quotation. */
const QUOTED_HAN = 8;
/** The repeat is the shop's words: something it said or sent. */
const EN_THEIR_WORDS = /\b(?:you (?:said|wrote|told|replied|promised|emailed|messaged|assured)|your (?:email|e-mail|message|reply|letter|agent|colleague)|(?:email|e-mail|message|reply|letter) (?:on|from|dated)|they (?:said|wrote|told|replied)|(?:was|were) told|quote)\b/;
const ZH_THEIR_WORDS = /你们说|你们回复|你们答复|客服说|客服回复|回复说|答复说|邮件|短信|承诺|保证|说的是|原话|你哋话|客服话/;

function repeatedWords(english: string): string | undefined {
  const words = english.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const seen = new Map<string, number>();
  for (let i = 0; i + QUOTED_WORDS <= words.length; i++) {
    const gram = words.slice(i, i + QUOTED_WORDS).join(' ');
    const first = seen.get(gram);
    if (first === undefined) seen.set(gram, i);
    else if (i - first >= QUOTED_WORDS) {
      let length = QUOTED_WORDS;
      while (i + length < words.length && words[first + length] === words[i + length] && first + length < i) length++;
      return words.slice(i, i + length).join(' ');
    }
  }
  return undefined;
}

function repeatedHan(chinese: string): string | undefined {
  const han = chinese.replace(/[^\p{Script=Han}0-9a-z]/gu, '');
  const seen = new Map<string, number>();
  for (let i = 0; i + QUOTED_HAN <= han.length; i++) {
    const gram = han.slice(i, i + QUOTED_HAN);
    const first = seen.get(gram);
    if (first === undefined) seen.set(gram, i);
    else if (i - first >= QUOTED_HAN) return gram;
  }
  return undefined;
}

// --- A promise from day to day -------------------------------------------------------------------------------------

// The promise told with a word between ("you already told me", "you guys said"): the shop's word all the same.
const EN_PROMISE = /\b(?:promis(?:e|ed|es|ing)|assured|guaranteed|(?:you|you guys|they|he|she|someone|somebody)(?: (?:already|just|also|even|literally|clearly|first))? (?:said|told (?:me|us))|call ?back|ring ?back|get back to me|would (?:call|ring|email|phone)|(?:called|rang|phoned|emailed|chased|chatted|messaged|wrote|written|contacted))\b/;
const EN_DAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the [0-9]{1,2}(?:st|nd|rd|th)|[0-9]{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6} [0-9]{1,2}(?:st|nd|rd|th)?)`;
/** A day standing alone as the promise again: "And on Wednesday.", "then again on the 10th", "and Wednesday too". */
const EN_DAY_AGAIN = new RegExp(
  String.raw`(?:^|[.;!?] )(?:and|then|and then|and again|again)(?: again)?,? (?:on |by |for )?${EN_DAY}(?: too| again| as well)?(?:[.;!?]|$)`,
);
/** Days in a row with the present last: "Monday, then Wednesday, now Friday". */
const EN_DAYS_THEN_NOW = new RegExp(String.raw`\b${EN_DAY},? (?:then|and then) (?:on )?${EN_DAY},? (?:and )?(?:now|today)\b`);
/**
 * Three days or dates in a row, each the promise or the contact again: "a call back on Monday, then Wednesday, then
 * Friday", "I wrote to you on 3 March, 10 March and 18 March". A schedule names two ("ship Wednesday and arrive Friday").
 */
const EN_THREE_DAYS = new RegExp(
  String.raw`\b${EN_DAY}(?:, | (?:and|then) |, (?:and|then) |, and then )(?:on )?${EN_DAY}(?:, | (?:and|then) |, (?:and|then) |, and then )(?:on )?${EN_DAY}\b`,
);

/** The series of contacts in a message (normalised English and Chinese), as their evidence. */
export function contactSeries(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    // A list told by ellipsis runs on past a full stop ("ticket 88213. and 88455. and 88790."): a sentence that is only
    // another reference, with "and" or "also" before it, still belongs to the list.
    const tickets = ticketList(english, EN_TICKET_WORD, REFERENCE, /[!?;]|\.(?! ?(?:and |also |plus |& )?#?(?:[a-z]{1,4}-?)?[0-9]{3})|\b(?:order|orders|item|items)\b/);
    if (tickets) found.push(tickets);
    const quoted = EN_THEIR_WORDS.test(english) ? repeatedWords(english) : undefined;
    if (quoted) found.push(`${quoted} (twice)`);
    if (EN_PROMISE.test(english)) {
      const series = EN_DAY_AGAIN.exec(english) ?? EN_DAYS_THEN_NOW.exec(english) ?? EN_THREE_DAYS.exec(english);
      if (series) found.push(series[0].replace(/^[.;!?] /, '').trim());
    }
  }
  if (chinese) {
    const tickets = ticketList(chinese, ZH_TICKET_WORD, ZH_REFERENCE, /[。！？!?]|订单/);
    if (tickets) found.push(tickets);
    const quoted = ZH_THEIR_WORDS.test(chinese) ? repeatedHan(chinese) : undefined;
    if (quoted) found.push(`${quoted}（两次）`);
  }
  return found;
}
