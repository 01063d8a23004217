import type { AgentRequestResult } from './agent-request';
import { EN_CIRCLE } from './third-party';

/**
 * A request for a person that is someone else's advice, reported and then set aside by the customer: "my son says i
 * should 'speak to the manager' about shipping costs haha but really how much is shipping to Leeds", "my daughter keeps
 * telling me to ask for a human lol, anyway how long do refunds take", 我妈说要找你们经理投诉运费太贵哈哈，其实我只想知道运费多少
 * (traditional 我媽說要找你們經理 is folded before it is read). The words are the reporter's; the customer laughs them off or
 * turns from them ("but", "anyway", 其实, 不过) and asks something of their own.
 *
 * The reading is of three parts: what the customer says before the reporter (no request of their own there), the report
 * up to the first laugh or turn after it (where the request stands), and what follows (no request, and something of the
 * customer's own: a few words at least). A request made again after the turn ("my wife says ask for a manager haha, she's
 * right, get me one") stands, and so does a report with nothing after it ("my husband told me to ask for a human").
 */
const EN_REPORTER_PEOPLE =
  `(?:${EN_CIRCLE.slice(3, -1)}|friend|friends|mate|mates|colleague|coworker|co-worker|bff|bestie|other half|hubby|missus|aunt|uncle|cousin|teacher|mother-in-law|sister-in-law)`;
const EN_REPORTER = new RegExp(
  String.raw`\b(?:my|our) (?:[a-z]{1,10} )?${EN_REPORTER_PEOPLE} (?:(?:just|always|even|also|literally) )?(?:says|said|reckons|reckoned|thinks|thought|told me|tells me|keeps (?:telling|saying|on at)|kept (?:telling|saying)|is (?:telling|saying)|was (?:telling|saying)|wants me|wanted me|insists|insisted|suggested|suggests|goes)\b`,
);
/** A laugh or a turn that sets the report aside: "haha", "lol", "but really", "anyway". */
const EN_SET_ASIDE = /(?:^|[\s,.;:!?'"”)])(?:lol|lmao|rofl|haha\w{0,6}|hah|hehe\w{0,4}|but|anyway|anyways|jk|honestly|tbh)(?=$|[\s,.;:!?'"“(])|😂|🤣/g;

const ZH_REPORTER =
  /(?:^|[，,。！!？?\s我的家])(?:妈妈|爸爸|老妈|老爸|阿妈|阿爸|妈|爸|老公|老婆|儿子|女儿|朋友|同事|老板|男朋友|女朋友|男友|女友|室友|家人|哥哥|姐姐|弟弟|妹妹|孩子|闺蜜|邻居|同学)(?:一直|总是|老是|都|也|还|非)?(?:说|讲|话|叫我|让我|劝我|要我|建议|觉得|认为)/;
const ZH_SET_ASIDE = /哈{2,8}|呵呵|嘻嘻|其实|不过|但是|开玩笑|说笑|算了|lol|😂|🤣/g;

/** Words of the customer's own after the turn: a few English words, or a few Han characters. */
function saysSomething(after: string, chinese: boolean): boolean {
  return chinese ? (after.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4 : after.split(/[^a-z0-9']+/).filter((w) => w.length > 0).length >= 3;
}

/** Where the report starts, and the turn that sets it aside, when the message reports someone and turns from it. */
interface ReportCut {
  reporterAt: number;
  turnAt: number;
  turnEnd: number;
}

function reportCut(lower: string, chinese: boolean): ReportCut | undefined {
  const reporter = (chinese ? ZH_REPORTER : EN_REPORTER).exec(lower);
  if (!reporter) return undefined;
  const pattern = new RegExp((chinese ? ZH_SET_ASIDE : EN_SET_ASIDE).source, 'g');
  pattern.lastIndex = reporter.index + reporter[0].length;
  const turn = pattern.exec(lower);
  if (!turn || !saysSomething(lower.slice(turn.index + turn[0].length), chinese)) return undefined;
  return { reporterAt: reporter.index, turnAt: turn.index, turnEnd: turn.index + turn[0].length };
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
  if (!cut) return request;
  const before = lower.slice(0, cut.turnAt);
  const after = lower.slice(cut.turnEnd);
  if (detect(lower.slice(0, cut.reporterAt)).requested || !detect(before).requested || detect(after).requested) return request;
  return { requested: false, evidence: [] };
}
