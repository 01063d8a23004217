import { bodyDamage } from '../../../../bot/core/signals/body-damage';
import { normalizeChinese, normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const read = (text: string, lang: 'en' | 'zh') =>
  lang === 'en' ? bodyDamage(normalizeEnglish(text), '') : bodyDamage('', normalizeChinese(foldChinese(text)));

const TOLD: Array<[string, 'en' | 'zh']> = [
  ['the trampoline net gave way and he chipped his two front teeth', 'en'],
  ['the step stool wobbled, my mum went flying and split her lip', 'en'],
  ['had to get a tetanus jab after the rusty hinge cut me', 'en'],
  ['开罐器把手指割了一道很深的口子', 'zh'],
  ['被鐵片劃到 還去打了破傷風', 'zh'],
  // The store's delivery hitting a person.
  ['your delivery driver reversed into our drive and knocked my nan over, she is 81', 'en'],
  ["the courier's van hit my son on his scooter", 'en'],
  // The store's agent striking a person, or told in the passive (被 before the agent).
  ['被你们的快递员打伤了', 'zh'],
  ['被你哋送貨員推跌咗', 'zh'],
  ['你们的快递员打了我老公', 'zh'],
  ['邻居报警了，因为你们的快递员打人', 'zh'],
];
const NOT_TOLD: Array<[string, 'en' | 'zh']> = [
  ['my little girl lost her first tooth, do you sell keepsake boxes', 'en'],
  ['I cracked my tooth years ago so I need a soft brush', 'en'],
  ['is the tetanus booster something you stock?', 'en'],
  ['这个切菜器切口大吗', 'zh'],
  // A car or a door, or a van of no one's named.
  ['your delivery van hit my car in the car park', 'en'],
  ['the courier knocked on my door twice and left', 'en'],
  ['a van hit me on my bike last week so can you deliver next week instead', 'en'],
  // 打 as a call: the agent phoned the customer.
  ['快递员打我电话我没接到 能重新派送吗', 'zh'],
  ['快递员打了我好几次电话 我在上班', 'zh'],
  ['被快递员打了电话才知道到了', 'zh'],
  ['送货师傅打包很仔细 谢谢', 'zh'],
];

describe('bodily harm told by what was done to the body', () => {
  test.each(TOLD)('%s → harm', (text, lang) => expect(read(text, lang)).not.toEqual([]));
  test.each(NOT_TOLD)('%s → none', (text, lang) => expect(read(text, lang)).toEqual([]));
});
