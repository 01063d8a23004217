/**
 * Homophone typos of the few Chinese words that ask for a person, folded back before the request is read: a pinyin
 * keyboard offers 人公, 人宫, 仁工 for "rengong" and 真仁, 珍人 for "zhenren", and a hurried customer takes the first. A
 * tiny pinyin table (only the characters that matter, toneless) says which pairs sound like 人工 or 真人; 客户 typed for
 * 客服 is the keyboard's other slip ("kehu" / "kefu"), and the word is kept apart from the customer's own 客户 by what
 * precedes it.
 *
 * A pair is folded only where a request could stand: after a verb that asks (转人公, 我要找真仁, 帮我转客户), before 客服
 * (人宫客服在吗), or as the whole clause (人公！). Elsewhere the characters are other words: 主人公 (a protagonist), 两人共用
 * (two people share), 机器人功能 (the robot's functions). The fold keeps every character's place (one for one), so the
 * evidence can be shown in the customer's own characters.
 */

const SYLLABLE: Readonly<Record<string, string>> = {
  人: 'ren', 仁: 'ren', 任: 'ren', 认: 'ren', 壬: 'ren', 忍: 'ren', 刃: 'ren', 韧: 'ren',
  工: 'gong', 公: 'gong', 宫: 'gong', 功: 'gong', 攻: 'gong', 供: 'gong', 共: 'gong', 恭: 'gong', 弓: 'gong', 躬: 'gong',
  贡: 'gong', 龚: 'gong',
  真: 'zhen', 珍: 'zhen', 针: 'zhen', 贞: 'zhen', 甄: 'zhen', 侦: 'zhen', 臻: 'zhen', 帧: 'zhen', 蓁: 'zhen', 斟: 'zhen',
};
/** "zhuan" typed for 转 before the request words: 赚人工, 砖人工, 专人工 (a pinyin keyboard's first offers). */
const TRANSFER_HOMOPHONES = /[赚砖撰篆专](?=人工|真人)/g;
/** The request words, by the syllables they are typed with. */
const REQUEST_WORDS: Readonly<Record<string, string>> = { 'ren gong': '人工', 'zhen ren': '真人' };

/** Before the pair: a verb that asks for someone, perhaps with a measure word ("转个", "找一下"). */
const ASKING_BEFORE = /(?:转|转接|找|搵|揾|要|接|叫|请|换|求|联系|联络|安排|呼叫)(?:到|给)?(?:一下|一个|个|下)?$/;
/** After the pair: a desk word or a question whether one is there. */
const DESK_AFTER = /^(?:客服|服务|坐席|在吗|在不在|呢)/;
/** The clause is only the pair, said once or again, with particles: "人公！人公", "转人公啊". */
const PARTICLES = /[啊呀吧呢哈啦!！。？?,，~～\s请麻烦快点]/g;
/** 客户 after a verb of transfer is the desk mistyped; 客户端 (the app), 客户号, 客户信息 are the customer's own. */
const CUSTOMER_FOR_DESK = /(转|转接|找|搵|揾|接)(?:到|给)?(?:一下|一个|个|下)?客户(?!端|号|信息|资料|编号|经理|名|们|群|关系|的|服务)/g;

/** The text with homophone typos of 人工 / 真人 (and 客户 for 客服 after a transfer verb) folded; same length. */
export function foldRequestHomophones(text: string): string {
  let folded = text.replace(CUSTOMER_FOR_DESK, (match) => match.slice(0, -2) + '客服').replace(TRANSFER_HOMOPHONES, '转');
  const chars = [...folded];
  if (chars.length !== folded.length) return folded; // astral characters: indexes would shift; leave it as typed
  for (let i = 0; i + 1 < chars.length; i++) {
    const first = SYLLABLE[chars[i]];
    const second = SYLLABLE[chars[i + 1]];
    if (!first || !second) continue;
    const word = REQUEST_WORDS[`${first} ${second}`];
    if (!word || chars[i] + chars[i + 1] === word) continue;
    if (!standsForRequest(folded, i, word)) continue;
    chars[i] = word[0];
    chars[i + 1] = word[1];
    folded = chars.join('');
    i++;
  }
  return folded;
}

function standsForRequest(text: string, at: number, word: string): boolean {
  const before = text.slice(Math.max(0, at - 5), at);
  const after = text.slice(at + 2, at + 6);
  if (ASKING_BEFORE.test(before) || DESK_AFTER.test(after)) return true;
  const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at), text.lastIndexOf(' ', at), text.lastIndexOf('。', at)) + 1;
  const clauseEnd = text.slice(at).search(/[，,。\s]/);
  const clause = text.slice(clauseStart, clauseEnd < 0 ? text.length : at + clauseEnd);
  const pair = text.slice(at, at + 2);
  return clause.replace(PARTICLES, '').split(pair).join('').split(word).join('').replace(/转/g, '') === '';
}
