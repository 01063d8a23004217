/**
 * Bodily harm told by what was done to a body part, in words the safety rule's list (complaint.ts) does not hold: a
 * tooth knocked out or chipped, a fall told as "went flying", a cut with its size (割了个大口子, 划了一道长口子), a tetanus
 * shot after it (打了破伤风, "had to get a tetanus jab"). The list reads "broke her wrist", "cut his hand", 割伤, 划破.
 *
 * Not harm: a tooth lost as children lose them ("she lost her first tooth"), the words of a part ("a tooth of the zip"),
 * an old injury told as the reason for a purchase ("chipped my tooth years ago, is the toothbrush soft"), a question.
 * The same tense test (EN_OLD_INJURY) keeps any of them out.
 */

const EN_PERSON = String.raw`(?:my|his|her|their|our|a|two|both|(?:my|our) (?:son|daughter|kid|child|baby|boy|girl|husband|wife|partner|mum|mom|dad)'s)`;
/** A tooth or bone damaged: "knocked out a front tooth", "chipped his two front teeth", "split her lip open". */
const EN_BODY_DAMAGE = new RegExp(
  String.raw`\b(?:knocked out|knocked|chipped|cracked|split|busted|bust|gashed|grazed|skinned|sprained|twisted|dislocated)(?: out)? ${EN_PERSON} (?:(?:front|back|left|right|little|big|two|baby|adult) ){0,2}(?:tooth|teeth|lip|lips|chin|eyebrow|forehead|knees?|elbows?|ankles?|wrists?|nose|jaw|head)\b(?! (?:of|on) the)`,
);
/** A person sent flying or thrown: "she went flying on the tiles", "he was thrown off it" (not a parcel). */
const EN_WENT_FLYING = /\b(?:she|he|i|we|they|my (?:son|daughter|kid|child|baby|boy|girl|husband|wife|partner|mum|mom|dad|nan|gran|grandma|grandad))(?:'s| has| had| just)? (?:went|gone|sent) flying\b/;
const EN_TETANUS = /\btetanus (?:shot|jab|injection|booster)\b/;
/**
 * A person knocked down or hit by the store's delivery ("your delivery driver reversed into our drive and knocked my mum
 * over", "the courier's van hit my son"): the store's own agent hurting someone, whatever injury follows. A car or a
 * gate hit is damage, not harm; a van of no one's named ("a van hit me on my bike") is not the store's.
 */
const EN_DELIVERY_AGENT = String.raw`\b(?:(?:your|ur|the|that|this) (?:delivery |dpd |ups |fedex |dhl |evri )?(?:driver|courier|delivery (?:guy|man|person|van|truck|lorry)|postman|postie)(?:'s (?:van|truck|lorry|car))?|(?:your|ur) (?:delivery )?(?:van|truck|lorry))\b`;
const EN_PERSON_HIT = String.raw`(?:me|her|him|them|us|my (?:son|daughter|kid|child|baby|boy|girl|husband|wife|partner|mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandmother|grandfather|neighbou?r)|our (?:son|daughter|kid|child|baby|boy|girl|neighbou?r)|a (?:child|kid|pedestrian|neighbou?r))`;
const EN_DELIVERY_AGENT_AT = new RegExp(EN_DELIVERY_AGENT);
const EN_PERSON_KNOCKED = new RegExp(
  String.raw`\b(?:knocked|knocks|knocking|ran|run|hit|hits|struck|reversed into|backed into|drove into|crashed into) (?:over |down )?${EN_PERSON_HIT}\b(?! (?:car|gate|fence|wall|bins?|door|house|mailbox|letterbox|wing mirror))`,
);

/** The store's delivery agent, then what it did to a person later in the same sentence (two patterns, read in turn). */
function knockedDown(english: string): string | undefined {
  for (const sentence of english.split(/[.!?]/)) {
    const agent = EN_DELIVERY_AGENT_AT.exec(sentence);
    if (!agent) continue;
    const hit = EN_PERSON_KNOCKED.exec(sentence.slice(agent.index + agent[0].length));
    if (hit) return `${agent[0]} … ${hit[0]}`;
  }
  return undefined;
}
/** An injury of long ago or the reason for buying: "years ago", "last month", "so I need flat shoes". */
const EN_OLD_INJURY = /\b(?:years? ago|months? ago|last (?:year|month)|a while (?:ago|back)|as a (?:kid|child)|when i was|so i need|so i'm looking|recovering from|since (?:my|the) (?:op|operation|surgery))\b/;

/** A cut with its size: 割了个大口子, 划了一道长口子, 割开一个很深的口. */
const ZH_SIZED_CUT = /(?:割|划|拉|刮|切)(?:了|出|开|破|咗)?(?:个|一个|一道|道|条|一条)?(?:很|好|超)?(?:大|深|长)(?:的)?(?:口子|伤口|口)/;
const ZH_TETANUS = /打(?:了|咗)?破伤风/;
/**
 * A person knocked down or hurt by the store's delivery or fitting staff (快递员撞倒了我, 送货师傅搬沙发的时候把我撞倒了,
 * 安装师傅把我老公的手弄伤了), the twin of EN_DELIVERY_AGENT: the store's own agent hurting someone. The agent is named by
 * the trade (a driver alone may be anyone's), and the hurt is done to a person in the same sentence after it.
 */
const ZH_STORE_AGENT = /快递员|快递小哥|快递师傅|送货员|送货师傅|送货的|配送员|派送员|派件员|骑手|外卖员|外送员|快递司机|送货司机|安装师傅|安装工|安装人员|维修师傅|上门师傅|(?:你们|你哋)(?:的|嘅)?(?:司机|师傅|员工|店员)/;
const ZH_PERSON = '(?:我|我们|我妈|我爸|我老公|我老婆|阿妈|阿爸|老人|孩子|小孩|宝宝|儿子|女儿|个仔|个女|他|她|佢|人)';
const ZH_AGENT_HURT = new RegExp(
  `把${ZH_PERSON}[^，,。！!？?]{0,6}?(?:撞倒|推倒|撞跌|推跌|撞伤|撞到|撞翻|推伤|打伤|弄伤|砸伤|砸到|烫伤|划伤|割伤|夹伤)|(?:撞倒|推倒|撞跌|推跌|撞伤|撞翻|推伤|打伤|弄伤|砸伤|砸到)(?:了|咗)?${ZH_PERSON}`,
);

/**
 * A person struck by the agent (快递员打了我老公, 送货员动手打人): 打, 揍, 踢 with the person right after. 打 calls too
 * (快递员打我电话, 打了我好几次电话): a phone or a call after the person is a call, not a blow.
 */
const ZH_AGENT_STRUCK = new RegExp(`(?:打|揍|踢)(?:了|咗)?${ZH_PERSON}(?![^，,。！!？?]{0,6}(?:电话|手机|号码|call|电))`);
/** Told in the passive, the agent after 被: 被你们的快递员打伤了, 被送货师傅撞倒了. */
const ZH_BY_BEFORE_AGENT = /被(?:你们|你哋)?(?:的|嘅)?$/;
const ZH_PASSIVE_HURT = /^(?:给|把)?(?:打伤|撞伤|撞倒|推倒|推伤|砸伤|弄伤|撞跌|推跌|打|揍|踢)(?![^，,。！!？?]{0,6}(?:电话|手机|号码|call|电))/;

/** The store's agent, then a person hurt after it in the same sentence, or the agent after 被 and the hurt right after. */
function hurtByStoreAgent(chinese: string): string | undefined {
  for (const sentence of chinese.split(/[。！!？?]/)) {
    const agent = ZH_STORE_AGENT.exec(sentence);
    if (!agent) continue;
    const after = sentence.slice(agent.index + agent[0].length);
    const hurt = ZH_AGENT_HURT.exec(after) ?? ZH_AGENT_STRUCK.exec(after);
    if (hurt) return `${agent[0]} … ${hurt[0]}`;
    const passive = ZH_BY_BEFORE_AGENT.test(sentence.slice(0, agent.index)) ? ZH_PASSIVE_HURT.exec(after) : null;
    if (passive) return `被${agent[0]}${passive[0]}`;
  }
  return undefined;
}

export function bodyDamage(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english && !/\?\s*$/.test(english) && !EN_OLD_INJURY.test(english)) {
    for (const pattern of [EN_BODY_DAMAGE, EN_WENT_FLYING, EN_TETANUS]) {
      const hit = pattern.exec(english);
      if (hit) found.push(hit[0]);
    }
    const knocked = knockedDown(english);
    if (knocked) found.push(knocked);
  }
  if (chinese && !/[吗么][?？]?$/.test(chinese)) {
    for (const pattern of [ZH_SIZED_CUT, ZH_TETANUS]) {
      const hit = pattern.exec(chinese);
      if (hit) found.push(hit[0]);
    }
    const hurt = hurtByStoreAgent(chinese);
    if (hurt) found.push(hurt);
  }
  return found;
}
