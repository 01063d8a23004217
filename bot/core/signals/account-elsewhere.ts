import { asksChinese, asksEnglish } from './question-form';

/**
 * An account of another platform's taken over: a game, a social app, a messenger, a bank ("got hacked in fortnite (their
 * game, not you guys), how do i reset my password here just in case", "my instagram got hacked lol", 我的微信号被盗了怎么
 * 找回, QQ号被盗了, 支付宝账号被盗刷了). The takeover rule reads "hacked" and 号被盗 as someone in an account here; when
 * the clause that tells it names another platform's account and nothing of this store's, nobody is in the customer's
 * account here. What they ask after it (a password reset here "just in case", how to recover the other account) is a
 * routine question the store answers or declines, not one for a person.
 *
 * It stays a takeover when the rest of the message tells this store's account touched: "my instagram got hacked and now
 * my account here has orders i didnt make" (one clause, the store's account in it), "我微信被盗了 这里的账号也被人登了".
 * An email account is not another platform's here: it is the key to the store's account.
 */

const EN_PLATFORM = String.raw`(?:fortnite|minecraft|roblox|steam|xbox|playstation|psn|nintendo|epic(?: games)?|league(?: of legends)?|valorant|discord|twitch|instagram|insta|ig|facebook|fb|twitter|tiktok|snapchat|snap|whatsapp|telegram|wechat|qq|weibo|linkedin|reddit|youtube|netflix|spotify|paypal|venmo|cash ?app|bank|banking|online banking|crypto|coinbase|binance|apple ?id|apple account|icloud|itunes|google account|microsoft account|samsung account|uber|airbnb)`;
/** The platform named in the clause: "in fortnite", "my insta", "my bank account", "a game", "their game". */
const EN_NAMED = new RegExp(String.raw`\b${EN_PLATFORM}\b|\b(?:(?:a|my|their|the|some|an online|online|mobile|video) )(?:game|gaming|social media|social|messaging|bank)(?: account| app)?\b`);
/** This store's account, or the store itself, in a clause. */
const EN_STORE = /\b(?:you|your|yours|u|ur|y'all|here|this (?:site|shop|store|app|website|account)|(?:on|with) (?:you|u)|store account|shop account)\b/;
/** The store's business touched in the clause that tells the hack: "hacked my insta and ordered stuff". */
const EN_STORE_HARM = /\b(?:order(?:s|ed)?|charg(?:es?|ed)|purchases?|bought|my card|delivery|address)\b/;
/** The store disowned: "not you guys", "nothing to do with you", "not yours". */
// Or given to its owner: "(I know it's apple's thing)", "that's google's problem".
const EN_DISOWNED = /\b(?:not (?:you|u|yours|your (?:site|store|shop|app))|(?:it's|its|it is|that's|thats|that is) (?:[a-z]{2,14}'s|their) (?:thing|problem|issue|side|end|job|business)|nothing to do with (?:you|u|your)|unrelated to (?:you|u|your)|not (?:on )?here)\b/;
/** Someone else acting in the rest of the message: a clause telling what they did stays a takeover's. */
const EN_ACTOR = /\b(?:they|them|someone|somebody|hacker|hackers|stranger|orders?|charges?|purchases?|logged|changed)\b/;
/** The customer asking what to do: "how do i reset my password here", "should i change it", "can i". */
const EN_OWN_QUESTION = /^(?:and |so |anyway,? |anyways,? |but )?(?:how (?:do|can|should|would) (?:i|we)|how to|can (?:i|we)|could (?:i|we)|should (?:i|we)|do (?:i|we) need|is (?:my|there)|what should (?:i|we))\b/;

/** A platform of another company's, before the phrase (folded Chinese). */
// Not 淘宝, 京东, 拼多多: a marketplace may hold this store's own shop (another-shop.ts).
const ZH_PLATFORM = /(?:微信|(?<![a-z])(?:wechat|qq|steam|facebook|ig|instagram|line)(?![a-z])|支付宝|微博|抖音|快手|小红书|游戏|王者|原神|网游|手游|银行|网银|脸书|推特|币安|钱包)/;
const ZH_STORE = /你|您|贵|本店|这里|这边|商城|店里|会员/;
/** This store's account touched in the rest: an account, an order, a card used, someone in it. */
const ZH_STORE_HARM = /(?:账号|账户|帐号|帐户|会员|下单|订单|盗刷|扣款|扣钱|有人|别人|被人)/;
/** Someone else acting, or the store's business touched. */
const ZH_ACTOR = /有人|别人|被人|陌生人|下单|下了|订单|扣款|扣钱|扣了|买了|消费/;

/** The store disowned (folded Chinese): 跟你们没关系, 和你们无关, 不是你们的. */
const ZH_DISOWNED = /(?:跟|和|与|同)(?:你们|你们这边|贵司|这里)(?:没|无|冇)(?:有)?(?:关系|关|关系的)|不是你们(?:的|这边的?|这里的?)/g;

/**
 * The rest of a Chinese message tells nothing of the store's account touched: nobody acting in it (有人, 被人, 下单), and
 * the store or an account named only in a question (你们这边的密码要不要也改一下) or as the other platform's again.
 */
function quietAfter(rest: string): boolean {
  const own = rest.replace(ZH_DISOWNED, ' ');
  if (ZH_ACTOR.test(own)) return false;
  if (ZH_STORE.test(own)) return asksChinese(own);
  return !ZH_STORE_HARM.test(own) || asksChinese(own) || ZH_PLATFORM.test(own);
}

// "anyway" turns from the story to the question: "my discord got hacked anyway whats your return policy".
const EN_CLAUSE_MARKS = /[,;()]|\s-\s|\.{2,3}|…|\banyways?\b/;
const ZH_CLAUSE_MARKS = /[，,；;。！!？?()（）]/;

/** Whether every place the phrase stands is a clause of another platform's account, with nothing of the store's after. */
export function takeoverOfAnotherPlatform(phrase: string, english: string, chinese: string): boolean {
  const text = chinese || english;
  if (!text || !phrase || phrase.includes('…') || !text.includes(phrase)) return false;
  const marks = chinese ? ZH_CLAUSE_MARKS : EN_CLAUSE_MARKS;
  const clauses = text.split(marks).map((c) => c.trim()).filter(Boolean);
  if (clauses.length > 24) return false;
  const holding = clauses.filter((c) => c.includes(phrase));
  if (holding.length === 0) return false;
  if (chinese) {
    // Folded Chinese keeps no spaces: the platform's clause runs up to the phrase, its question after it.
    for (const clause of holding) {
      const at = clause.indexOf(phrase);
      const before = clause.slice(0, at + phrase.length);
      // A card (银行卡被盗刷) can be charged here as anywhere: only an account of the platform's is set aside.
      if (!ZH_PLATFORM.test(before) || ZH_STORE.test(before) || before.includes('卡')) return false;
      if (!quietAfter(clause.slice(at + phrase.length))) return false;
    }
    return clauses.filter((c) => !holding.includes(c)).every(quietAfter);
  }
  if (!holding.every((c) => EN_NAMED.test(c) && !EN_STORE.test(c) && !EN_STORE_HARM.test(c))) return false;
  // The rest: the store disowned, or the customer's own question, or nothing of the store's account with anyone in it.
  return clauses
    .filter((c) => !holding.includes(c))
    .every((c) => EN_DISOWNED.test(c) || ((EN_OWN_QUESTION.test(c) || asksEnglish(c)) && !EN_ACTOR.test(c)) || !(EN_STORE.test(c) || /\bmy (?:account|acct|card|orders?|login)\b/.test(c)) || (EN_NAMED.test(c) && !EN_STORE.test(c) && !EN_ACTOR.test(c)));
}
