import { findMatches, normalizeChinese, normalizeEnglish } from './patterns';
import type { Lang } from '../../../contracts';

/**
 * Complaint level per DESIGN.md: L1 for a safety incident, a legal or public threat, or an account locked or taken
 * over; L2 for a complaint or a service failure. Anything else is `null`: L3 ("asked for a person", "the bot could
 * not answer") is decided by the policy from other signals, not from the words of one message.
 */

export type ComplaintLevel = 'L1' | 'L2';
export type ComplaintKind = 'safety' | 'legal' | 'account_locked' | 'complaint' | 'service_failure';

export interface ComplaintResult {
  level: ComplaintLevel | null;
  kind: ComplaintKind | null;
  /** Every complaint phrase seen, most severe kind first. */
  evidence: string[];
}

interface ComplaintRule {
  kind: ComplaintKind;
  level: ComplaintLevel;
  en: RegExp;
  zh: RegExp;
}

// Most severe first: the first rule that matches names the level and kind. English entries are regular-expression
// fragments matched as whole words; Chinese entries are matched anywhere.
const RULES: readonly ComplaintRule[] = [
  {
    kind: 'safety',
    level: 'L1',
    en: englishPhrases([
      '(?:caught|catch|catches|catching|on) fire', 'burst into flames', 'flames?', 'fire hazard',
      '(?:started|start|set) (?:a )?fire',
      'smoke(?! (?:alarm|detector))', '(?:started|starts|was|is|began|keeps|kept) smoking', '(?:burning|burnt) smell',
      'smell(?:s|ed)? (?:of|like) burning',
      'explod(?:e|ed|es|ing)', 'explosion', 'blew up', 'swollen battery', 'battery (?:swelled|swelling|is swelling)',
      '(?:charger|cable|plug|socket|battery|adapter|wire|outlet|device|phone|heater|kettle) (?:has |had )?melted',
      String.raw`burn(?:ed|t|s)? (?:(?:my|his|her|their|our) \w+|me|him|her|the (?:baby|child|kid)|a hole)`,
      'got burn(?:ed|t)', 'burns? on (?:my|his|her)',
      'injur(?:y|ies|ed|ing)', '(?:was|were|got|been) (?:badly )?hurt',
      String.raw`(?:hurt|cut|injured) (?:myself|himself|herself|themselves|me|him|her|them|someone|somebody|people)`,
      String.raw`(?:hurt|cut|injured) my (?:\w+ )?(?:hand|fingers?|arm|leg|foot|back|eyes?|face|head|skin|mouth)`,
      '(?:hurt|injured) my (?:child|son|daughter|baby|kid|wife|husband|dog|cat)',
      'wounded', 'bleeding', 'hospitali[sz]ed', '(?:ended up|landed|was|is|been|am) in (?:the )?hospital',
      '(?:taken|rushed|sent|had to go) to (?:the )?hospital', 'ambulance', 'emergency room',
      'electric(?:al)? shock', String.raw`electrocut\w*`, 'shocked (?:me|him|her|my)',
      'sparks? (?:came|coming|flew|flying|from)',
      'spark(?:ing|ed)', String.raw`short[- ]circuit\w*`,
      'poison(?:ed|ing|ous)?', 'toxic', 'allergic reaction', String.raw`anaphyla\w*`, 'chok(?:ing|ed) on',
      String.raw`vomit\w*`,
      '(?:child|baby|kid|toddler|son|daughter|dog|cat|he|she) (?:has |had )?swallowed',
      String.raw`made (?:me|us|him|her|my \w+) (?:sick|ill)`,
      'gas leak', 'carbon monoxide', 'unsafe', 'dangerous', 'hazard(?:ous)?',
      'safety (?:issue|hazard|concern|incident|risk|problem)',
      '(?:glass|metal|a needle|a nail|plastic) (?:in|inside) (?:my|the) (?:food|meal|drink|product|box)',
    ]),
    zh: chinesePhrases([
      '安全事故', '安全隐患', '安全问题', '着火', '起火', '失火', '火灾', '冒烟', '冒火', '烧焦', '烧着', '烧起来', '自燃', '爆炸',
      '炸了', '炸裂', '爆燃', '受伤', '伤到', '烫伤', '烧伤', '划伤', '割伤', '砸伤', '摔伤', '扎伤', '流血', '出血', '骨折', '住院',
      '进了?医院', '送医', '急诊', '救护车', '触电', '漏电', '电到了?人', '电击', '短路', '中毒', '过敏', '呕吐', '上吐下泻',
      '拉肚子', '异物', '玻璃渣', '有毒', '窒息', '煤气泄漏', '燃气泄漏',
    ]),
  },
  {
    kind: 'legal',
    level: 'L1',
    en: englishPhrases([
      'lawyers?', 'attorneys?', 'solicitors?', 'legal (?:action|proceedings|advice|team|department|steps)', 'lawsuit',
      'class action', 'small claims', 'su(?:e|ing|ed) (?:you|your|them|the company|this company)',
      "i(?:'ll| will| am going to|'m going to) sue", '(?:take|taking) (?:you|this|them|it) to court',
      '(?:see you|sue you) in court', 'court (?:case|action|order)', 'police',
      'report(?:ing)? (?:you|this|it|your company) to (?:the )?(?:police|authorities|regulator|bbb|ftc|ombudsman)',
      'report(?:ing)? (?:you|this|it|your company) to (?:the )?(?:attorney general|trading standards|consumer protection)',
      'ombudsman', 'trading standards', 'consumer (?:protection|rights|affairs)', 'better business bureau', 'bbb',
      'ftc',
      'regulator', 'fraud(?:ulent)?', '(?:go|going) (?:to the )?(?:press|media|news|public)', 'journalists?',
      'expose you',
    ]),
    zh: chinesePhrases([
      '起诉', '上诉', '告你们', '告到', '去告', '法院', '律师', '法律途径', '法律责任', '法律程序', '诉讼', '打官司', '仲裁', '报警',
      '警察', '公安', String.raw`(?<!\d)110(?!\d)`, '曝光', '(?:找|联系|告诉|发给)(?:媒体|记者|电视台)', '上新闻', '发微博', '上微博',
      '消协', '消费者协会', '12315', '工商局', '工商部门', '市场监管', '监管部门', String.raw`(?<!\d)315(?!\d)`, '诈骗', '欺诈', '维权',
    ]),
  },
  {
    kind: 'account_locked',
    level: 'L1',
    en: englishPhrases([
      'locked out',
      'account (?:is |was |has been |got |been )?(?:locked|blocked|suspended|frozen|disabled|deactivated|hacked|compromised)',
      '(?:locked|blocked|suspended|froze|frozen|disabled|hacked) my account', 'hacked',
      'someone (?:else )?(?:has )?(?:accessed|used|logged into|is using|got into|broke into) my account',
      'unauthori[sz]ed (?:access|login|log-in|transactions?|charges?|payments?|purchases?)', 'identity theft',
      'stolen (?:card|identity|account)',
    ]),
    zh: chinesePhrases([
      '(?:账号|账户|帐号|帐户|号)(?:被|已|已经|又)?(?:锁|锁定|锁住|冻结|封|封禁|封停|盗|盗用)了?', '被锁定', '被冻结', '被封号', '封号',
      '盗号', '被盗刷', '盗刷', '异地登录',
    ]),
  },
  {
    kind: 'complaint',
    level: 'L2',
    en: englishPhrases([
      'complain(?:t|ts|ing|ed|s)?', 'reclamation', 'grievance',
      String.raw`(?:fil|lodg|mak|submitt?|open)(?:e|es|ed|ing)? (?:a |an )?(?:\w+ )?claim`,
      '(?:customer|consumer) claim', 'claim against', 'unacceptable', 'disgrace(?:ful)?',
      'worst (?:service|company|experience|customer service|shop|store)',
      '(?:terrible|awful|horrible|poor|bad|appalling) (?:customer )?service', 'rude', 'unprofessional',
      'scam(?:med|mers)?',
      'rip(?:ped)?[- ]off', 'chargeback', 'bad review', '(?:one|1)[- ]star',
      '(?:want|demand|demanding) (?:a |my )?(?:full )?(?:refund|money back|compensation)',
    ]),
    zh: chinesePhrases([
      '投诉', '差评', '举报', '索赔', '赔偿', '讨个说法', '给个说法', '给我一个说法', '退钱', '态度差', '态度恶劣', '态度极差', '骗人',
      '坑人', '欺骗', '不满意', '太差劲?', '垃圾',
    ]),
  },
  {
    kind: 'service_failure',
    level: 'L2',
    en: englishPhrases([
      'broken', 'damaged', 'defective', 'faulty', 'cracked', 'shattered', 'smashed', 'dented', 'torn',
      'leak(?:s|ing|ed)?',
      'not working',
      "(?:doesn't|does not|didn't|won't|will not|isn't) (?:work|turn on|start|charge|switch on|power on)",
      'stopped working', 'dead on arrival',
      String.raw`never (?:arrived|came|received|showed up|got (?:it|my \w+)|been delivered|delivered)`,
      "(?:hasn't|has not|haven't|have not|didn't|did not|not) (?:yet )?(?:arrived|received|been delivered|come|been shipped|shipped)",
      "still (?:waiting|haven't|have not|not)",
      'missing (?:items?|parts?|pieces?|package|parcel|order|delivery)',
      'lost (?:my )?(?:package|parcel|order|delivery)',
      '(?:package|parcel|order) (?:is |was |got )?lost',
      'wrong (?:items?|size|colou?r|order|product|model)',
      '(?:delivered|sent|shipped|went) to (?:the |a )?wrong address',
      'incorrect (?:item|order|product)', 'not what i ordered',
      'charged (?:me )?(?:twice|two times|double)', 'double[- ]charged', 'overcharged', 'billed (?:me )?twice',
      'duplicate (?:charge|payment)', 'charged (?:me )?(?:the )?wrong',
      'late (?:delivery|again)', 'delayed', 'expired (?:food|milk|medicine|product|goods)', 'spoiled', 'rotten',
      'mou?ldy?',
      'stale', 'no refund', "refund (?:hasn't|has not|never|still hasn't|not) (?:arrived|come|been|received)",
    ]),
    zh: chinesePhrases([
      '质量问题', '坏了', '坏的', '损坏', '破损', '破了', '碎了', '裂了', '漏水', '漏液', '故障', '不能用', '用不了', '没法用',
      '打不开', '开不了机', '死机', '失灵', '没收到', '未收到', '还没收到', '没到货', '还没到', '一直没到', '迟迟', '丢件', '丢了',
      '少发', '漏发', '错发', '发错', '送错', '假货', '过期', '变质', '发霉', '烂了', '扣了两次', '扣两次', '重复扣款', '重复扣费',
      '多扣', '扣错', '乱扣费', '乱收费', '退款(?:还)?没到', '没退款', '不退款', '延迟发货', '还没发货', '不发货', '不给退',
    ]),
  },
];

function englishPhrases(phrases: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${phrases.join('|')})(?![\w'])`, 'g');
}

function chinesePhrases(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.join('|'), 'g');
}

// "not damaged", "nobody was hurt", "I'm not going to sue": the words are there, the complaint is not.
const EN_NEGATION =
  /\b(?:not|no|never|without|nobody|no one|isn't|wasn't|aren't|weren't|hasn't|haven't|didn't|doesn't|don't|won't)\s(?:\w+\s){0,2}$/;
// "没有受伤", "不是质量问题", "无异物".
const ZH_NEGATION = /(?:没有|没|未|不是|无|并非|不会|不想|不要)$/;

export function detectComplaintLevel(text: string, lang: Lang): ComplaintResult {
  const english = normalizeEnglish(text);
  const chinese = lang === 'zh' ? normalizeChinese(text) : '';
  let winner: ComplaintRule | null = null;
  const evidence: string[] = [];
  for (const rule of RULES) {
    const found = [
      ...findMatches(english, [rule.en], (t, index) => EN_NEGATION.test(t.slice(Math.max(0, index - 30), index))),
      ...(lang === 'zh'
        ? findMatches(chinese, [rule.zh], (t, index) => ZH_NEGATION.test(t.slice(Math.max(0, index - 3), index)))
        : []),
    ];
    if (found.length === 0) continue;
    winner ??= rule;
    for (const phrase of found) if (!evidence.includes(phrase)) evidence.push(phrase);
  }
  return { level: winner?.level ?? null, kind: winner?.kind ?? null, evidence };
}
