import { detectAgentRequest } from '../../../../bot/core/signals';
import { foldChinese } from '../../../../knowledge';

const ENGLISH_REQUESTS = [
  'can I talk with an attendant please',
  // A transfer to a department by name.
  'put me through to billing please',
  // A contact asked for, though the message speaks of e-mail too.
  '> On Monday you wrote: please reply to this email. I would like a member of staff to call me on 07700 900123',
  'hand me over to support',
  // Opening a café is no question about opening hours.
  "I want to buy 12 of the same pendant lamp for a small café I'm opening. I think I need to speak with someone on your sales team",
  // A time in the story before the request is the story's, not a question of when support works.
  'we are opening a small cafe next month and ordered a lot of things on one account, rather than go back and forth here could i just chat with one of your staff',
  // A real person asked after, chat spellings and dictation, someone fetched from the team.
  'is there anyone real I could speak with',
  'tlak to humna',
  'wanna talk 2 sum1 real',
  'speak to a represent a tive please',
  'can you just get someone from the team to sort this out',
  'can somebody actually read this',
  'way too much to type, can a person help',
  'hello i am not good with computers can a real lady or gentleman help me please',
  'Good afternoon. I am 78 and not very good with computers. Could a young person from the shop please help me through my order, step by step. Many thanks, Margaret',
  'how do i split payment between two cards... actually nvm id rather just talk it thru with somebody from your team if thats possible rn',
  'can somebody from support join',
  "it's easier if a human checks it, can you hand me over?",
  'who do I speak to about this',
  'connect me with the returns team',
  'talk to a human',
  'I want to talk to a real person',
  'agent please',
  'Agent!',
  'HUMAN',
  'representative',
  'Can I speak to someone?',
  'let me speak to your manager',
  'customer service',
  // Help by people named as a desk, or someone made real, as the whole message.
  'human support',
  'live support please',
  'someone real',
  'transfer me to an agent',
  'transfer me please',
  'I need to contact a live agent',
  'get me a human',
  'I want a live agent',
  'is there a real person I can talk to?',
  'put me through to customer support',
  'connect me with an operator',
  "I don't want to talk to a bot",
  'you are useless, let me chat with somebody',
  'could I speak with one of your representatives',
  'escalate this please',
  // The wordings: short, repeated, polite, to a manager, asking a person to act.
  'human pls',
  'agent!!',
  'agent agent agent',
  'stop. human.',
  'live chat w/ a person?',
  'let me talk to your manager',
  'can a human look at my case',
  'get me an employee',
  'can someone from support call me back',
  // Chat's word for contacting someone: ping.
  'can someone from support ping me',
  'Could I be put through to an advisor please',
  'real human please, this is too complicated to explain to a bot',
  'i dont want to talk to a bot. person please',
  'is there a real person i can chat with right now',
  'put a human on please',
  'get me someone from customer care',
  'connect me with your team',
  'human being please',
  'i want to speak with whoever is in charge',
  'need human help',
  'pass me to a colleague',
  'can you get a person to help me',
  'customer service rep please',
  'get a manager',
  // One typo or a playful spelling; a call back; someone arranged; romanised 真人 / 人工.
  'conect me to a agent',
  'can i talk to a hooman pls',
  'i need to speak with a reprasentative',
  'i wnat to talk to an agnet',
  'could one of your team give me a call about my order',
  'please call me back on 07700 900123',
  'have someone look into it please',
  'can you get somebody to sort this out for me',
  'jan yan please',
  'zhenren',
  // Checking someone is there; a person instead of the bot; someone who can see the account; a person asked after.
  'hello? is anybody actually there?',
  'a person instead of a bot please',
  'could somebody actually look at my order instead of a bot',
  "i'd rather explain this to someone who can see my order history",
  'do you have a specialist we can talk to about bulk orders',
  'is there an account manager we could talk to about wholesale orders',
  'escalate this please',
];

// Questions about support (how, when, by phone): the knowledge base answers them.
const ENGLISH_QUESTIONS_ABOUT_SUPPORT = [
  'is there a way to escalate my ticket? it has been open a week',
  'can I escalate my complaint?',
  'is there a way to speak to someone on the phone',
  'do you have a number i can ring to speak to someone',
  'what is the customer service phone number',
  'do you have live chat with actual agents? what hours',
  'not right now but how would i reach a real person if i need to?',
  'how do i make a complaint',
  'I would like to call customer support',
  'how can i call customer service',
  'do i have to talk to someone to close an account',
  // How escalation works, how long it takes, whom to reach later if the bot cannot help: the articles answer.
  'how can I escalate this, the answer I got did not help',
  'if the bot cannot answer, is there a human I can reach later?',
  'how long does it take for a supervisor to review a complaint?',
  'is anyone there at weekends',
  'what are the opening times for talking to a real person',
  // Asking how to reach support is answered (the article says to type "agent"), as realistic_dev's README has it for
  // "how would i reach a real person" and as 怎么联系客服 always was; this row was a request before that convention.
  'how do I get in touch with customer service?',
];

const ENGLISH_MENTIONS = [
  'how do I connect my account to paypal',
  'can a man look good in this shirt',
  "i'll talk it over with someone at home first",
  'do you sell dresses for real women',
  'is there anyone else who bought this in blue?',
  'can you get someone to collect the return?',
  'the courier said he put it through the letterbox',
  'the delivery agent left it in the rain',
  'the person at the door said it was damaged',
  'my husband placed the order',
  'I talked to someone yesterday and they promised a refund',
  'your agent was rude to me',
  'can I send the gift to another person?',
  "I don't want to talk to an agent, just tell me the price",
  'am I talking to a real person?',
  'I made a transfer to someone last week',
  'what do you call someone who was born in Segovia',
  'customers like me deserve better',
  'the human resources department',
  'someone stole my package',
  'people say the battery is weak',
  'can I get a human-readable invoice',
  'my account manager said it would be refunded',
  'the delivery agent left it',
  'am i speaking with ai or a real, live person',
  'can someone help me unblock my pin?',
  // One edit from a key word but a word of its own; being named, not phoned; the customer's own arrangements.
  'how do I manage my newsletter emails',
  'can I return some of the stuff I ordered',
  'the delivery agnet left it at the wrong door',
  'you can call me sarah',
  'please call me bob from now on',
  'will you call me when it ships',
  "I'll get someone to pick it up",
  // Someone's own people: the customer's role, or who acts for them; people counted.
  'our purchasing agent needs an itemised invoice for the order, can you send one',
  "I'm the human resources manager and want to buy gift cards for 20 staff, how do they work",
  'my travel agent wants a copy of the booking',
  'as the office manager I need to order chairs for twelve employees',
  'is someone there to sign for the parcel',
  'I explained it to someone yesterday',
];

const CHINESE_REQUESTS = [
  '转人工',
  '麻烦转接售后',
  '帮我接一下退货部门',
  '赚人工',
  '可以请专人用email回复我吗',
  '帮我转到相关部门',
  '我要转人工服务',
  '人工客服',
  '人工',
  '找客服',
  '帮我联系一下客服',
  '我要跟真人说话',
  '有真人可以帮忙吗',
  '放假期间也要给我转人工',
  '有人能处理一下吗',
  '有没有人工',
  '叫你们经理来',
  '给我接人工',
  '不想跟机器人聊了',
  '有人在吗？',
  '有没有人管管',
  'agent please',
  // Short, repeated, to a manager, and Cantonese (simplified, as the engine folds 唔該幫我轉真人).
  '人工！人工！',
  '客服客服客服',
  'rg',
  '别让机器人回了 叫人来',
  '我要跟你们经理说',
  '我要找人工处理',
  '我想跟客服人员聊聊',
  '唔该帮我转真人',
  '有冇真人呀',
  '我想同职员倾',
  '叫你们主管出来',
  '不要机器人 我要找人',
  '转真人客服',
  '我要揾人工',
  '可唔可以揾真人',
  '请让人工来处理',
  // Homophone typos, 客户 for 客服 after 转; a call back; a person arranged; Cantonese 机械人 and 搵返个人.
  '转人公',
  '我要找真仁',
  '帮我转客户',
  '人宫客服在吗',
  '能打电话联系我吗 打字说不清楚',
  '请回电给我 0912345678',
  '有没有人可以接电话',
  '可不可以打个电话给我',
  '请安排人工处理',
  '安排客服跟进一下我的订单',
  '不想同机械人讲',
  '机械人听不明 找返个人来',
  'yan gung 请',
  // A person to explain, a colleague who can see the back office, a contact point for business customers.
  '我眼睛不好看不清 能不能让个人来跟我讲',
  '这个问题有点复杂 我想跟能处理退款的同事沟通',
  '想直接跟查得到后台的工作人员说',
  '有没有负责批发的对接人可以联系',
  '有没有负责企业采购的窗口可以洽谈',
  // Phoned with the phone understood (Cantonese 打俾我); the staff named by their desk, alone.
  '有没有人可以打给我',
  '有冇人可以打俾我',
  '客服人员',
  '工作人员！',
  '有人工吗',
  '有人工吗 转人工',
  // A person named in English after a Chinese verb.
  'hi 可唔可以轉個 human agent 呀 我有啲 order 嘅嘢想 confirm 下',
  '麻烦转个 real person',
];

const CHINESE_QUESTIONS_ABOUT_SUPPORT = ['人工客服啥时候在线', '客服几点有人接电话', '有电话客服吗', '晚上有人工吗', '客服电话是多少', '工单能升级吗', '过年期间有客服吗', '國慶放假有人工嗎',
  // Whether there is a way (a phone line, a method) to reach a person, or where to find one: answered, not handed off.
  '请问有没有热线可以跟真人沟通', '有没有别的办法可以联系到人工', '在哪里可以找到真人客服', '哪里能转人工啊 找了半天',
  '有没有电话可以同真人倾',
  // Whether there is one, then how to reach them in a clause of its own: the way is asked ("有人工吗" alone asks for one).
  '請問有真人客服嗎 要怎麼聯絡', '请问你们有人工客服吗？怎么联系'];

const CHINESE_MENTIONS = [
  '快递员把包裹放在门口了',
  '我老公下的单',
  '客服说明天发货',
  '有人说可以退',
  '人工智能太笨了',
  '安装的人工费怎么算',
  '跟客服说了好几次都没用',
  '不用转人工，我自己看看',
  '门口那个人是谁',
  '有没有人用过这个型号',
  '还需要人工审核吗',
  // 人公 inside other words, 客户 as the customer, a courier's call, a call refused, personal details, a pickup.
  '主人公是谁',
  '我是老客户 有会员折扣吗',
  '客户端怎么下载',
  '快递员会打电话给我吗',
  '不要给我打电话',
  '找个人信息设置在哪',
  '你们会怎么处理我的个人隐私',
  '能安排人上门取件吗',
  '机器人功能有哪些',
  // The customer's own people; a courier who phones; the staff narrated.
  '我们主管想买礼物卡送员工 要怎么买',
  '我的经理要一张公司抬头的发票',
  '快递员会打给我吗',
  '客服人员说明天发货',
  // Feedback for the product team; how long an escalation takes; a window on the screen.
  '我有个意见想给你们项目经理 在哪里提',
  '我想问升级给经理处理要等多久',
  '我想问escalate给manager看要等多久',
  '弹出窗口关不掉',
];

// As the customer types them, folded as the engine does (traditional and Cantonese to simplified): [text, a request].
const FOLDED: Array<[string, boolean]> = [
  ['有沒有人可以同我傾偈', true],
  ['有冇人可以同我講下嘢', true],
  ['有冇電話可以直接同真人講', false],
  ['邊度可以搵到真人客服', false],
  ['人工客服喺邊度搵', false],
  ['真人客服喺邊度搵 快啲幫我轉人工', true],
  // Taiwan's 個資 folds to 个人数据: the customer's data, not a person to handle it.
  ['你們怎麼處理我的個資', false],
];

// A being of any name to talk with instead of the bot is a person asked for; a channel to use instead is not.
const ENGLISH_INSTEAD: Array<[string, boolean]> = [
  ['any chance of a warm-blooded mammal I can talk to instead', true],
  ['is there a real breathing human being I can chat to', true],
  ['do you have a phone line I can talk to instead', false],
  ['is there an email address I can write to instead', false],
];


// Each mechanism as a table of [customer says, a request for a person]: the wordings it reads, and near misses of its
// own kind that it must leave alone (at least as many as the hits).

// People of the shop by rank or trade, after a verb of contacting: a senior, a superior, the boss, management, a worker
// or a clerk of the shop. Not the customer's own boss, a senior discount, the worker who delivered it.
const PERSON_BY_RANK_OR_TRADE: Array<[string, boolean]> = [
  ['please put me through to your superior', true],
  ['can i speak to your boss', true],
  ['I would like to talk to someone higher up', true],
  ['let me speak to management', true],
  ['I want to speak with employee of store, not robot', true],
  ['i want a clerk from the store not a robot', true],
  ['can you connect me to a salesperson', true],
  ['i need to speak with someone more senior', true],
  ['kindly connect me to your customer care executive', true],
  ['please transfer me to an executive', true],
  ['is the executive office chair in stock', false],
  ['I ordered an executive desk for my boss', false],
  ['our workers need hi-vis jackets, do you sell them', false],
  ['the worker who delivered it was rude', false],
  ['does the senior discount apply online', false],
  ["I'm a senior citizen, can I get free delivery", false],
  ['my boss wants an invoice for the chairs', false],
  ['my boss asked me to order twelve chairs', false],
  ['the delivery worker left it next to the bins', false],
  ['I explained this to management last week', false],
  ['the clerk at the post office said it was too heavy', false],
  ['management of my account settings is confusing', false],
];

// Words that make a person real, several in a row with commas or "and": "a living, breathing employee".
const REALITY_WORDS: Array<[string, boolean]> = [
  // A kind word before the person says whom the customer hopes for.
  ["I'm 74 and these menus confuse me. May I talk to a nice person please?", true],
  ['could I speak to a friendly human please', true],
  ['my neighbour is a nice person, can you deliver to her', false],
  ['the courier was a friendly guy, thanks', false],
  ['Can I talk to an actual, real-life human?', true],
  ['I need a living breathing person', true],
  ['talk to a flesh and blood human please', true],
  ['could I speak with a genuine, living member of staff', true],
  ['is the mannequin in the photo a real person', false],
  ['the plant is living and breathing in the box, it arrived fine', false],
  ['the real leather sofa smells like a living thing', false],
  ['I want to talk about the genuine leather option', false],
];

// Frames that transfer: put in touch with, be transferred (also misspelt) or connected, passed on to.
const TRANSFER_FRAMES: Array<[string, boolean]> = [
  ['Could you put us in touch with someone from your wholesale team?', true],
  ['Is it possible to be put in touch with whoever deals with corporate orders?', true],
  ['I want to be connected to an agent', true],
  ['can i be conected to a supervisor', true],
  ['id like to be tranferred to a manager', true],
  ['can I be passed on to a colleague of yours', true],
  ['Could I get put through to a real live person?', true],
  ['hook me up with someone from sales', true],
  ["I'd like to be referred to a specialist", true],
  ['can I be put on the mailing list', false],
  ['put me down for the newsletter', false],
  ['how do I transfer my order to someone else', false],
  ['I was transferred to a robot last time', false],
  ['I want to connect my account to paypal', false],
  ['can I redirect my parcel to my neighbour', false],
  ['how do I get in touch with the courier about a missed delivery slot?', false],
  ['is there a way to be put in touch with someone by phone?', false],
  ['who do I contact about a refund', false],
  ['my doctor referred me to a specialist for the back pain', false],
  ['can you hook up the speakers to the tv', false],
];

// Someone who can decide: "someone who can make decisions", "a person with authority", "is there anybody more senior".
const SOMEONE_WHO_CAN_DECIDE: Array<[string, boolean]> = [
  ['put me through to somebody who can make a decision', true],
  ['i want to speak to someone with authority to approve a refund', true],
  ['is there someone who has the authority to do this', true],
  ['is there anybody more senior I could talk to', true],
  ['I need to talk to someone who can sign this off', true],
  ['someone with authority signed for it', false],
  ['who decides what goes on sale?', false],
  ['can I make a decision about the colour later?', false],
  ['does someone senior check the returns?', false],
  ['our finance director has the authority to sign the order', false],
];

// Contact told, not asked: a progressive past ("was talking to"), a chore ("had to deal with").
const TOLD_NOT_ASKED: Array<[string, boolean]> = [
  ['I have to talk to a manager about this', true],
  ['why was I talking to a robot? get me an agent', true],
  ['the driver was talking to staff next door', false],
  ['the driver was talking to workers next door', false],
  ['I have to deal with staff on site all day', false],
  ['we were speaking to a salesperson in the store yesterday', false],
];

// A person asked to answer the customer: "can a living person answer me", "could an agent reply to my email".
const PERSON_TO_ANSWER: Array<[string, boolean]> = [
  ['can a living person answer me?', true],
  ['could an agent reply to my email please', true],
  ['can a real human respond to me', true],
  ['can someone answer my question about sizes', false],
  ['can a person answer the door when the courier comes?', false],
  ['could the reply to my email be in French', false],
];

// Checking that a person is there to read: "is a real person reading this", drawn-out greetings ("heyyy").
const READING_THIS: Array<[string, boolean]> = [
  ['heyyy is a real person reading this?', true],
  ['hiii is anyone reading my messages', true],
  ['is this being read by a real person?', true],
  ['does a real human actually read these messages?', true],
  ['is anybody actually seeing this', true],
  ['is anyone reading the reviews before they go up?', false],
  ['does anyone actually read these reviews', false],
  ['is a person reading the meter supposed to call first?', false],
  ['helloooo, is the sofa in stock', false],
  ['pleeease tell me the mug is dishwasher safe', false],
];

// "one" after an identity question that names a person stands for that person; not "one of", "one more", "one in red".
const ONE_AFTER_IDENTITY: Array<[string, boolean]> = [
  ['are you a real person? if not can I speak to one', true],
  ['r u human? get me one please', true],
  ["Is this a human? I'd like to talk to one.", true],
  ['are you a person? if you are not, please connect me to one', true],
  ['Are you a person? Just curious.', false],
  ['are you a person? I need one of the blue mugs in large', false],
  ['are you human? one more question about delivery', false],
  ["Is this a real person? I'd like one in red please", false],
  ['are you a bot? if so get me one for my website', false],
  ["are you human? I don't want one, just checking", false],
];

// The shop's people named by where they work or what they do, in a request frame: "the actual shop people", "someone at
// the store", "whoever packs it", "a living breathing soul". Not the customer's own people, nor the shop's people
// described or asked about.
const PEOPLE_OF_THE_SHOP: Array<[string, boolean]> = [
  ['can i talk to the actual shop people', true],
  ["I'd like to speak with the store staff please", true],
  ['can I chat with your sales team', true],
  ["I'd like to talk to whoever packs the orders", true],
  ['can I speak with whoever runs the shop', true],
  ["I'd like to sort that out with whoever packs it", true],
  ['is there a living breathing soul on the other end of this chat', true],
  ['can I talk to a living soul please', true],
  ['the shop people were really nice when I visited', false],
  ['do the shop people pack the orders by hand?', false],
  ['my sales team needs twenty laptops', false],
  ['does your sales team offer bulk discounts?', false],
  ['is your customer service team based in the UK', false],
  ["I'd like to thank the store staff for their help", false],
  ['whoever packs these does a great job, thanks', false],
  ['I want to send it to whoever moves into my old flat', false],
  ['this candle has so much soul', false],
  ['not a living soul was home when the courier came', false],
];

// One of the shop's people asked to act ("can someone from the team chat with me here", "would your sales team give me
// a call"), or anyone asked for what only a person does to the customer ("I need somebody to attend to me", "can
// somebody reply to me"). Not anyone asked to help with a thing, the customer's own people, what someone did, or how
// replies go.
const PERSON_ASKED_TO_ACT: Array<[string, boolean]> = [
  ['Can someone from the team chat with me here directly?', true],
  ['Please I need somebody to attend to me', true],
  ['I need someone to talk to me about my order', true],
  ['would someone from your team be able to chat with me', true],
  ['can anyone from support attend to me', true],
  ['could your sales team give me a call', true],
  ['please ask someone from your team to reply', true],
  ['I want someone from the warehouse to check my parcel before it goes', true],
  ['can someone help me find the size guide', false],
  ['I need someone to sign for the parcel', false],
  ['can someone from my team collect the order', false],
  ['someone from the team chatted with me yesterday and said it was fine', false],
  ['does someone from the team reply to emails on weekends', false],
  ['will someone from the team contact me when it ships', false],
  ['will someone reply to me within 24 hours if I email?', false],
  ["my friend needs somebody to attend to her dog while she's away, do you sell pet cameras", false],
  ['can my assistant contact you about the invoice?', false],
  ['can your support team see my order history?', false],
];

// The person understood: a transfer asked for with no one named ("can you put me in touch?"), a person waited for, the
// bot's replies declined. Not a transfer to someone else, waiting for a thing, or declining other automatic things.
const PERSON_UNDERSTOOD: Array<[string, boolean]> = [
  ["I've got a gift order going to my grandson. I'd like to sort the card out, can you put me in touch?", true],
  ['can you put me in touch please', true],
  ['can you connect me?', true],
  ["I'll wait for someone from the team, no rush at all", true],
  ["I'd rather wait for a human than keep typing to this thing", true],
  ["I don't want automatic replies", true],
  ['can you put me in touch with the courier', false],
  ['how do I connect my bluetooth speaker', false],
  ['keep me in touch with updates on my order', false],
  ["I'll wait for the delivery agent to come back tomorrow", false],
  ["I'll wait for the sale before buying", false],
  ["I don't want automatic renewal on my subscription", false],
  ["I don't want the automatic emails about offers", false],
];

// A person receiving a thing from the customer is not asked for ("send a gift to a colleague"); with a verb of
// contacting, or the customer's matter sent ("send this to your manager"), the same words reach one.
const PERSON_RECEIVES_A_THING: Array<[string, boolean]> = [
  ['I want to pass this to a colleague of yours', true],
  ["I'd like to be referred to a specialist", true],
  ['I want to write to a manager about this', true],
  ['send this to your manager please', true],
  ['I want this to go to a manager', true],
  ['I work at a newspaper and want to send a gift to a colleague in Toronto, do you ship to Canada?', false],
  ['I want to buy a present for a colleague, what do you suggest', false],
  ['I need a card for my manager, do you sell them', false],
  ['I want a leaving gift for a colleague under $30', false],
  ['can you deliver it to a colleague at my office', false],
  ['I want to give a voucher to an employee as a bonus', false],
];

// Whether people answer the chat at all, asked with a habit ("ever") or against bots ("or is it all bots"), is a question
// about support; checking someone is there now, or asking for one besides, is a request.
const WHETHER_PEOPLE_ANSWER: Array<[string, boolean]> = [
  ['is anyone there? hello?', true],
  ['does a real human actually read these messages?', true],
  ['is there a real human or is it all bots? get me a human please', true],
  ['does a real person ever read these chats?', false],
  ['is there a real human or is it all bots?', false],
  ['are there real people working there, or is it all ai?', false],
  ['does anyone ever answer these chats', false],
];

// Chinese, as the customer types it (folded as the engine does): someone named by the role they hold and fetched
// (找你们负责的, 请负责企业客户的同仁联络我), anyone asked to answer me (有冇人覆下我, 同我傾吓), whether there are people or
// only bots (还是全是机器人).
const CHINESE_MECHANISMS: Array<[string, boolean]> = [
  // 转人 (人工 shortened), asked outright; not 转人民币, and not declined (唔使转人).
  ['我問咗三次啦，直接幫我轉人喇', true],
  ['我要转人', true],
  ['帮我转人民币付款可以吗', false],
  ['唔使轉人 我自己睇下', false],
  ['不用转人 我自己搞定', false],
  ['我要找你们负责的', true],
  ['叫你们管事的出来', true],
  ['请负责的联系我', true],
  ['可以請負責企業客戶的同仁聯絡我嗎', true],
  ['請同仁跟我聯絡', true],
  ['有冇人可以同我傾吓？', true],
  ['喂 有冇人覆下我', true],
  ['到底有没有人理我啊', true],
  ['有人理我吗', true],
  ['你们有没有真人客服 还是都是机器人 帮我转人工', true],
  ['这个是谁负责的', false],
  ['想知道这个是哪个部门负责的', false],
  ['配送是哪家快递负责的', false],
  ['我们公司负责采购的同事想问能开专票吗', false],
  ['同仁說這款很好用 有現貨嗎', false],
  ['有人回复我了 问题解决了', false],
  ['有没有人理解我的意思 这个尺码偏大吗', false],
  ['有没有人回收旧家电', false],
  ['你们有没有真人客服啊 还是全是机器人', false],
  ['问一下 你们有人工客服吗 还是全是机器人', false],
  ['請問你們有真人客服嗎 還是都是機器人', false],
  // Recommending the shop to the customer's own colleagues asks for no one.
  ['这么便宜质量还这么好 我要推荐给同事', false],
  ['你们有人工客服吗 还是全是机器人 帮我转人工', true],
  ['你們有冇真人客服㗎 定係全部都係機械人', false],
  ['有人联系我说包裹到了 是你们吗', false],
  // Colleagues or staff shopped for, or asked for, by the customer: someone of theirs, not the shop's.
  ['我是公司HR 想给员工买礼品卡 有批量的吗', false],
  ['我在人資部門 想幫同事買禮物卡 有大量購買的方案嗎', false],
  ['想幫同事問下退款幾時到', false],
  ['我想给员工们每人买一张礼品卡', false],
  ['想找你們同事幫我處理退款', true],
  ['想给同事转个人工 帮我转人工', true],
  // A present for a colleague: the one it is given to, not someone of the shop's.
  ['收到嘅杯爛咗 本來想送俾同事 好失望', false],
  ['寄给同事的礼物到了吗', false],
  ['有礼品卡卖吗，想送同事', false],
  // An English verb before a Chinese person asks as the Chinese verb does.
  ['call个真人给我可以吗', true],
  ['可以call个客服给我吗', true],
  ['ring個客服打給我', true],
  ['請call我一下', true],
  ['call个快递来收货', false],
  ['我call了客服三次都没人接 运费怎么算', false],
  // Someone fetched to collect, deliver or fit goods: a courier or a fitter, not a person to talk to.
  ['小孩腸病毒在家 我走不開 退貨可以請人來收嗎', false],
  ['可以找人来取退货吗', false],
  ['可以叫人来收旧床垫吗', false],
  ['可以請人來裝冷氣嗎', false],
  ['請師傅上門安裝要另外收錢嗎', false],
  ['可以叫人来处理一下吗', true],
  ['有冇禮物卡賣 想送同事', false],
];

// Someone to talk with, asked after ("is there anybody I can really talk to"), whom to talk with ("who can I speak to
// that is not a bot"), someone by rank ("get me through to somebody more senior"); beside them, the same words in
// questions about support, habits, gifts and discounts.
// Anyone at all, after the one wanted: fetched or asked for; not a question of who wrote, nor a recipient.
const ANYONE_AFTER_THE_ONE_WANTED: Array<[string, boolean]> = [
  ["can you get yesterday's agent (Priya) back or any other human", true],
  ['please put me through to Sam or another agent', true],
  ['Priya or another person please', true],
  ['was it an AI or any other human who wrote this', false],
  ['I want to send it to my mum or another person', false],
  ['can I get a refund or another item', false],
];

const SOMEONE_TO_TALK_WITH: Array<[string, boolean]> = [
  ['hello? anyone here I could really talk to', true],
  ['is there somebody we can just speak with about this order', true],
  ['who can I speak to that is not a robot', true],
  ["who else can I talk to, you're not helping", true],
  ['please get me through to somebody more senior', true],
  ['I need someone higher up to look at this refund', true],
  ['could you get me over to a supervisor', true],
  ['is there anybody I can talk to on the phone at weekends', false],
  ['who can I chat with on the weekend', false],
  ['do humans usually read these or is it automated', false],
  ["I don't have anyone I can talk to about sizing, what does a medium fit", false],
  ['is there a senior discount', false],
  ['I want to buy a present for someone senior in my office', false],
  ['can you get me to the checkout page', false],
  ['anybody to speak with?', true],
  ['are any reps free right now', true],
  ['no robots please', true],
  ['live people only', true],
  ['could one member of the support team text me', true],
  ['is anyone available on bank holidays', false],
  ['is somebody available to help me choose a colour', false],
  ['is the person available to sign for it', false],
  ['no ai pictures on the mug, right?', false],
  ['a member of the team dropped it off', false],
  ['is a human available to chat on sunday evenings', false],
  ['ok just find me somebody else', true],
  ['please revert back with a call back', true],
  ['could you set up a call from your end', true],
  ['i want to be served by a real human', true],
  ['please escalate this to tier 2', true],
  ['would you let somebody from your side look at it', true],
  ['I would like your support team to text me', true],
  ['pls transfer 2 a rep', true],
  ['can you find me somebody\'s review of the blue kettle', false],
  ['I got served by a lovely person at your shop last year', false],
  ['I need to arrange a call with the courier about the gate code', false],
  ['how do I get my complaint escalated', false],
  ['nobody fixed it, I need my complaint escalated', false],
  ['I\'ll let somebody from my side pick it up', false],
  ['my team wants to send 2 gifts', false],
  ['I want your team to know the lamp is lovely', false],
  ['let me know once someone from your end ships it', false],
  ['my dad is someone senior at a bank, can he pay for my order', false],
];

// Chinese: a person to talk with by voice (有没有能讲电话的人), someone not the bot (不是机器人的), someone more senior
// (上级, 更高层), fetched; beside them, the phone line asked after, seniors named in passing, and staff praised or told of.
const CHINESE_PERSON_TO_TALK_WITH: Array<[string, boolean]> = [
  ['有没有可以直接通话的人 打字太累了', true],
  ['找個能講電話的同事 我眼睛不好', true],
  ['我想跟一个不是机器人的聊聊', true],
  ['有冇唔係機械人嘅可以傾', true],
  ['麻烦帮我找你们上级处理', true],
  ['請幫我轉給更高層的主管', true],
  ['你们的电话客服几点上班', false],
  ['有没有能说话的玩具 给三岁小孩', false],
  ['反馈的意见会报给上级部门吗', false],
  ['我老公在跟他上级开会 订单能改地址吗', false],
  ['想表扬一下上周帮我退货的客服 在哪里写', false],
  // Praise for the staff, in Cantonese (讚下 folds to 赞下), is feedback, not a person asked for.
  ['點知包裹早咗到仲有手寫卡 好感動 想讚下你哋包裝同事 邊度留言', false],
  ['想赞一下你们客服 服务太好了 在哪里评价', false],
  ['之前人工客服说三天内发货 是工作日吗', false],
  ['上次人工客服態度很好 我想再買一個', false],
  ['谢谢你 帮我找个客服吧', true],
  ['喂 有人可以同我傾偈嗎', true],
  ['我不要自動回覆 直接找人', true],
  ['畀個活人我', true],
  ['想跟你们语音通话 打字说不清', true],
  ['我不要自动回复邮件 怎么关掉', false],
  ['给个人工费的报价吧 安装要多少钱', false],
  ['上次给真人客服打过电话 说已经退款了', false],
  ['这个音箱可以语音控制吗', false],
  ['麻煩給我你們的聯絡窗口', true],
  ['請派個人來跟進', true],
  ['我想找店家 直接問清楚', true],
  ['窗口的玻璃裂了 這有保固嗎', false],
  ['可以派人上門收退貨嗎', false],
  ['店家說下週出貨 是真的嗎', false],
  ['業務量大的時候會延遲出貨嗎', false],
  ['可以搵上級嗎 我投訴咗兩次', false],
];

// Indirect requests: to be contacted, routed, by rank, by presence, by a switch of channel; each beside a near miss.
const INDIRECT_REQUESTS: Array<[string, boolean]> = [
  ['could somebody text me about the refund', true],
  ['can someone from your end message me', true],
  ['would it be possible for one of your guys to phone me', true],
  ["I'd be grateful if someone could email me tomorrow", true],
  ['someone has to ring my mobile about this', true],
  ['will someone text me when it ships', false],
  ['my husband will call you later', false],
  ['route me to the refunds desk', true],
  ['forward me to someone who handles invoices', true],
  ['patch me through please', true],
  ['forward me the invoice please', false],
  ['can I route my parcel to a locker', false],
  ['I need a team leader to look at this', true],
  ['loop in your supervisor please', true],
  ['someone senior please', true],
  ['our team leader wants 12 of these', false],
  ['put the kettle on hold', false],
  ['is anyone from the store actually reading this?', true],
  ['is anybody from the team online right now', true],
  ['is there anyone working now who can check my order', true],
  ['is a human ever going to reply to me', true],
  ['is someone there to sign for it', false],
  ['can we sort this over the phone with one of your agents', true],
  ['could we jump on a call with a rep', true],
  ["I'd rather ring someone than type all this", true],
  ['is there a phone line I can use', false],
  ['do your reps speak Spanish', false],
  ['bump me up to the next tier', true],
  ['is there a human review of warranty claims', false],
  ['can a human sign for the delivery', false],
  ['a staff member told me it would be refunded', false],
  ['the staff at the depot lost my parcel', false],
  ['get your supervisor on the line', true],
  ['any chance of a call with your manager', true],
  ['I had a call with a rep yesterday', false],
  ['shift me over to returns', true],
];

const CHINESE_INDIRECT_REQUESTS: Array<[string, boolean]> = [
  ['你们的人可以联系我吗', true],
  ['客服能不能回电给我', true],
  ['請你們打過來 我在家', true],
  ['客服联系我了 说明天到', false],
  ['你们会打电话通知我吗', false],
  ['帮我转介到售后部', true],
  ['转去物流组', true],
  ['找一位资深点的同事', true],
  ['有没有级别更高的客服', true],
  ['让你们督导来处理', true],
  ['我们组长要发票', false],
  ['有客服在线吗 急', true],
  ['你們有人在看嗎', true],
  ['能换成电话跟客服说吗', true],
  ['客服电话是多少', false],
  ['想找个staff处理', true],
  ['我要跟卖家沟通', true],
  ['卖家发货了吗', false],
  ['请安排人员跟我联络', true],
  ['怎么联络客服', false],
  ['转真人大概要等多久', false],
  ['有没有英文客服', false],
  ['有LINE客服嗎', false],
  ['帮我谢谢那位客服', false],
  ['可以让我老公帮我签收吗', false],
  ['有真人在線上嗎', true],
  ['可不可以电话跟专人沟通', true],
  ['客服回电话了 说要补发', false],
  ['请问人工客服要怎么找', false],
];

// How to reach a person, asked, is answered; a person asked for now, in a clause of its own or with the moment said, is
// a request (realistic_dev's README). In the three scripts (traditional folded as the engine folds it). The requests
// guard the exception: they were requests before the convention too.
const HOW_TO_REACH: Array<[string, 'en' | 'zh', boolean]> = [
  ['how do I contact customer service', 'en', false],
  ['how can I get hold of a real person', 'en', false],
  ["what's the best way to reach your support team", 'en', false],
  ['what do I need to do to speak to customer support?', 'en', false],
  ["I don't know how to contact a live agent", 'en', false],
  ['how do I request a callback', 'en', false],
  ['what do I do if I want to speak to a person about a return', 'en', false],
  ["what's the process for speaking to a manager about a complaint", 'en', false],
  // The question's frame before a request read through typos; "how come" and "how about" ask no how.
  ['how to taok to an agent', 'en', false],
  ['i dont know how to get in touchwith customer support', 'en', false],
  ["how come I can't talk to a human", 'en', true],
  ['so how about you connect me to an agent', 'en', true],
  // Whom to reach for a kind of matter is a question; whom for the customer's own case asks (a rule of its own).
  ['who do I talk to about wholesale', 'en', false],
  ['who do I speak to about my refund', 'en', true],
  ['how do I reach a human right now', 'en', true],
  ['I want to speak with customer support, how can I do it?', 'en', true],
  ['how do I contact support? just put me through to someone', 'en', true],
  ['can i talk to customer service', 'en', true],
  ['I need to contact a human now', 'en', true],
  ['怎么转人工', 'zh', false],
  ['如何转接人工客服', 'zh', false],
  ['怎么跟真人聊', 'zh', false],
  ['怎么转人工 快点', 'zh', true],
  ['我要转人工 怎么转', 'zh', true],
  ['怎麼轉真人', 'zh', false],
  ['點樣轉真人', 'zh', false],
  ['點樣轉真人 快啲', 'zh', true],
];

// A sentence made only of the words of a request, in any order, with a person in it, or a hand-over in a word; near
// misses: a greeting to the team or the staff, a person refused, Baton asked what it is, a transfer of something, a
// presence check. The near misses guard the reading (they were no requests before it either).
const SENTENCE_OF_REQUEST_WORDS: Array<[string, boolean]> = [
  ['transfer pls', true],
  ['escalate me', true],
  ['please escalate', true],
  ['handoff to human', true],
  ['human handoff', true],
  ['anyone human around?', true],
  ['hello? anyone human?', true],
  ['your staff, now please', true],
  ['robot no. human yes.', true],
  ['speak to cs', true],
  // A presence check greets, as the recognizer's "hello, anyone there?" does; someone made real asks.
  ['anybody?', false],
  ['hellooo anyone real?', true],
  ['hi team', false],
  ['thanks team', false],
  ['no human please', false],
  ['you a human?', false],
  ['can I transfer?', false],
  ['can i transfer my gift card to my sister', false],
  ['hi hello? anyone there? need to know if i can return a opened perfume', false],
  ['escalate to whom? the courier?', false],
  ['no need for an agent', false],
  ['hi staff, love the new website', false],
  ['team please note my new address', false],
];

// Questions about the support the shop gives (a phone line, a chat option, the language spoken, the staff's perks),
// beside people asked for in wordings of the same kind.
const SUPPORT_ASKED_ABOUT: Array<[string, 'en' | 'zh', boolean]> = [
  // The desk named in English inside a Chinese question of its hours; asked for, it is still a request.
  ['你哋CS幾點收工', 'zh', false],
  ['你们cs几点下班', 'zh', false],
  ['我要cs', 'zh', true],
  ['CS在吗', 'zh', true],
  // Which of the two answers, asked the Cantonese way (A 定 B); the next steps of an escalation asked in advance.
  ['好奇一問 而家覆我嘅係機械人定真人', 'zh', false],
  ['呢度係真人覆定係機械人', 'zh', false],
  ['if my complaint isnt resolved what are the next steps to escalate it, asking in advance', 'en', false],
  ['Is there a phone line for customer service', 'en', false],
  ['is there a live chat option on the app', 'en', false],
  ['do you have a chat with real people', 'en', false],
  ['Does customer service speak Spanish', 'en', false],
  ['do your staff get a discount', 'en', false],
  ['能和客服说了也没用', 'zh', false],
  ['can I speak to a member of the returns team', 'en', true],
  // Hours told in a story are not asked about; a person wanted instead of the chat is asked for whatever the channel.
  ["I work nights so I'm only free at odd hours like now. Is anyone from customer service around to chat live?", 'en', true],
  ['what are your hours? is anyone from customer service around to chat', 'en', false],
  ['I find these chat boxes confusing. Would it be possible to speak with a real person on the telephone instead?', 'en', true],
  ['is it possible to speak with someone on the telephone', 'en', false],
  ['hello?? anyone there? a human i mean', 'en', true],
  ['dial me an operator', 'en', true],
  ["Get someone on the phone for me please, it's urgent", 'en', true],
  ["My order has three different problems and honestly I'd feel better explaining it to an actual member of the team", 'en', true],
  ['能和工作人员聊聊吗', 'zh', true],
  // A way to reach them the site offers, their contact details, a talk had already, a later date, a person declined
  // (不需: 不需要 read as 不需 + 要人工); beside a call asked for tomorrow and a manager asked for after a past "had".
  ['is there a human agent button on the website', 'en', false],
  ['customer support contact details please', 'en', false],
  ['we had a quick chat with your manager yesterday and it is all sorted', 'en', false],
  ['could I talk to someone about the wedding list next week', 'en', false],
  ['不需要人工 帮我查下物流', 'zh', false],
  ['不需要真人 我自己查', 'zh', false],
  ['can someone call me tomorrow', 'en', true],
  ["I've had enough, let me speak to a manager", 'en', true],
];

describe('detectAgentRequest', () => {
  test.each(HOW_TO_REACH)('how to reach a person: %s (%s) → %s', (text, lang, requested) => {
    expect(detectAgentRequest(lang === 'zh' ? foldChinese(text) : text, lang).requested).toBe(requested);
  });

  test.each(SENTENCE_OF_REQUEST_WORDS)('a sentence of request words: %s → %s', (text, requested) => {
    expect(detectAgentRequest(text, 'en').requested).toBe(requested);
  });

  test.each(SUPPORT_ASKED_ABOUT)('support asked about: %s (%s) → %s', (text, lang, requested) => {
    expect(detectAgentRequest(lang === 'zh' ? foldChinese(text) : text, lang).requested).toBe(requested);
  });

  test.each(ENGLISH_REQUESTS)('asks for a person: %s', (text) => {
    const result = detectAgentRequest(text, 'en');
    expect(result.requested).toBe(true);
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  test.each(ENGLISH_MENTIONS)('only mentions people: %s', (text) => {
    expect(detectAgentRequest(text, 'en')).toEqual({ requested: false, evidence: [] });
  });

  test.each(CHINESE_REQUESTS)('asks for a person: %s', (text) => {
    expect(detectAgentRequest(text, 'zh').requested).toBe(true);
  });

  test.each(CHINESE_MENTIONS)('only mentions people: %s', (text) => {
    expect(detectAgentRequest(text, 'zh')).toEqual({ requested: false, evidence: [] });
  });

  test.each(ENGLISH_QUESTIONS_ABOUT_SUPPORT)('asks about support, to be answered: %s', (text) => {
    expect(detectAgentRequest(text, 'en')).toEqual({ requested: false, evidence: [] });
  });

  test.each(CHINESE_QUESTIONS_ABOUT_SUPPORT)('asks about support, to be answered: %s', (text) => {
    expect(detectAgentRequest(text, 'zh')).toEqual({ requested: false, evidence: [] });
  });

  test.each(FOLDED)('folded Chinese %s → %s', (text, requested) => {
    expect(detectAgentRequest(foldChinese(text), 'zh').requested).toBe(requested);
  });

  test.each(ANYONE_AFTER_THE_ONE_WANTED)('anyone after the one wanted: %s → %s', (text, requested) => {
    expect(detectAgentRequest(text, 'en').requested).toBe(requested);
  });

  test.each(ENGLISH_INSTEAD)('%s → %s', (text, requested) => {
    expect(detectAgentRequest(text, 'en').requested).toBe(requested);
  });

  describe.each([
    ['people of the shop by rank or trade', PERSON_BY_RANK_OR_TRADE],
    ['words that make a person real', REALITY_WORDS],
    ['frames that transfer', TRANSFER_FRAMES],
    ['someone who can decide', SOMEONE_WHO_CAN_DECIDE],
    ['a person asked to answer', PERSON_TO_ANSWER],
    ['contact told, not asked', TOLD_NOT_ASKED],
    ['a person reading this', READING_THIS],
    ['"one" after an identity question', ONE_AFTER_IDENTITY],
    ["the shop's people by where they work or what they do", PEOPLE_OF_THE_SHOP],
    ['a person asked to act', PERSON_ASKED_TO_ACT],
    ['the person understood', PERSON_UNDERSTOOD],
    ['a person receiving a thing', PERSON_RECEIVES_A_THING],
    ['whether people answer at all', WHETHER_PEOPLE_ANSWER],
  ])('%s', (_name, table) => {
    test('has at least as many near misses as requests', () => {
      expect(table.filter(([, asked]) => !asked).length).toBeGreaterThanOrEqual(table.filter(([, asked]) => asked).length);
    });
    test.each(table)('%s → %s', (text, requested) => {
      expect(detectAgentRequest(text, 'en').requested).toBe(requested);
    });
  });

  describe('someone to talk with, whom to talk with, someone more senior', () => {
    test('has at least as many near misses as requests', () => {
      expect(SOMEONE_TO_TALK_WITH.filter(([, asked]) => !asked).length).toBeGreaterThanOrEqual(SOMEONE_TO_TALK_WITH.filter(([, asked]) => asked).length);
    });
    test.each(SOMEONE_TO_TALK_WITH)('%s → %s', (text, requested) => {
      expect(detectAgentRequest(text, 'en').requested).toBe(requested);
    });
  });

  describe('Chinese: a person to talk with by voice, not the bot, more senior', () => {
    test('has at least as many near misses as requests', () => {
      expect(CHINESE_PERSON_TO_TALK_WITH.filter(([, asked]) => !asked).length).toBeGreaterThanOrEqual(CHINESE_PERSON_TO_TALK_WITH.filter(([, asked]) => asked).length);
    });
    test.each(CHINESE_PERSON_TO_TALK_WITH)('%s → %s', (text, requested) => {
      expect(detectAgentRequest(foldChinese(text), 'zh').requested).toBe(requested);
    });
  });

  describe('Chinese: a role fetched, anyone asked to answer me, people or only bots', () => {
    test('has at least as many near misses as requests', () => {
      expect(CHINESE_MECHANISMS.filter(([, asked]) => !asked).length).toBeGreaterThanOrEqual(CHINESE_MECHANISMS.filter(([, asked]) => asked).length);
    });
    test.each(CHINESE_MECHANISMS)('%s → %s', (text, requested) => {
      expect(detectAgentRequest(foldChinese(text), 'zh').requested).toBe(requested);
    });
  });

  describe('indirect requests: contact me, route me, by rank, by presence, another channel', () => {
    test('has near misses beside the requests', () => {
      for (const table of [INDIRECT_REQUESTS, CHINESE_INDIRECT_REQUESTS]) {
        expect(table.filter(([, asked]) => !asked).length * 2).toBeGreaterThanOrEqual(table.filter(([, asked]) => asked).length);
      }
    });
    test.each(INDIRECT_REQUESTS)('%s → %s', (text, requested) => {
      expect(detectAgentRequest(text, 'en').requested).toBe(requested);
    });
    test.each(CHINESE_INDIRECT_REQUESTS)('%s → %s', (text, requested) => {
      expect(detectAgentRequest(foldChinese(text), 'zh').requested).toBe(requested);
    });
  });

  test('evidence is the request as written', () => {
    expect(detectAgentRequest('Please, I need to speak to a live agent now', 'en').evidence).toEqual([
      'speak to a live agent',
    ]);
    expect(detectAgentRequest('东西坏了，转人工', 'zh').evidence).toEqual(['转人工']);
  });
});
