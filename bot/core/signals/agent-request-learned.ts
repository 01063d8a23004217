import { escalationFeatures, ModelSchema, probabilityOf, tooFewContentWords, weightiestWords, type EscalationModel } from './escalation-learned';
import type { Lang } from '../../../contracts';
import { foldChinese } from '../../../knowledge/text';
import shipped from './agent-request-weights.json';

/**
 * Requests for a person described rather than named: "could somebody who can actually decide on refunds get in touch",
 * "is there anyone who can take this over", 能不能换个能做主的来处理, 可唔可以搵個同事幫我睇吓張單. The phrase rules
 * (agent-request.ts, person-request.ts, shop-person.ts) know the words of a request; customers keep finding others, and
 * no list of phrases keeps up with them. A logistic regression over the escalation models' features
 * (escalation-learned.ts: English stems and pairs; Chinese folded to simplified, words, pairs and character pairs),
 * fitted by test/bench/train-agent-request.ts on Baton's own examples (test/fixtures/agent-request-training.tsv:
 * requests told in many ways beside questions about support, store questions, problem reports and people mentioned in
 * passing). It reads a request above a probability set per language for 1 % false alarms on routine rows out of fold.
 * agent-request.ts asks it only when no rule found a request, and never for a question about support.
 */

/**
 * A request for a person names someone or some contact, however loosely: "somebody", "your team", "whoever decides",
 * "call me", 同事, 负责的, 联系我. Without one, what the model leans on ("please help", "sort this out", 帮我改) asks
 * Baton itself: "收件地址打错了 可以帮我改吗", "Please help me to request cash back".
 */
const EN_NAMES_SOMEONE =
  /\b(?:some ?(?:one|body)|any ?(?:one|body)|person|people|team|colleagues?|staff|department|dept|office|whoever|who|supervisor|boss|specialist|member|senior|in charge|responsible|authority|call|ring|phone|contact|touch|reach|get back|reply|callback|human|agent)\b/;
const ZH_NAMES_SOMEONE =
  /人|同事|专员|部门|负责|谁|边个|经理|主管|上级|上面|管事|做主|拍板|话事|说话算数|团队|售后|财务|仓库|技术|客服|电话|联系|联络|回复|覆我|回电|对接|跟进|致电/;

/**
 * Told, not asked: contact that already happened ("I talked to someone yesterday and they promised a refund", 有人回复我了),
 * how things will go ("will someone from the team contact me when it ships"), a question after a fact ("what do you call
 * someone who…"), thanks passed on (帮我谢谢你们的客服), someone receiving a parcel (让我同事帮我收货, 代收), and 个人 or 上门 (a person's details, a pickup at the door: 找个人信息设置在哪, 能安排人上门取件吗).
 */
const EN_TOLD =
  /\b(?:yesterday|last (?:week|night|time)|earlier today|(?:talked|spoke|chatted) (?:to|with)|said|told me|promised)\b|\bwill (?:some ?(?:one|body)|any ?(?:one|body)|you|they)\b[^.?!]{0,40}\b(?:when|once|before|after|as soon as)\b|^(?:what|when|where|why|which|how (?:do|does|did|much|many|long))\b/;
const ZH_TOLD = /(?:回复|联系|打电话|说|处理|回|解决|搞定|搞掂|弄好|办好|帮我处理好)(?:过)?(?:我)?了|(?:客服|小哥|小姐姐|小姐|专员|人员)[^，,。！？!?]{0,3}(?:人|态度|服务)(?:超|很|非常|特别|真的|太|好|挺|蛮)(?:好|棒|赞|nice|耐心|亲切|专业|热情|贴心)|(?:谢谢|感谢|多谢|表扬|夸夸?)(?:一下)?(?:你们|你哋|贵司|贵公司)|代收|签收|帮我收货|帮我取货|个人(?:信息|资料|数据|隐私|资讯|档案|中心|账户|账号|主页|页面|设置|简介|头像|证件|身份)|上门|取件/;

/** Whether a message tells of people rather than asks for one (see above). */
export function tellsRatherThanAsks(text: string, lang: Lang): boolean {
  return lang === 'zh' ? ZH_TOLD.test(text) : EN_TOLD.test(text.toLowerCase().trim());
}

const ZH_OWN_PEOPLE =
  /机器人|机械人|(?:屋企|家里|家|亲|病|老|情|男|女|夫|客|友|老年|大|小|有|别)人|(?:人资|人事|人力资源)(?:部门|部|处)?|(?:给|帮|替|为)(?:同事|员工|职员|同仁)们?(?=(?:每人|每个人|大家)?(?:买|购|订|选|挑|准备|采购|发|送|定制))/g;

/** Whether a message names someone to deal with (see above); exported for the trainer's figures. */
export function namesSomeone(text: string, lang: Lang): boolean {
  // A robot is no one to deal with: "你係咪機械人嚟㗎" asks what Baton is. Nor are the customer's own people (屋企人入咗院,
  // 家人, 病人, 客人): someone of theirs told about, not someone of the store's asked for.
  // Nor the customer's own department (人资部门, 人事) or colleagues shopped for (给员工买, 幫同事買禮物卡).
  return lang === 'zh' ? ZH_NAMES_SOMEONE.test(foldChinese(text.normalize('NFKC')).replace(ZH_OWN_PEOPLE, '')) : EN_NAMES_SOMEONE.test(text.toLowerCase());
}

const MODEL: EscalationModel = ModelSchema.parse(shipped);

/**
 * Whether the model may read a request in the message at all: it names someone and asks rather than tells. Cheap
 * tests, which callers put before their own dearer ones (the model is read for most messages the rules find no
 * request in).
 */
export function mayDescribeRequest(text: string, lang: Lang): boolean {
  return namesSomeone(text, lang) && !tellsRatherThanAsks(text, lang);
}

/** The words that weighed most toward a request, when the model reads one; empty otherwise. */
export function learnedAgentRequest(text: string, lang: Lang, model: EscalationModel = MODEL): string[] {
  if (!mayDescribeRequest(text, lang)) return [];
  const features = escalationFeatures(text, lang);
  if (tooFewContentWords(features)) return [];
  if (probabilityOf(features, model) < model.threshold[lang]) return [];
  return weightiestWords(features, model);
}
