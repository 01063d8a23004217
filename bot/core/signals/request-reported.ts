import type { AgentRequestResult } from './agent-request';
import { foldChinese } from '../../../knowledge/text';
import { EN_CIRCLE } from './third-party';
import { EN_RESOLVED, ZH_RESOLVED } from '../resolved-thanks';

/**
 * Words that are someone else's, reported and then set aside by the customer: a request for a person ("my son says i
 * should 'speak to the manager' about shipping costs haha but really how much is shipping to Leeds", 我妈说要找你们经理投诉
 * 运费太贵哈哈，其实我只想知道运费多少), and a claim or a threat of the same kind (legal words, an insult, a report to a
 * regulator: "my coworker said your store is a scam but i dont believe her. do you accept apple pay", 隔壁同事在说要告某个
 * 外卖平台 跟我没关系哈 我想问下运费怎么算, 我朋友说投诉到12315很有用 不过我只是想问下退货运费谁出, Cantonese 我老闆講佢要告個
 * 供應商 唔關我事; traditional script is folded before it is read). The words are the reporter's; the customer laughs them
 * off, disowns them (not my business, 跟我没关系, 我不信) or turns from them ("but", "anyway", 其实, 不过) and asks something
 * of their own.
 *
 * The reading is of three parts: what the customer says before the reporter (no such words of their own there), the
 * report up to the first laugh, disclaimer or turn after it (where the words stand), and what follows (none of them, no
 * word taking the report up — "and I will", "she's right", 我也要, 确实, 说得对 — and something of the customer's own: a
 * few words at least). A request made again after the turn ("my wife says ask for a manager haha, she's right, get me
 * one") stands, and so does a report with nothing after it ("my husband told me to ask for a human", 我老公说要去消协投诉你们).
 * A claim or a threat is set aside only when the customer plainly distances themself (a laugh, a disclaimer, "anyway",
 * 只是想问): a bare "but" after "my husband says you are scammers" may go on with the customer's own grievance.
 */
const EN_REPORTER_PEOPLE =
  `(?:${EN_CIRCLE.slice(3, -1)}|friend|friends|mate|mates|colleague|colleagues|coworker|coworkers|co-worker|co-workers|bff|bestie|other half|hubby|missus|aunt|uncle|cousin|teacher|mother-in-law|sister-in-law|classmate|buddy|pal)`;
const EN_REPORTER_VERB =
  '(?:(?:just|always|even|also|literally|once) )?(?:says|said|reckons|reckoned|thinks|thought|told me|tells me|keeps (?:telling|saying|on at)|kept (?:telling|saying)|is (?:telling|saying)|was (?:telling|saying)|were (?:saying|telling)|wants me|wanted me|insists|insisted|suggested|suggests|goes|claims|claimed)';
const EN_REPORTER = new RegExp(
  String.raw`\b(?:(?:(?:my|our|a) (?:[a-z]{1,10} )?${EN_REPORTER_PEOPLE}|everyone|everybody|some people|people online|someone|somebody)(?: (?:at|from) (?:work|school|the office|uni))? ${EN_REPORTER_VERB}\b|\bi (?:heard|was told) (?:from|by) (?:my|a) (?:[a-z]{1,10} )?${EN_REPORTER_PEOPLE}\b)`,
);
/** A laugh or a turn that sets the report aside: "haha", "lol", "but really", "anyway". */
const EN_SET_ASIDE =
  /(?:^|[\s,.;:!?'"”)])(?:lol|lmao|rofl|haha\w{0,6}|hah|hehe\w{0,4}|but|anyway|anyways|jk|honestly|tbh|not my (?:business|problem|concern|issue|circus)|none of my business|nothing to do with me|(?:that )?(?:doesn't|does not|dont|don't) (?:concern|involve|affect) me|i (?:don't|dont|do not|didn't|didnt) (?:believe|buy|agree|think so)|i doubt (?:it|that))(?=$|[\s,.;:!?'"“(])|😂|🤣/g;
/** The customer plainly distancing themself from the report: a laugh, a disclaimer, "anyway". */
const EN_DISTANCED =
  /(?:^|[\s,.;:!?'"”)])(?:lol|lmao|rofl|haha\w{0,6}|hehe\w{0,4}|anyway|anyways|jk|not my (?:business|problem|concern|issue|circus)|none of my business|nothing to do with me|(?:doesn't|does not|dont|don't) (?:concern|involve|affect) me|i (?:don't|dont|do not|didn't|didnt) (?:believe|buy|agree|think so)|i doubt (?:it|that)|i (?:just|only) (?:want|wanted|need|needed) to (?:ask|know|check)|(?:just|only) (?:asking|wondering|checking)|quick question)(?=$|[\s,.;:!?'"“(])|😂|🤣/;
/** The customer taking the report up: "and I will", "she's right", "I agree", "me too". */
const EN_TAKEN_UP =
  /\b(?:i (?:will|shall)(?: too| do (?:it|that))?(?=$|[.,;!])|i'll do (?:it|that)|i (?:agree|totally agree|think so too|do too)|(?:she|he|they)(?:'s|'re| is| are) (?:right|correct|not wrong)|(?:she|he|they) (?:has|have) a point|me too|so (?:will|do|am) i|same here|i believe (?:her|him|them|it))\b/;

const ZH_REPORTER_PEOPLE =
  '(?:阿公|阿婆|阿嬷|阿嫲|阿爷|爷爷|奶奶|外公|外婆|姥姥|姥爷|老豆|老母|妈妈|爸爸|老妈|老爸|阿妈|阿爸|妈|爸|老公|老婆|儿子|女儿|朋友|同事|老板|老细|上司|男朋友|女朋友|男友|女友|室友|家人|哥哥|姐姐|弟弟|妹妹|孩子|闺蜜|邻居|同学|表姐|表哥|表妹|表弟|堂姐|堂哥|亲戚|老师|婆婆|岳母|舅舅|阿姨|叔叔|网友|大家|别人|人家|有人)';
const ZH_REPORTER = new RegExp(
  `(?:^|[，,。！!？?\\s我的家听壁下边班上])${ZH_REPORTER_PEOPLE}(?:一直|总是|老是|都|也|还|非|在|正在|刚刚|刚才|刚|今天|昨天|成日|又)?(?:说|讲|话|叫我|让我|劝我|要我|建议|觉得|认为)`,
);
const ZH_SET_ASIDE =
  /哈{2,8}|呵呵|嘻嘻|笑死|h{3,8}|2333|其实|不过|但是|开玩笑|说笑|算了|lol|😂|🤣|(?:跟|和|与|同)我(?:没|无|冇)(?:有)?(?:什么|乜)?关系?|(?:跟|和|与|同)我无关|不关我(?:的)?事|唔关我事|我(?:不|唔)(?:太)?(?:信|相信|同意|觉得)|(?:只是(?:想)?|只想|就想|就|只|顺便|差点忘了)问/g;
const ZH_DISTANCED =
  /哈{2,8}|呵呵|嘻嘻|笑死|h{3,8}|2333|开玩笑|说笑|(?:跟|和|与|同)我(?:没|无|冇)(?:有)?(?:什么|乜)?关系?|(?:跟|和|与|同)我无关|不关我(?:的)?事|唔关我事|我(?:不|唔)(?:太)?(?:信|相信|同意|觉得)|(?:只是(?:想)?|只想|就想|就|只|顺便|差点忘了)问|lol|😂|🤣/;
const ZH_TAKEN_UP = /我(?:也|都)(?:要|会|觉得|这么|这样|认为|同意|支持|是|被|遇到|中招)|确实|的确|果然|没错|说得对|讲得啱|有道理|同意|我支持|我赞成|真的是|我(?:要|会|就)(?:去)?(?:告|起诉|投诉|举报)/;

/** Words of the customer's own after the turn: a few English words, or a few Han characters. */
function saysSomething(after: string, chinese: boolean): boolean {
  return chinese ? (after.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4 : after.split(/[^a-z0-9']+/).filter((w) => w.length > 0).length >= 3;
}

/** Where the report starts, and the turn that sets it aside, when the message reports someone and turns from it. */
interface ReportCut {
  reporterAt: number;
  turnAt: number;
  turnEnd: number;
  /** The customer plainly distances themself after the reporter (a laugh, a disclaimer, "anyway", 只是想问). */
  distanced: boolean;
}

function reportCut(lower: string, chinese: boolean): ReportCut | undefined {
  const reporter = (chinese ? ZH_REPORTER : EN_REPORTER).exec(lower);
  if (!reporter) return undefined;
  const reportFrom = reporter.index + reporter[0].length;
  const pattern = new RegExp((chinese ? ZH_SET_ASIDE : EN_SET_ASIDE).source, 'g');
  pattern.lastIndex = reportFrom;
  const turn = pattern.exec(lower);
  if (!turn) return undefined;
  const after = lower.slice(turn.index + turn[0].length);
  if (!saysSomething(after, chinese) || (chinese ? ZH_TAKEN_UP : EN_TAKEN_UP).test(after)) return undefined;
  const distanced = (chinese ? ZH_DISTANCED : EN_DISTANCED).test(lower.slice(reportFrom));
  return { reporterAt: reporter.index, turnAt: turn.index, turnEnd: turn.index + turn[0].length, distanced };
}

/**
 * Whether the message reports someone else's words and turns from them to something of its own: closeness to the article
 * about reaching a person (turn-signals.ts) is then the report's, not a request.
 */
export function reportsAndTurns(text: string, chinese: boolean): boolean {
  return reportCut(text.normalize('NFKC').toLowerCase(), chinese) !== undefined;
}

export function withoutReportedRequest(
  request: AgentRequestResult,
  text: string,
  chinese: boolean,
  detect: (text: string) => AgentRequestResult,
): AgentRequestResult {
  if (!request.requested) return request;
  const lower = text.normalize('NFKC').toLowerCase();
  const cut = reportCut(lower, chinese);
  // An account of the old days before a question of the customer's own (withoutReportedAccount).
  if (!cut) return withoutReportedAccount(request, text, chinese, detect);
  const report = lower.slice(0, cut.turnAt);
  const after = lower.slice(cut.turnEnd);
  if (detect(lower.slice(0, cut.reporterAt)).requested || detect(after).requested) return request;
  // The request stands in the report, or is read only from the whole message (a described one) that the customer
  // plainly set aside: 隔壁同事在说要告某个外卖平台 跟我没关系哈 我想问下运费怎么算.
  if (!detect(report).requested && !cut.distanced) return request;
  return { requested: false, evidence: [] };
}

/**
 * An account of how things were or are in general, reported from someone else, before a question of the customer's own:
 * 我阿公说以前买东西都可以直接找老板 你们营业时间是几点, 我阿妈话以前买嘢可以同老板倾价 你哋有冇价保, "my grandpa says
 * back in the day you could always ask for the manager, what are your opening hours". The words of the request tell the
 * old days (以前, 那时候, 从前, 小时候, "back in the day", "used to") or a habit (都可以, 都会, "could always"): an account,
 * not the customer's request now. Read only when the report's clause ends before the question, nothing after it asks
 * for a person or takes the account up (我也要, "so get me one"), turns back to now or names the person again (现在怎么找,
 * 你们老板在吗), and the customer asks something there.
 */
const EN_GENERAL =
  /\b(?:back in the day|back then|in the old days|in (?:his|her|their|my|the) day|used to|years ago|in the past|when (?:he|she|they) (?:was|were) (?:young|little|a kid|kids)|(?:you )?could always|(?:you|people) (?:would|'d) always)\b/;
const ZH_GENERAL = /以前|那时候|那时|从前|小时候|过去|当年|以往|早年|旧时|往时|(?:都|总|一向|向来|通常)(?:可以|会|能|系|是)/;
const EN_OWN_QUESTION = /\?|(?:^|[.,;:!] ?)(?:how|what|whats|what's|where|when|which|who|can|could|may|do|does|is|are|will|would|any)\b/;
// A question by its particle, its question word, or as A-not-A (开不开, 有冇, 得唔得).
const ZH_OWN_QUESTION = /[?？吗呢嘛]|请问|想问|几点|几时|几天|多久|多长|多少|几多|什么|啥|乜|咩|怎么|怎样|如何|点样|边度|哪|是否|能否|有冇|([\u4e00-\u9fff])[不唔冇没]\1/;
/**
 * The question turned back to the person or to now: "how do I do that now", 你们老板在吗, 现在怎么找. The customer asks
 * for what the account told of, and the request stands.
 */
const EN_NOW_OR_PERSON =
  /\b(?:now|nowadays|these days|today|anymore|any more|still|manager|managers|human|humans|person|people|agent|agents|owner|boss|supervisor|someone|somebody|staff|rep|representative)\b/;
const ZH_NOW_OR_PERSON = /现在|如今|这次|今次|而家|依家|宜家|还(?:可以|能|会|有)|仲(?:可以|有|得)|老板|老细|经理|店长|人工|客服|真人|主管|负责人|店主|员工|职员/;
const EN_CLAUSE_END = /[.,;!?]|\s(?=(?:and|so|but|then) )/g;
const ZH_CLAUSE_END = /[\s，,。！!？?；;、]/g;

export function withoutReportedAccount(
  request: AgentRequestResult,
  text: string,
  chinese: boolean,
  detect: (text: string) => AgentRequestResult,
): AgentRequestResult {
  if (!request.requested) return request;
  const lower = (chinese ? foldChinese(text.normalize('NFKC')) : text.normalize('NFKC')).toLowerCase();
  const reporter = (chinese ? ZH_REPORTER : EN_REPORTER).exec(lower);
  if (!reporter) return request;
  const reportFrom = reporter.index + reporter[0].length;
  const general = (chinese ? ZH_GENERAL : EN_GENERAL).exec(lower.slice(reportFrom));
  if (!general || detect(lower.slice(0, reporter.index)).requested) return request;
  const generalEnd = reportFrom + general.index + general[0].length;
  // The report's clause ends at the first boundary after the account where its words read as a request.
  const ends = new RegExp((chinese ? ZH_CLAUSE_END : EN_CLAUSE_END).source, 'g');
  ends.lastIndex = generalEnd;
  for (let end = ends.exec(lower), tries = 0; end && tries < 8; end = ends.exec(lower), tries += 1) {
    if (!detect(lower.slice(0, end.index)).requested) continue;
    const after = lower.slice(end.index);
    const ownQuestion = (chinese ? ZH_OWN_QUESTION : EN_OWN_QUESTION).test(after);
    if (!ownQuestion || !saysSomething(after, chinese) || detect(after).requested || (chinese ? ZH_TAKEN_UP : EN_TAKEN_UP).test(after)) return request;
    if ((chinese ? ZH_NOW_OR_PERSON : EN_NOW_OR_PERSON).test(after)) return request;
    return { requested: false, evidence: [] };
  }
  return request;
}

/** Every place a phrase stands in the text (at most a few). */
function placesOf(phrase: string, text: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0 && places.length < 8; at = text.indexOf(phrase, at + Math.max(1, phrase.length))) places.push(at);
  return places;
}

/**
 * The claims or threats read (legal words, an insult, a complaint) without those standing only inside a report the
 * customer plainly set aside (see the file's comment). `english` and `chinese` are the texts the phrases were read in.
 */
export function withoutReportedWords(found: readonly string[], english: string, chinese: string): string[] {
  if (found.length === 0) return [...found];
  const cuts = { en: english ? reportCut(english, false) : undefined, zh: chinese ? reportCut(chinese, true) : undefined };
  if (!cuts.en?.distanced && !cuts.zh?.distanced) return [...found];
  return found.filter((phrase) => {
    const chineseWord = /[\u4e00-\u9fff]/.test(phrase);
    const cut = chineseWord ? cuts.zh : (cuts.en ?? cuts.zh);
    const text = chineseWord || !cuts.en ? chinese : english;
    if (!cut?.distanced) return true;
    const places = placesOf(phrase, text);
    return places.length === 0 || !places.every((at) => at >= cut.reporterAt && at + phrase.length <= cut.turnAt);
  });
}

/** How the Chinese frames mark a rhetorical question's evidence (sentiment-zh-frames.ts). */
const RHETORICAL = '(rhetorical) ';

/**
 * A strong feeling whose every word stands inside a report the customer plainly set aside ("我妈说这种店都是骗子 我不信 请问
 * 你们支持货到付款吗", "my coworker said your store is a scam but i dont believe her"): the feeling is the reporter's, not
 * the customer's, and no longer strong. A question's own frame ("…吗…") is no word of feeling.
 */
export function withoutReportedFeeling<T extends { strong: boolean; evidence: string[] }>(emotion: T, text: string, chinese: boolean): T {
  if (!emotion.strong) return emotion;
  const lower = text.normalize('NFKC').toLowerCase().replace(/\s+/g, chinese ? '' : ' ');
  const cut = reportCut(lower, chinese);
  if (!cut?.distanced) return emotion;
  const words = emotion.evidence.filter((e) => !e.includes('…')).map((e) => (e.startsWith(RHETORICAL) ? e.slice(RHETORICAL.length) : e).toLowerCase());
  if (words.length === 0) return emotion;
  const inReport = words.every((word) => {
    const places = placesOf(word, lower);
    return places.length > 0 && places.every((at) => at >= cut.reporterAt && at + word.length <= cut.turnAt);
  });
  return inReport ? { ...emotion, strong: false } : emotion;
}

/**
 * A contact with a person told as past and settled: "上次找客服投诉已经解决了 谢谢你们 想再提个小建议", "last time I asked for
 * an agent and it got sorted, thanks", 上次搵客服投訴已經搞掂咗. The words of the request are the customer's report of
 * that contact, not a request now: a past marker (上次, 之前, "last time") stands before them, a resolution (解决了,
 * 处理好了, 搞掂, "sorted") after them, and after the resolution nothing goes wrong again (但是, 又, 还是, "but", "again")
 * and no request is made again ("…已经解决了 不过这次我要人工").
 */
const EN_PAST = /\b(?:last (?:time|week|month|year)|yesterday|earlier|previously|before|the other day|a (?:while|few days|few weeks) ago|back in)\b/;
const ZH_PAST = /上次|上回|之前|以前|早前|前几天|前阵子|前段时间|昨天|上个月|上星期|上周|上礼拜/;
const EN_AGAIN_WRONG = /\b(?:but|however|still|again|yet|not|never|no longer|isn't|hasn't|didn't|wasn't)\b/;
const ZH_AGAIN_WRONG = /但|可是|不过|又|还是|仍|结果|没|不|再次/;
/** Negated or only said to be so: "not resolved", 说已经解决了, 没有解决. */
const EN_NOT_RESOLVED = /\b(?:not|never|isn't|wasn't|hasn't|haven't|said it was|supposedly|apparently|claimed)\s(?:\w+\s)?$/;
const ZH_NOT_RESOLVED = /(?:没|未|没有|说|说是|号称|以为)(?:已经|已)?$/;

export function withoutSettledContact(
  request: AgentRequestResult,
  text: string,
  chinese: boolean,
  detect: (text: string) => AgentRequestResult,
): AgentRequestResult {
  if (!request.requested) return request;
  const lower = text.normalize('NFKC').toLowerCase();
  const past = (chinese ? ZH_PAST : EN_PAST).exec(lower);
  if (!past) return request;
  const resolved = new RegExp((chinese ? ZH_RESOLVED : EN_RESOLVED).source, 'g');
  resolved.lastIndex = past.index + past[0].length;
  const resolution = resolved.exec(lower);
  if (!resolution) return request;
  const before = lower.slice(0, resolution.index);
  const after = lower.slice(resolution.index + resolution[0].length);
  if ((chinese ? ZH_NOT_RESOLVED : EN_NOT_RESOLVED).test(before.slice(-16))) return request;
  if ((chinese ? ZH_AGAIN_WRONG : EN_AGAIN_WRONG).test(after)) return request;
  // The request stands between the past marker and the resolution, and nowhere else.
  if (detect(lower.slice(0, past.index)).requested || detect(after).requested || !detect(before.slice(past.index)).requested) return request;
  return { requested: false, evidence: [] };
}
