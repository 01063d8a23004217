/**
 * Training rows for the learned reading of requests for a person (bot/core/signals/agent-request-learned.ts), composed
 * rather than listed: test/bench/train-agent-request.ts fits on these beside the hand-written
 * test/fixtures/agent-request-training.tsv.
 *
 * Why composed: the hand-written rows tell requests in a few hundred wordings, and customers keep finding others (on
 * an unseen English batch the phrase rules found 0.71–0.80 of the requests). A request is a structure more than a
 * phrase: a verb of wanting, reaching or handing over, and someone who is one of the shop's people ("could one of
 * your advisors ring me", "I'd rather deal with a member of the team"), or the bot set aside for someone. Composing
 * the parts (who, the frame, what the customer says around it, how they type) shows the model each part in many
 * company, so it weighs the parts, not the phrases. The routine rows are built from the same people in frames that
 * do not ask for them now: how to reach them, what they did, the customer's own people, people in a product question,
 * a person declined, a later case supposed. What the customer says around the request (a late parcel, a bot going in
 * circles, "hi", "please", "asap", "thanks") appears on both sides, so it carries no weight of its own: fitted with
 * politeness on the requests only, the model first learned "please" and "cheers" as requests.
 *
 * Deterministic: a seeded generator (seededRandom) picks the parts, so every run fits the same rows. Written for
 * Baton; nothing here comes from a held-out set.
 */
import type { Lang } from '../../contracts';
import { seededRandom } from './knowledge-data';

export interface GeneratedRow {
  lang: Lang;
  request: boolean;
  text: string;
}

const SEED = 20260517;
const EN_REQUESTS = 700;
const EN_ROUTINE = 700;

// --- English -------------------------------------------------------------------------------------------------------

/** One of the shop's people, however the customer names them. */
const EN_PEOPLE = [
  'a human', 'a real person', 'an actual person', 'a real human being', 'a live agent', 'an agent', 'a human agent',
  'one of your agents', 'a representative', 'a customer service rep', 'someone from your team', 'somebody from customer service',
  'a member of staff', 'a member of your team', 'one of your staff', 'your manager', 'a manager', 'a supervisor',
  'the person in charge', 'someone senior', 'someone who can actually help', "somebody who knows what they're doing",
  'a person who can see my account', 'someone in the returns team', 'whoever handles refunds', 'a colleague of yours',
  'an advisor', 'a specialist', 'an operator', 'one of the team', 'someone at the shop', 'the store manager',
  'a team leader', 'someone with authority', 'a proper person', 'an actual employee', 'someone real', 'a human being',
  'a real live person', 'one of your people', 'your support team', 'customer service', 'your customer care team',
  'the complaints team', 'someone who works there', 'a person rather than a bot', 'somebody in billing',
  'a customer care executive', 'someone from your side', 'your duty manager', 'a senior advisor', 'the warehouse team',
  'someone from the delivery team', 'a person on your end', 'an expert from your team', 'a flesh and blood human',
  'one of your colleagues', 'someone who can make a decision', 'the right department', 'a real member of staff',
];

/** Frames that ask for the person now; {p} is the person. */
const EN_ASKING_FRAMES = [
  'can I speak to {p}', 'could I talk to {p}', "I'd like to speak with {p}", 'I want to talk to {p}',
  'I need to speak to {p}', 'let me talk to {p}', 'put me through to {p}', 'connect me with {p}',
  'can you transfer me to {p}', 'please pass me over to {p}', 'get me {p}', "I'd rather deal with {p}",
  "I'd prefer to chat with {p}", 'is there {p} I can talk to', 'can {p} call me back', 'could {p} ring me',
  'please have {p} contact me', "I'd like {p} to look at this", 'can {p} take over', 'I need {p} to review my case',
  'can you get {p} to sort this out', "I'd like this passed to {p}", 'please escalate this to {p}', 'can this go to {p}',
  'bring {p} into the chat', 'I want {p} on this', "I'd like a word with {p}", 'can I have a chat with {p}',
  'hand this over to {p}', 'could you forward my case to {p}', "I'm asking for {p}", "I'm requesting {p}",
  "I'd appreciate it if {p} could get in touch", 'any chance of speaking to {p}', 'would it be possible to talk to {p}',
  'is {p} available to chat', "I'll wait for {p}", "I'd like to be put in touch with {p}", 'can I get {p} on the phone',
  'I would like to be transferred to {p}', 'give me {p}', 'I need {p}, not a bot', 'can {p} jump in',
  'I need {p} to call me about this', 'please ask {p} to email me', 'could {p} message me', 'kindly connect me to {p}',
  'please arrange for {p} to call me', 'I insist on speaking to {p}', 'I demand to talk to {p}', 'just get me {p}',
  'I want this handled by {p}', 'I think I need {p} for this', 'honestly I just want {p}', 'can you loop in {p}',
  'would {p} be able to help me directly', 'I need to explain this to {p}', "I'd feel better talking to {p}",
  'find me {p} please', 'send this to {p}', 'can {p} get back to me today', 'could I be connected to {p}',
  "I'd like to raise this with {p}", 'may I speak with {p}', "I'm after {p}", 'can I be helped by {p}',
];

/** The bot set aside, said before a request or alone with one. */
const EN_BOT_SET_ASIDE = [
  "this bot isn't helping", "you're not understanding me", "the automated answers don't cover my problem",
  "I've read the help articles already", 'this is too complicated for a chatbot', 'I keep getting the same links',
  "I'm not good with chat", "I can't explain this by typing", "no offence but you're a bot", 'the chatbot is going round in circles',
  'enough of the canned replies', "I don't want to deal with a machine", 'stop sending me articles', 'this chat is useless',
  'I give up on the bot', "you're just a program", "I'm tired of talking to a robot", 'the bot keeps misreading me',
];

/** What the customer says about their case, on either side. */
const EN_CONTEXT = [
  'my parcel never arrived', 'I was charged the wrong amount', 'my order arrived damaged', 'I need to change a large order',
  "it's about my refund", "it's about order 48213", "I've got a question about a warranty claim", 'the sofa came with a broken leg',
  'my return was rejected', 'the wrong size turned up', 'I paid for express delivery', 'my discount code did not apply',
  'the invoice has the wrong company name', "I'm moving house next week", 'the item is missing a part', 'I ordered two lamps',
  "it's a bit complicated", 'I have a question about a bulk order', 'my gift card balance looks wrong', 'the jacket is faulty',
];

const EN_OPENERS = ['', '', '', 'hi, ', 'hello, ', 'hey ', 'hi there. ', 'ok ', 'sorry, ', 'good morning, ', 'um ', 'right, '];
const EN_CLOSERS = ['', '', '', ' please', ', thanks', ' asap', ' if possible', ', thank you', ' cheers', ' today if you can', ' pls', '!'];

/**
 * Routine frames that name the same people without asking for one now: how or when to reach them (answered from the
 * knowledge base), what they did, thanks for them, a person declined, a later case supposed, what they are like.
 */
const EN_ROUTINE_FRAMES = [
  'how do I contact {p}', 'how can I reach {p}', "what's the best way to get hold of {p}", 'how would I speak to {p} if I needed to',
  'where can I find a number for {p}', 'what hours is {p} available', 'is {p} available on weekends', 'can I speak to {p} on a Sunday',
  'when can I talk to {p}', 'does {p} answer emails', 'how long does {p} take to reply', 'what languages does {p} speak',
  'is {p} based in the UK', '{P} told me my refund was on its way, how long does it take', 'I spoke to {p} yesterday and they said it shipped, where is it',
  '{P} said I could return it after 30 days, is that right', 'I already talked to {p} last week and it is sorted, thanks',
  '{P} called me this morning about the delivery', '{P} emailed me a return label, where do I print it', 'I was chatting to {p} earlier and they fixed it',
  'please pass my thanks to {p} who helped me', '{P} was really helpful yesterday', 'I want to leave feedback for {p}',
  "no need for {p}, just tell me the returns window", "I don't want to talk to {p}, just cancel my order", "I'm fine without {p}, thanks",
  "if the bot can't help, can I talk to {p} later?", 'if I have a problem later, can I contact {p}', 'will {p} contact me when it is dispatched',
  'does {p} check the returns before the refund', 'do I need to talk to {p} to cancel or can I do it online', 'is {p} trained on the products',
  'what is the process for speaking to {p}', 'is there a way to reach {p} by phone', 'what do I need to do to contact {p}',
  '{P} already refunded me, thank you', 'I had a lovely chat with {p} before, can I get the same discount again',
];

/** Routine messages with people who are not the shop's, or a person in a product question. */
const EN_ROUTINE_OTHERS = [
  'my manager wants a VAT invoice for this order', 'my assistant will collect the parcel on Friday', 'our office manager needs the receipt',
  'my travel agent booked this for me', 'my husband is dealing with the return', 'my colleague recommended your shop',
  'my boss asked me to order ten chairs, is there a bulk discount', 'can someone else pick up my order', 'does someone need to be home to sign',
  'can a neighbour take the parcel in', 'is this chair suitable for a tall person', 'do you sell human hair wigs', 'how many people does the tent sleep',
  'any gift ideas for someone who has everything', 'do your staff get discounts', 'are your agents employees or contractors',
  'is the delivery person allowed to leave it at the door', 'do real people read the reviews', 'the delivery agent left it in the rain, can I get a refund',
  'the courier said he would come back tomorrow', 'are you a real person', 'am I talking to a human', 'is this a bot or a person',
  'is the manual human-readable', 'my account manager at work pays the invoices, can I add her email', 'the person who packed it forgot the receipt',
  'I want to buy a present for my team', 'my son is setting up the account for me', 'the driver needs the gate code, where do I add it',
  'can my daughter return it for me', 'is the robot vacuum in stock', 'do you do staff uniforms in bulk', 'the sales assistant in store said it was on offer',
  'my personal trainer recommended these shoes', 'someone stole my parcel from the doorstep, what should I do', 'the agent fee on customs, who pays it',
  'how do I transfer my gift card to someone else', 'is there a person-sized version of the beanbag', 'how many staff work in your warehouse',
  // Someone else's doings, a device asked to connect or call, people counted in a booking.
  'someone used my card without asking, can you block it', 'I think somebody logged into my account, how do I secure it',
  'somebody signed for my parcel but it was not me', 'someone else is using my email address for their account',
  'please connect my phone to the app', 'can I pair the speaker with my phone', 'call me Sam from now on please',
  'can you remind me to call my mum', 'I need someone to look at my car, do you sell car parts', 'the table seats eight people, is it in stock',
  'can the gift be sent to another person', 'please find someone who sells spare parts for this blender', 'can I get help finding the right size',
  'please help me track my order', 'I need help with a return, how do I start one', 'can someone explain how the loyalty points work',
  'can somebody tell me when my order will arrive', 'could you help me change my delivery address please', 'I need to talk about my refund, when will it arrive',
  // Asked of Baton itself, as politely and as urgently as the requests are.
  'is it possible to change the delivery date', 'would it be possible to get a printed receipt', 'please send the invoice asap',
  'please could you check my order status', 'can you cancel my order please', 'I need the tracking number today if possible',
  'please note my new address', 'could you resend the confirmation email please', 'can I change the colour, thanks',
];

/** How customers type: lower case, no apostrophes, chat spellings. */
function typed(text: string, random: () => number): string {
  let out = text;
  const r = random();
  if (r < 0.45) out = out.toLowerCase();
  if (random() < 0.25) out = out.replace(/'/g, '');
  if (random() < 0.15) out = out.replace(/\byou\b/g, 'u').replace(/\bplease\b/g, 'pls').replace(/\byour\b/g, 'ur');
  if (random() < 0.1) out = out.replace(/\.$/, '') + '?';
  return out;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function englishRequest(random: () => number): string {
  const person = pick(EN_PEOPLE, random);
  const core = pick(EN_ASKING_FRAMES, random).replace('{p}', person);
  const around = random();
  // The case or the bot said first (half the time), then the request; or the request, then the case.
  const body =
    around < 0.3 ? `${pick(EN_CONTEXT, random)}, ${core}` : around < 0.5 ? `${pick(EN_BOT_SET_ASIDE, random)}. ${capitalise(core)}` : around < 0.6 ? `${core}, ${pick(EN_CONTEXT, random)}` : core;
  return typed(`${pick(EN_OPENERS, random)}${body}${pick(EN_CLOSERS, random)}`.trim(), random);
}

function englishRoutine(random: () => number): string {
  if (random() < 0.3) {
    const other = pick(EN_ROUTINE_OTHERS, random);
    return typed(`${pick(EN_OPENERS, random)}${random() < 0.4 ? `${pick(EN_CONTEXT, random)}. ${capitalise(other)}` : other}${pick(EN_CLOSERS, random)}`.trim(), random);
  }
  const person = pick(EN_PEOPLE, random);
  const core = pick(EN_ROUTINE_FRAMES, random).replace('{P}', capitalise(person)).replace('{p}', person);
  const body = random() < 0.3 ? `${pick(EN_CONTEXT, random)}. ${capitalise(core)}` : random() < 0.15 ? `${pick(EN_BOT_SET_ASIDE, random)}. ${capitalise(core)}` : core;
  return typed(`${pick(EN_OPENERS, random)}${body}${pick(EN_CLOSERS, random)}`.trim(), random);
}

/** The composed rows, without repeats, the same every run. */
export function generatedAgentRequestRows(): GeneratedRow[] {
  const random = seededRandom(SEED);
  const rows: GeneratedRow[] = [];
  const seen = new Set<string>();
  const add = (lang: Lang, request: boolean, count: number, make: (r: () => number) => string) => {
    for (let made = 0, tries = 0; made < count && tries < count * 20; tries++) {
      const text = make(random);
      if (seen.has(text)) continue;
      seen.add(text);
      rows.push({ lang, request, text });
      made++;
    }
  };
  add('en', true, EN_REQUESTS, englishRequest);
  add('en', false, EN_ROUTINE, englishRoutine);
  return rows;
}
