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
 *   children's hospital", 朋友住院了 想送个果篮), a check-up booked (明天上午去医院体检 能不能下午送).
 *
 * Only the word in its role is set aside, and only when every place it stands in is such a role: the message's other
 * phrases ("caught fire", "sue you", 起诉) stand as they are. A hospital or a doctor in an errand stays an incident when
 * any word of a cause is told (hospital-mention.ts's causes: eating, using, after your…).
 */
import { EN_CAUSE, ZH_CAUSE } from './hospital-mention';
import { lawyerActs } from './lawyer-mention';
import { policeActs } from './police-mention';
import { pressActs } from './press-mention';

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
  // People and places the word qualifies: "hospital staff", "clinic waiting room".
  'staff', 'workers?', 'employees?', 'porters?', 'receptionists?', 'reception', 'car ?park', 'parking', 'canteen', 'cafe', 'gift shop',
  'pharmacy', 'waiting rooms?', 'discounts?',
  // A bank's or a shop's safeguard: "a fraud check on your side", "fraud prevention".
  'checks?', 'prevention', 'protection', 'detection', 'screening',
].join('|');
/** A word between the escalation word and its head may qualify the head ("poison ivy lotion"), not start a clause. */
const EN_NOT_QUALIFIER =
  '(?:from|of|in|on|at|to|the|a|an|and|or|came|comes|coming|was|is|were|are|everywhere|all|out|my|your|his|her|its|it|that|this|when|while|because|after|got|went|started|filled|inside)';
const EN_COMPOUND = new RegExp(String.raw`^[- ](?!${EN_NOT_QUALIFIER}\b)(?:[a-z]{2,12}[- ])?(?:${EN_HEADS})\b`);

/** A trade the rules read as an incident or a threat: who someone is. */
const EN_TRADE_WORD =
  /^(?:lawyers?|attorneys?|solicitors?|judges?|police|cops?|fire ?fighters?|firem[ae]n|paramedics?|nurses?|doctors?|journalists?|reporters?|detectives?)$/;
/** What follows "police" in a trade: "police officer", "police detective". */
const EN_TRADE_TAIL = /^ (?:officers?|detectives?|constables?|sergeants?|inspectors?|staff|dogs? handlers?)\b/;
/** Who someone is or becomes: "I'm a", "my son wants to be a", "studying to become an", "as a", "retired". */
const EN_TRADE_BEFORE = new RegExp(
  String.raw`(?:\b(?:i'm|im|i am|i was|we're|we are|(?:he|she|who|that)(?:'s| is| was)|(?:my|our|his|her) [a-z-]{1,16}(?:'s| is| was| used to be| became)|` +
    String.raw`wants? to be(?:come)?|wanted to be(?:come)?|training to be(?:come)?|studying to be(?:come)?|going to be|works? as|worked as|working as|as|become|became)` +
    String.raw` (?:a |an )?(?:[a-z-]{1,14} )?)$`,
);

/** Places the rules read as an incident or a legal matter. */
const EN_PLACE_WORD = /(?:hospital|clinic|court|courthouse|a&e|er)$/;
/** Who works there, or works there: "a judge at the county court", "I work at the clinic", "my shift in the ER". */
const EN_PLACE_BEFORE =
  /\b(?:work|works|worked|working|job|shifts?|judge|clerk|usher|nurse|doctor|receptionist|volunteers?|volunteering|based|employed) (?:at|in|for) (?:the |a |an |our |my )?(?:[a-z']{1,14} ){0,2}$/;

/** Fraud done in the shop's name by someone else: "a phishing email pretending to be you", "scam texts impersonating you". */
const EN_IMPERSONATION = /\b(?:pretending to be|impersonating|posing as|claiming to be (?:from )?|using your name|in your name|phishing)\b/;
const ZH_IMPERSONATION = /冒充|假冒|冒认|冒名|伪装成|钓鱼/;
const FRAUD_WORD = /^(?:fraud(?:ulent)?|scam(?:med|mers?)?|诈骗|欺诈)$/;

/** A get-well gift sent: "send a get well hamper", "a gift for my friend in the children's hospital". */
const EN_GIFT = /\b(?:get[- ]well|gifts?|presents?|flowers|hampers?|care package|greeting card|card)\b/;
const EN_SEND = /\b(?:send|sending|sent|deliver|delivering|ship|shipping|buy|buying|order|ordering|get|getting|gift messages?)\b/;

const ZH_HEADS =
  '(?:的)?(?:玩具|模型|积木|套装|公仔|手办|教材|考试|书|课本|资料|题库|剧|电影|游戏|短信|短讯|电话|邮件|网站|链接|信息|讯息|团伙|集团|案例|知识|宣传|片|专业|系|证|制服|色|灰|红)';
const ZH_COMPOUND = new RegExp(`^${ZH_HEADS}`);
/** 防诈骗, 反诈骗: the fight against fraud, not a fraud. */
const ZH_AGAINST = /(?:防|反|预防|防范)$/;
const ZH_TRADE_WORD = /^(?:律师|法官|警察|消防员|记者|护士|医生)$/;
/** Who someone is or means to become: 是律师, 当警察, 考律师, 准备考, 想当, 读法律. */
const ZH_TRADE_BEFORE =
  /(?:是|当|做|作为|身为|干|考|报考|想当|想做|要当|梦想是当|读|学|职业是)(?:过|了)?(?:一名|一个|一位|个|位|名)?$/;
const ZH_PLACE_WORD = /^(?:医院|诊所|法院)$/;
/** The place as the buyer or the address: 我们诊所, 给诊所开发票, 诊所想买. */
const ZH_PLACE_BEFORE = /(?:我们|我哋|我们的|本|给|俾|帮|为|替)$/;
const ZH_PLACE_AFTER = /^(?:想买|要买|需要|采购|订|开发票|的发票|的地址|的抬头|抬头|地址|收货|门口|上班|工作|的同事)/;
/** A gift sent to someone in hospital: 送个果篮, 寄礼物, 买束花. */
const ZH_GIFT = /(?:送|寄|买|订)(?:个|一个|点|些|束|份|一份|一束)?(?:果篮|水果|礼物|花|鲜花|礼盒|慰问品|卡片|贺卡|心意卡|补品)/;
/** A routine visit: a check-up, a follow-up, a vaccination. */
const ZH_ROUTINE_VISIT = /体检|复诊|复查|产检|打疫苗|打针|看牙|洗牙|挂号|门诊|预约/;
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

function englishRole(phrase: string, at: Occurrence, english: string): boolean {
  if (EN_CARE_PLACE.test(phrase) && EN_CAUSE.test(english)) return false;
  if (EN_COMPOUND.test(at.after)) return true;
  // The word is no evidence of its own acting ("a judge at the county court" names a court, it brings no case).
  if (LEGAL_TRADE_WORD.test(phrase) && legalActs(english.split(phrase).join(' '), '')) return false;
  const trade = EN_TRADE_WORD.test(phrase) && (phrase !== 'police' || EN_TRADE_TAIL.test(at.after));
  if (trade && EN_TRADE_BEFORE.test(at.before)) return true;
  if (EN_PLACE_WORD.test(phrase) && EN_PLACE_BEFORE.test(at.before)) return true;
  if (FRAUD_WORD.test(phrase) && EN_IMPERSONATION.test(english)) return true;
  if (/hospital$/.test(phrase) && EN_GIFT.test(english) && EN_SEND.test(english) && !EN_CAUSE.test(english)) return true;
  return false;
}

function chineseRole(phrase: string, at: Occurrence, chinese: string): boolean {
  if (ZH_CARE_PLACE.test(phrase) && ZH_CAUSE.test(chinese)) return false;
  if (ZH_COMPOUND.test(at.after)) return true;
  if (FRAUD_WORD.test(phrase) && (ZH_AGAINST.test(at.before) || ZH_IMPERSONATION.test(chinese))) return true;
  if (LEGAL_TRADE_WORD.test(phrase) && legalActs('', chinese.split(phrase).join('，'))) return false;
  if (ZH_TRADE_WORD.test(phrase) && ZH_TRADE_BEFORE.test(at.before)) return true;
  if (ZH_PLACE_WORD.test(phrase) && (ZH_PLACE_BEFORE.test(at.before) || ZH_PLACE_AFTER.test(at.after))) return true;
  if (/住院|入了?医院|进了?医院|医院/.test(phrase) && ZH_GIFT.test(chinese)) return true;
  if (ZH_VISIT_WORD.test(phrase) && (ZH_ROUTINE_VISIT.test(chinese) || ZH_AHEAD.test(chinese)) && ZH_DELIVERY.test(chinese)) return true;
  return false;
}

/** The phrase names something in every place it stands (see the file's comment). */
function inRoleEverywhere(phrase: string, english: string, chinese: string): boolean {
  const chineseWord = /[\u4e00-\u9fff]/.test(phrase);
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
