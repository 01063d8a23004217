/**
 * Harm told as none of the store's doing, beside a routine question, as conversations of one message: `[customer says,
 * script, bot does]` in English, simplified and traditional Chinese (Taiwan usage and Cantonese). Disowned in so many
 * words, from someone else's property or food eaten out, settled before, a relative kept company in the emergency
 * ward, or the customer's own injury or illness told as why a parcel must come another way or as what keeps them in for
 * an errand from home (harm-elsewhere.ts); and, near each, the message with the same words that still tells an incident
 * of the store's.
 */
import type { KnowledgeService } from '../../../knowledge';
import type { TurnResult } from '../../../bot/core/turn';
import { does, handoffKnowledge, playConversation, type Script } from '../../support/handoff-conversation';

let knowledge: KnowledgeService;
beforeAll(async () => {
  knowledge = await handoffKnowledge();
});

const play = (lines: string[], script: Script = 'Hans'): TurnResult[] => playConversation(knowledge, lines, script);

const NOT_THE_STORES: Array<[string, Script]> = [
  // A harm the news told, the store wished well ("hope yours is ok" names the store's warehouse, not a cause).
  ['the news said a warehouse somewhere caught fire, hope yours is ok! when will my order ship', 'Hans'],
  // Someone outside the household harmed by goods bought elsewhere, told as why the customer asks before buying.
  ["my neighbour got an electric shock off a cheap charger from some market app, scary stuff. if I buy one from you and don't like it can I send it back?", 'Hans'],
  ['my friend got burned by a cheap hair straightener from some app, are yours safe?', 'Hans'],
  ['邻居买了个杂牌充电器起火了 吓死 你们的充电器出了质量问题怎么保修', 'Hans'],
  ['朋友用了山寨充电宝着火了，你们的充电宝有安全认证吗', 'Hans'],
  ['同事買咗個山寨叉電器燒咗 你哋嘅叉電器有冇保養', 'Hant'],
  // Disowned.
  ['got food poisoning over the weekend, nothing to do with you, can you hold my order till next week?', 'Hans'],
  // Disowned in brackets.
  ["had food poisoning all weekend from a dodgy takeaway (not you guys lol) and slept through the delivery. where's my parcel now?", 'Hans'],
  // "for a while" is how long, not while doing something with the goods.
  ['broke my wrist skiing so cant get to the post office for a while, is there any flexibility on the return window', 'Hans'],
  // The customer's own stay told as the schedule, then the parcel's story with its own 但是.
  ['前几天住院了没在家 快递显示签收了但是找不到 怎么办', 'Hans'],
  ['我自己切菜割伤了手 和你们没关系 能换个带护手的刀吗', 'Hans'],
  ['自己煮飯燙到手 跟你們無關 鍋子可以換大一點的嗎', 'Hant'],
  ['我自己煮嘢整親 唔關你哋事 想問點樣換貨', 'Hant'],
  // Someone else's property on fire, food eaten out.
  ["our neighbour's flat caught fire so we're at my mum's, can you change my delivery address?", 'Hans'],
  ['my husband got food poisoning at a restaurant, so can I cancel the party platter order?', 'Hans'],
  ['邻居家着火了 这几天住酒店 订单能改地址吗', 'Hans'],
  ['新闻说快递站着火了 我的包裹会不会丢', 'Hans'],
  ['隔壁失火 暫時住親戚家 可以改收件地址嗎', 'Hant'],
  ['隔籬屋著火 我哋暫時搬走 可唔可以改送貨地址', 'Hant'],
  // The customer's home burned down before, told as why something is asked for.
  ['my gift card was destroyed when our flat burned down, can it be replaced?', 'Hans'],
  // Settled before.
  ['the allergic reaction issue from last month was resolved, thanks. when does my order ship?', 'Hans'],
  ['上次过敏的事已经处理好了 谢谢 积分怎么用', 'Hans'],
  ['之前過敏的問題已經解決了 謝謝 禮物卡要怎麼用', 'Hant'],
  // Settled, told in words the learned legal reading leans on (事 · 处理 · 好了): no dispute either.
  ['之前燙傷的事已經處理好了 想問退貨運費誰付', 'Hant'],
  ['之前烫伤的事已经处理好了 想问退货运费谁付', 'Hans'],
  // A relative kept company in the emergency ward.
  ['陪我爸在急诊待了一晚 快递没收到 能再送吗', 'Hans'],
  ['陪阿爸喺急症室成晚 冇收到件 可唔可以再送', 'Hant'],
  // The customer's own injury or stay in hospital, told as why the parcel must come another way.
  ["I fractured my ankle and I'm in hospital till monday, can you deliver my order to the ward instead?", 'Hans'],
  ['sprained my wrist at netball, can the courier leave it with my neighbour as I cant sign?', 'Hans'],
  ['我腿摔断了 这周在医院 快递能晚几天送吗', 'Hans'],
  ['扭伤了腰 下不了楼 快递能放驿站吗', 'Hans'],
  ['我跌斷咗腳 而家喺醫院 可唔可以改送貨地址', 'Hant'],
  // The customer ill or hurt, told as what keeps them in: the parcel brought up, the return collected, the order cancelled.
  ['最近腰扭伤了搬不动 快递能送上楼吗', 'Hans'],
  ['我骨折了 行动不便 能取消订单吗', 'Hans'],
  ['我受傷咗行動不便 可唔可以幫我取消訂單', 'Hant'],
  ['我跌親腳 行唔到 退貨可唔可以上門收', 'Hant'],
  ["I've got a fever and can't sign for it, can the driver leave it in the porch?", 'Hans'],
  ['我发高烧起不来床 快递能放门口吗', 'Hans'],
  ['我腿骨折了 一个月不能出门 订单能延期发货吗', 'Hans'],
  // A condition between the customer and the stay (a pregnancy, an illness), a measure word before the body part
  // (我隻腳, folded 我只脚), kept in told as when they can go out again, a request told as an imperative (帮我放驿站吧).
  ['我怀孕住院了 快递帮我放驿站吧', 'Hans'],
  ['我阑尾炎住院了 订单先别发', 'Hans'],
  ['我隻腳扭傷咗 行唔到 退貨可以上門收嗎', 'Hant'],
  ['我条腿骨折了 出不了门 能取消订单吗', 'Hans'],
  ['骨折打了石膏 下个月才能出门 退货期限能延长吗', 'Hans'],
  // Someone of the household ill or in hospital, told as why the parcel must come later or another way.
  ['宝宝发烧了 能不能晚点送 明天再送可以吗', 'Hans'],
  ['我老公发烧住院了 快递放驿站吧', 'Hans'],
  ['阿媽入咗院 我呢排要去醫院照顧佢 可唔可以遲啲先送', 'Hant'],
  ['my wife just had a baby in hospital, can we delay the delivery by a week?', 'Hans'],
  ['my newborn is in the NICU so we\'re at the hospital most days, can you hold my order at the depot?', 'Hans'],
  ['we\'re at the children\'s hospital with our daughter this week, please hold the delivery', 'Hans'],
  // A stay over, told as why a parcel was missed or with the customer home again.
  ['I was in hospital with pneumonia and missed the delivery, can you resend?', 'Hans'],
  ["I've just come home from hospital after my surgery, when will my order arrive?", 'Hans'],
  // Someone of the household hurt in a sport or an activity of their own, or in a fall at home or at school, told beside
  // a routine question; goods bought asked after as still on their way (他买的…到哪了) caused nothing.
  ['my daughter sprained her ankle at netball so can you tell me when the trainers will arrive', 'Hans'],
  ["my boy fractured his finger at rugby, what's the delivery time for the mouthguard", 'Hans'],
  ['my husband fell at home and is resting, where is my order', 'Hans'],
  ['my son fell at school, can I change the order', 'Hans'],
  ['我女儿打篮球扭伤了手腕 帮我看看她买的护腕发货了没', 'Hans'],
  ['我儿子跑步摔伤了膝盖 请问订单什么时候到', 'Hans'],
  ['我老公在家摔了一跤在休息 包裹到哪了', 'Hans'],
  ['我女兒打球扭傷了腳 請問她買的鞋子什麼時候到', 'Hant'],
  ['我兒子在學校跌傷了手 請問他買的書包寄出了嗎', 'Hant'],
  ['我個女踢波整親隻腳 佢買嘅護膝幾時到', 'Hant'],
  // The question set apart ("unrelated but", "not related", 题外话, 无关) from smoke of someone's cooking.
  ['unrelated but my flatmate burnt the toast and set off the smoke alarm, do you deliver on saturdays', 'Hans'],
  ['ok so the kids set off the smoke alarm making pancakes, not related but do you sell gift cards', 'Hans'],
  // A parcel that "exploded with" its filling, nothing hurt: a figure, no blast.
  ['the box exploded with packing peanuts all over the hallway, all good, how do I leave a review', 'Hans'],
  ['打开箱子泡沫粒炸了一地 东西都没事 请问怎么写评价', 'Hans'],
  // An animal at the vet's or its clinic, no cause told: the animal's care.
  ['我家狗狗在宠物诊所住院 好心疼 请问狗粮什么时候到', 'Hans'],
  ['我隻狗喺寵物診所留醫 好心痛 狗糧幾時到', 'Hant'],
];

const STILL_THE_STORES: Array<[string, Script, string]> = [
  // Another's harm from the store's own goods.
  ['my neighbour got a shock off the heater you sold him, what do we do', 'Hans', 'handoff L1 safety'],
  ['同事买的你们家的充电宝炸了 怎么办', 'Hans', 'handoff L1 safety'],
  ['the news said your heaters catch fire, mine just caught fire too, what do i do', 'Hans', 'handoff L1 safety'],
  ['saw on the news a heater caught fire, is yours safe? mine is smoking now', 'Hans', 'handoff L1 safety'],
  ['邻居的孩子被你们的玩具划伤了 怎么投诉', 'Hans', 'handoff L1 safety'],
  ['my friend bought a cheap charger elsewhere but the one you sent me caught fire last night, can I get a refund?', 'Hans', 'handoff L1 safety'],
  ['朋友买了个杂牌充电宝 但是你们寄来的也冒烟了 能退吗', 'Hans', 'handoff L1 safety'],
  ['my friend had a cheap charger from some app blow up, can I return the one you sent me that also caught fire?', 'Hans', 'handoff L1 safety'],
  // The product or the shop named as the cause, a new harm after the settled one, a harm at a place goods are used.
  ['my son cut his hand on the scooter at the park, the handle snapped, can I return it?', 'Hans', 'handoff L1 safety'],
  ["the burn issue from last time was sorted but the kettle is smoking again, can I return it?", 'Hans', 'handoff L1 safety'],
  ['the power bank you sold me exploded at the neighbours house, how do I claim?', 'Hans', 'handoff L1 safety'],
  ['the heater caught fire and our house burned down, can I claim?', 'Hans', 'handoff L1 safety'],
  ['我骨折了在医院 能把收货地址改到医院吗 但是你们的椅子还是塌了', 'Hans', 'handoff L1 safety'],
  // 是不是你们的 asks whose it is; it disowns nothing.
  ['充电器是不是你们的 昨晚着火了 能退吗', 'Hans', 'handoff L1 safety'],
  ['孩子在公园玩滑板车摔伤了 把手断了 能退吗', 'Hans', 'handoff L1 safety'],
  ['上次的问题解决了 但是这次充电器又冒烟了 能退吗', 'Hans', 'handoff L1 safety'],
  ['在外面露营用你们的卡式炉着火了 怎么赔', 'Hans', 'handoff L1 safety'],
  ['小孩在學校吃了你們的餅乾過敏 可以退嗎', 'Hant', 'handoff L1 safety'],
  ['喺外面露營用你哋個卡式爐著火 點賠', 'Hant', 'handoff L1 safety'],
  // The same own harm with its cause told: the product broke under the customer.
  ["I fractured my ankle when your step ladder gave way, I'm in hospital, can you deliver the refund paperwork to the ward?", 'Hans', 'handoff L1 safety'],
  ['sprained my wrist falling off the stool you sent, can the courier collect it?', 'Hans', 'handoff L1 safety'],
  ['你们的凳子腿断了 我腿摔断了 在医院 快递能晚几天送吗', 'Hans', 'handoff L1 safety'],
  ['張櫈塌咗 我跌斷咗腳 而家喺醫院 可唔可以改送貨地址', 'Hant', 'handoff L1 safety'],
  // A second harm told outside the customer's own clause, an act with the goods, a start with them: still the goods'.
  ["I got burned by the kettle and I'm on crutches, can I change the delivery address to my mum's?", 'Hans', 'handoff L1 safety'],
  ['I hurt my back lifting it, can you collect it from my door?', 'Hans', 'handoff L1 safety'],
  ["I've had a fever since I started taking the supplements, can you pause my subscription?", 'Hans', 'handoff L1 safety'],
  // A harm with an errand from home, but nothing told as keeping the customer in: the chair may be the cause.
  ['I broke my wrist, can you collect the chair?', 'Hans', 'handoff L1 safety'],
  ['扭伤了腰 搬柜子的时候 能上门取件吗', 'Hans', 'handoff L1 safety'],
  ['我手被烫伤了 行动不便 能取消订单吗', 'Hans', 'handoff L1 safety'],
  // Someone of the household ill after eating or using the goods, or hurt (an injury, whose cause a child's story may
  // leave to the goods): the illness or the harm is the goods' to answer for.
  ['宝宝发烧了 吃了你们的米粉 能晚点送吗', 'Hans', 'handoff L1 safety'],
  ['孩子吃了这个之后发烧了 能晚点送吗', 'Hans', 'handoff L1 safety'],
  ['宝宝摔伤了 能不能晚点送', 'Hans', 'handoff L1 safety'],
  ['我只手被你们的锅烫伤了 行不到 退货可以上门收吗', 'Hans', 'handoff L1 safety'],
  ['我的椅子塌了 我腰扭伤了 搬不动 能上门取件吗', 'Hans', 'handoff L1 safety'],
  ["my son was in hospital after the scooter snapped, can you change the delivery address?", 'Hans', 'handoff L1 safety'],
  ["we're at the hospital because the heater exploded, can you leave it with a neighbour", 'Hans', 'handoff L1 safety'],
  ["got food poisoning from your snacks (not you guys lol jk it was you), where is my refund", 'Hans', 'handoff L1 safety'],
  // Someone of the household hurt with no occasion told, or on a thing, or by the store's goods; smoke or a burst of the
  // goods beside "unrelated"; a burst that hurt; an animal at the vet's after the store's goods.
  ['my son broke his arm when the scooter you sold us snapped', 'Hans', 'handoff L1 safety'],
  ['my son broke his arm, can I change the order', 'Hans', 'handoff L1 safety'],
  ['my son hurt his knee on the trampoline at home, where is my order', 'Hans', 'handoff L1 safety'],
  ['my son fell off the scooter you sold us, where is the replacement', 'Hans', 'handoff L1 safety'],
  ['孩子玩你们的滑板车摔伤了', 'Hans', 'handoff L1 safety'],
  ['我儿子用了你们的护膝还是扭伤了 怎么退', 'Hans', 'handoff L1 safety'],
  ['我兒子被你們的椅子夾傷了手 怎麼辦', 'Hant', 'handoff L1 safety'],
  ['the smoke detector went off because the heater you sent started smoking', 'Hans', 'handoff L1 safety'],
  ['unrelated but my charger caught fire last night, do you deliver on sundays', 'Hans', 'handoff L1 safety'],
  ['unrelated but the charger you sent caught fire last night', 'Hans', 'handoff L1 safety'],
  ['the box exploded and glass cut my hand', 'Hans', 'handoff L1 safety'],
  ['the box exploded with confetti and a shard cut my son\'s hand, where do I leave a review', 'Hans', 'handoff L1 safety'],
  ['the vape you sold me exploded with sparks everywhere, everything fine but I\'m shaken', 'Hans', 'handoff L1 safety'],
  ['my dog is at the vet after eating your treats', 'Hans', 'handoff L1 safety'],
  ['我家狗吃了你们的狗粮去看兽医了 怎么办', 'Hans', 'handoff L1 safety'],
];

describe('harm told as none of the store doing, beside a routine question', () => {
  test.each(NOT_THE_STORES)('%s (%s) → no person', (text, script) => expect(does(play([text], script)[0])).not.toMatch(/^handoff/));
  test.each(STILL_THE_STORES)('%s (%s) → %s', (text, script, expected) => expect(does(play([text], script)[0])).toBe(expected));
});
