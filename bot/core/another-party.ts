/**
 * Another party's business, which this store's bot declines with a short honest reply rather than an article: a
 * company by name (other-company.ts), an organisation by its kind (organisation-kind.ts), a name the knowledge base has
 * never seen as the owner of an account or a charge (unknown-name.ts), a personal matter (personal-matter.ts), a
 * market's figure of the day (market-quote.ts).
 *
 * Its troubles are not the store's either: "my facebook account got hacked" is not a takeover of the customer's account
 * with the store, and "邻居太吵了" is anger at a neighbour, not at the shop. Unless the store has a stake in the message
 * (an order, a purchase, its site: "someone hacked my paypal and ordered stuff on your site"), those signals are left
 * out before the handoff policy reads them; safety, legal matters, abuse and a request for a person stay.
 */
import type { KnowledgeAnswer } from '../../knowledge';
import { asksMarketQuote } from './market-quote';
import { namesAnotherShop, organisationByKind } from './organisation-kind';
import { namesAnotherCompany, otherCompanyAskedAbout } from './other-company';
import { asksPersonalMatter, personalMatterIn } from './personal-matter';
import type { Signals } from './signals';
import { unknownNameOwning } from './unknown-name';

export interface AnotherParty {
  /** As the message names it: "netflix", "electricity company", "linkedin", "personal matter". */
  name: string;
  /**
   * Whether the store's articles naming it make it the store's business (a store that sells on Amazon, takes hotel
   * bookings or has a LinkedIn page says so). Not a payment brand's or a carrier's own service, another shop unnamed,
   * a personal matter or a market's rate: an article naming PayPal or the exchange rate is about paying this store.
   */
  claimable: boolean;
}

/** What the reply names when the party is the customer's own matter. */
const PERSONAL_MATTER = 'personal matter';

/** The other party a message asks about, if any. */
export function anotherPartyAskedAbout(text: string, knowledge: KnowledgeAnswer): AnotherParty | undefined {
  const company = otherCompanyAskedAbout(text);
  if (company) return { name: company.name, claimable: !company.paymentBrand };
  const kind = organisationByKind(text);
  if (kind) return { name: kind, claimable: true };
  const name = unknownNameOwning(text, unknownTermsOf(knowledge));
  if (name) return { name, claimable: true };
  if (personalMatterIn(text)) return { name: PERSONAL_MATTER, claimable: false };
  return asksMarketQuote(text) ? { name: 'market rate', claimable: false } : undefined;
}

/**
 * Whether the party lies only in the story told before the store's question (knowledge-lookup.ts's
 * questionAfterSilentStory): a personal matter the question does not ask (这个月房贷压力好大 能不能用优惠码), or another
 * shop in a story, then a question turned to this store that names no other party (上个月在别家买到山寨货 你们这里能七天无理由退货吗).
 * A question of the other company's that does not turn to this store ("bought it on taobao, how do refunds work",
 * 在淘宝买的 怎么退款) stays the other company's: nothing says it is asked of this store. A party named only as the
 * reason for what the customer does (knowledge-lookup.ts's questionAfterReason: "my electric bill was crazy so i'm
 * returning the heater") is read with any clause counting as turned to this store: the reason word already says the
 * story is not the question.
 */
export function partyOnlyInStory(party: AnotherParty, question: string, addressesThisStore: (clause: string) => boolean): boolean {
  if (party.name === PERSONAL_MATTER) return !asksPersonalMatter(question);
  return addressesThisStore(question) && !namesAnotherCompany(question) && !namesAnotherShop(question) && !otherCompanyAskedAbout(question);
}

/** The message's terms the knowledge base has nowhere (every hit of one search carries the same list). */
function unknownTermsOf(knowledge: KnowledgeAnswer): ReadonlySet<string> {
  return new Set(knowledge.hits[0]?.explanation?.unknownWords ?? []);
}

/** The store's own stake in a message about another party: an order, a purchase, its site or app, the customer's dealings with it. */
const STORE_STAKE_EN = /\b(?:orders?|ordered|ordering|bought|purchas(?:e|es|ed)|your (?:site|store|shop|app|website|company)|with (?:you|u)|from (?:you|u)|on here|this (?:site|store|shop|app|website))\b/;
const STORE_STAKE_ZH = /订单|下单|下了单|买了|买东西|你们|你家|贵店|本店|这家店|这边|这里/;

export function storeHasStake(text: string): boolean {
  const lower = text.toLowerCase();
  return STORE_STAKE_EN.test(lower) || STORE_STAKE_ZH.test(lower);
}

/**
 * The signals with another party's troubles left out: a takeover of its account (account_takeover) and strong emotion
 * aimed at it. Safety, legal, abuse, threats and a request for a person are kept.
 */
export function withoutAnotherPartysTrouble(signals: Signals): Signals {
  const complaints = signals.complaints.filter((complaint) => complaint.kind !== 'account_takeover');
  const [first] = complaints;
  return {
    ...signals,
    complaints,
    complaintLevel: first ? first.level : 'L3',
    complaintKind: first ? first.kind : null,
    emotion: { ...signals.emotion, strong: false },
    evidence: { ...signals.evidence, complaint: complaints.flatMap((complaint) => complaint.evidence) },
  };
}
