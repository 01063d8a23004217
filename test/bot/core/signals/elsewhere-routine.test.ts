/**
 * Routine messages that tell something beside the question and are no matter for a person: someone else's incident in
 * the building, disowned (police for something upstairs, a fire alarm for burnt toast next door); a harm of one's own
 * told as a circumstance (打球扭伤了脚在家躺着); a household illness asked about as a life choice; another company's
 * account taken over; a regulator's publication read (看了消协的床垫评测); an inbox flooded, told in the passive
 * (邮箱被你们的促销邮件炸了); a person declined with a question after it (唔使搵真人 我淨係想知…). Each kind has guards
 * that name the store as the cause, the customer acting, or a person asked for again, which still go to a person.
 * As conversations of one message: `[customer says, script]` (the engine folds traditional Chinese).
 */
import type { KnowledgeService } from '../../../../knowledge';
import type { TurnResult } from '../../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const ROUTINE: Array<[string, Script]> = [
  ["police were at my building tonight for something upstairs, nothing to do with you. anyway my parcel says delivered but it's not here", 'Hans'],
  ['cops were at our building all night for some drama, not your problem. when will my order ship?', 'Hans'],
  ['尋晚隔離屋嗌交仲報咗警，成晚瞓唔到。順便問下我份貨去到邊，點查', 'Hant'],
  ['隔离屋吵架报了警，吵到半夜。顺便问下我的订单几时发货', 'Hans'],
  ['邮箱都被你们的促销邮件炸了，怎么取消订阅', 'Hans'],
  ['手机被你们的推广短信炸了，怎么退订', 'Hans'],
  ['看了消协的床垫评测，你们家那款还有货吗', 'Hans'],
  ['看過消委會的電飯煲測試，你們那款還有貨嗎', 'Hant'],
  ['现在不需要，但想知道以后要找人工客服的话，什么时间有人', 'Hans'],
  ['而家唔使，不過想知以後搵真人客服幾點有人', 'Hant'],
  ['唔使搵真人 我淨係想知退款會退返去邊', 'Hant'],
  ['不用转人工 我只是想问下退款多久到账', 'Hans'],
  ['no need for a human, I just want to know where my refund goes', 'Hans'],
  ['打球扭伤了脚在家躺着，物流显示已签收但我根本没拿到', 'Hans'],
  ['踢球扭伤了脚，快递能放驿站吗', 'Hans'],
  ["how do I recover my apple id that got hacked (I know it's apple's thing)", 'Hans'],
  ['my icloud got hacked, how do i change my password here just in case', 'Hans'],
  ["fire alarm went off in our building again (burnt toast upstairs lol). anyway my tracking hasn't moved in 4 days", 'Hans'],
  ["my mom is sick and I don't know if I should move back home to help. what would you do", 'Hans'],
  ["my dad is ill and I'm wondering whether I should quit my job. any advice", 'Hans'],
  ['police were in our building this morning for something next door, nothing to do with you. where is my parcel?', 'Hans'],
  ['隔離屋打交報咗警，吵到我瞓唔著。想問下我張單幾時到', 'Hant'],
  ['邻居吵架报了警，折腾一晚。对了我的包裹到哪了', 'Hans'],
  ['信箱被你哋嘅促銷電郵炸咗，點樣取消訂閱', 'Hant'],
  ['邮箱被你们的垃圾邮件炸了 怎么退订', 'Hans'],
  ['看了消协的电热毯评测，你们这款有现货吗', 'Hans'],
  ['讀了消委會的空氣清新機測試報告，你們有冇得賣', 'Hant'],
  ['目前不用，但想问以后找人工客服几点有人', 'Hans'],
  ['不用找人工 我就想问下运费怎么算', 'Hans'],
  ['no need for a person, I just wanted to ask how long refunds take', 'Hans'],
  ['唔使搵真人，我淨係想問下幾時發貨', 'Hant'],
  ['跑步扭伤了脚在家休息，快递能放驿站吗', 'Hans'],
  ['打篮球扭伤了脚，包裹能晚两天送吗', 'Hans'],
  ["my apple id got hacked, how do i get it back (i know that's apple's problem)", 'Hans'],
  ['my google account got hacked lol, should i change my password here too', 'Hans'],
  ["smoke alarm went off again (burnt toast downstairs lol). anyway my parcel hasn't arrived", 'Hans'],
  ['the fire alarm went off in the building (someone upstairs burnt dinner). when does my order ship?', 'Hans'],
  ["my mum is in hospital and I don't know whether I should fly home. what would you do", 'Hans'],
  ['my grandma is sick, should i move back home? what do you think i should do', 'Hans'],
  ['现在不需要，想知道以后找人工客服什么时间有人', 'Hans'],
];
const FOR_A_PERSON: Array<[string, Script]> = [
  ['police came because your delivery guy assaulted my husband', 'Hans'],
  ['the fire alarm went off because your heater caught fire', 'Hans'],
  ['my mom got sick from your tea', 'Hans'],
  ['someone hacked my account here', 'Hans'],
  ['被你们的充电宝炸伤了', 'Hans'],
  ['我已经向消协投诉你们了', 'Hans'],
  ['我要人工 现在', 'Hans'],
  ['唔使等 即刻幫我轉真人', 'Hant'],
  ["I've called the police about your driver, where is my parcel", 'Hans'],
  ['不用找机器人 我只想找真人', 'Hans'],
  ['no need to wait, I just want a human now', 'Hans'],
  ['打球时你们的护膝断了扭伤了脚，快递能放驿站吗', 'Hans'],
  ['my icloud got hacked and now my account here has orders i didnt make', 'Hans'],
  ['我要去消协投诉你们，床垫评测说你们的不合格', 'Hans'],
  ['现在不需要退款，我要人工', 'Hans'],
  ['手机充电时突然炸了', 'Hans'],
  ['the charger you sold me set off the fire alarm upstairs', 'Hans'],
  ['my mom got sick after eating your chocolate, what should I do', 'Hans'],
  ['the police came to my building because your courier stole my parcel', 'Hans'],
  ['police were at my building because your driver hit my car', 'Hans'],
  ['the smoke alarm went off because the toaster I bought from you caught fire', 'Hans'],
  ['my son got ill from your baby formula, what would you do', 'Hans'],
  ['someone logged into my account here and ordered stuff', 'Hans'],
  ['我已经向消委会投诉咗你哋', 'Hans'],
  ['我要真人 马上', 'Hans'],
  ['唔使等，即刻轉人工', 'Hant'],
  ["I'm calling the police on you thieves", 'Hans'],
  ['隔离屋报了警，因为你们的快递员偷了我的包裹', 'Hans'],
  ['不用转人工了 马上帮我转人工', 'Hans'],
  ['no need for a bot, I just want to talk to a person', 'Hans'],
  ['跑步时你们的鞋底断了摔伤了，快递能放驿站吗', 'Hans'],
  ['我的苹果账号被盗了，这里的账号也被人登了', 'Hans'],
  ['看了消协的评测，你们的电热毯不合格，我要投诉', 'Hans'],
  ['邮箱炸了', 'Hans'],
  ['my dad is sick from the vitamins you sold, what should I do', 'Hans'],
  ["fire alarm went off because your lamp melted. anyway my other order hasn't moved", 'Hans'],
  ['someone hacked my account here (I know, not your fault)', 'Hans'],
];

describe('a routine question beside an incident that is not the store\'s', () => {
  test.each(ROUTINE)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(FOR_A_PERSON)('%s (%s) → a person', (text, script) => expect(does(play([text], script)[0])).toMatch(/^handoff/));
});
