import { detectComplaintLevel } from '../../../../bot/core/signals';
import { asksAboutIncidentInAdvance } from '../../../../bot/core/signals/incident-asked';
import { normalizeEnglish } from '../../../../bot/core/signals/patterns';
import { foldChinese } from '../../../../knowledge';

const en = (text: string) => asksAboutIncidentInAdvance(normalizeEnglish(text), '');
// Chinese with its spaces kept, as complaint.ts passes it: spaces part clauses.
const zh = (text: string) => asksAboutIncidentInAdvance('', foldChinese(text).toLowerCase());

// Asked before anything happened: the message says so, and every clause asks or carries the frame.
const IN_ADVANCE: Array<[string, 'en' | 'zh']> = [
  ['Nothing has happened, just asking for our office policy: where would we report a product safety concern if one ever came up?', 'en'],
  ['hypothetically, if the heater ever overheated, would you replace it?', 'en'],
  ['for future reference, who do I contact in case something dangerous happens with the scooter?', 'en'],
  ['还没出事 只是问问 万一充电宝鼓包了怎么处理', 'zh'],
  ['万一孩子误吞了小零件怎么办？', 'zh'],
  ['假如以後電暖器過熱，你們怎麼處理？', 'zh'],
  // A product's capability asked, with nothing told as having happened.
  ["Can the heater cause a fire if it's left on overnight?", 'en'],
  ['Is this drone battery likely to explode in cold weather, or is that a myth?', 'en'],
  ['Could the lamp get hot enough to scorch a lampshade?', 'en'],
  ['Is it normal for a new oven to smoke a bit the first time? Just asking before I buy one.', 'en'],
  ['电暖器和热水壶插同一个插座会不会跳闸？', 'zh'],
  ['新烤箱第一次用會冒煙正常嗎？還沒買先問問。', 'zh'],
  ['地毯放壁爐旁邊會不會有火災風險？', 'zh'],
];
// An event told, or a plain "if" that may be happening now.
// Whether a product is safe, asked before using it.
IN_ADVANCE.push(
  ['is the oil heater safe to run while we sleep?', 'en'],
  ['are the magnetic tiles safe for a toddler?', 'en'],
  ['這台暖爐整晚開著安不安全', 'zh'],
  ['插排长时间插着会不会起火', 'zh'],
);
// A product in general supposed, and the shop's policy asked.
IN_ADVANCE.push(
  ['if an item turns out to be faulty and dangerous, does the warranty cover it?', 'en'],
  ['if a charger ever overheats, who should I contact? checking before I order one', 'en'],
  ['产品出现漏电的话你们怎么处理', 'zh'],
  ['貨品有安全問題的話可以退嗎', 'zh'],
);
const TOLD: Array<[string, 'en' | 'zh']> = [
  ['if a charger caught fire and burned my hand what do I do', 'en'],
  ['my heater caught fire, if a product catches fire who do I contact?', 'en'],
  ['我买的商品有安全问题的话保修管吗', 'zh'],
  ['The heater sparked yesterday, what do I do if it ever happens again?', 'en'],
  ['what should I do if my son swallowed a magnet', 'en'],
  ['the charger caught fire, nobody was hurt, what do I do?', 'en'],
  ['my kid got burned just asking what your policy is?', 'en'],
  ['孩子被烫伤了 只是问问怎么处理', 'zh'],
  ['孩子被燙傷了，只是問問怎麼處理', 'zh'],
  ['充电宝鼓包了 万一爆炸怎么办', 'zh'],
  ['The heater caused a fire last night, can I get a refund?', 'en'],
  ['The battery is likely to explode, it is swelling right now!', 'en'],
  ['Can the charger catch fire? Mine is smoking right now.', 'en'],
  ['The lamp got hot enough to scorch the lampshade, can I return it?', 'en'],
  ['My new oven is smoking, is it normal?', 'en'],
  ['烤箱一直冒烟，正常吗？', 'zh'],
  ['孩子被烫伤了，先问问怎么处理', 'zh'],
  ['地毯放壁炉旁边着火了，会不会有隐患？', 'zh'],
];

// Whether it is safe, asked after something happened: an incident told first.
TOLD.push(['the heater made a popping noise and smoked, is it safe to keep using', 'en'], ['插排烧黑了 还安全吗', 'zh']);

describe('a safety matter asked about before anything happened', () => {
  test.each(IN_ADVANCE)('in advance: %s', (text, lang) => expect(lang === 'en' ? en(text) : zh(text)).toBe(true));
  test.each(TOLD)('told: %s', (text, lang) => expect(lang === 'en' ? en(text) : zh(text)).toBe(false));

  test('the safety words of a question asked in advance hand nothing over; a told incident still does', () => {
    const asked = detectComplaintLevel('Nothing has happened, just asking for our office policy: where would we report a product safety concern if one ever came up?', 'en');
    expect(asked.complaints.some((c) => c.kind === 'safety')).toBe(false);
    expect(detectComplaintLevel(foldChinese('万一孩子误吞了小零件怎么办？'), 'zh').kind).toBeNull();
    expect(detectComplaintLevel('The heater sparked yesterday, what do I do if it ever happens again?', 'en').kind).toBe('safety');
    expect(detectComplaintLevel(foldChinese('孩子被烫伤了 只是问问怎么处理'), 'zh').kind).toBe('safety');
  });
});
