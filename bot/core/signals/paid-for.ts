import { isCustomersOwnMoney } from './own-money';

/**
 * The thing an amount was paid for, named right after it: "we paid $3,400 for a sofa set for our new flat", "spent £2,000
 * on a new fridge". The thing paid for heads the amount; what that thing is for (our new flat, the wedding) is where the
 * goods go, not what the money bought. Null when no thing follows ("paid $3,400 for it", "paid 3,400 in total").
 */
const EN_PAID_FOR_AFTER = /^\s?(?:for|on)\s(?:a|an|the|some|this|that|two|three|four|a new|a whole|the whole|our|my)\s((?:[a-z'-]{2,20}\s){0,2}[a-z'-]{2,20})/i;
/** Words that end the thing's name: "a sofa set for our flat" is a sofa set. */
const EN_THING_ENDS = /\s(?:for|from|to|with|and|but|which|that|in|at|on|of|off|last|yesterday|today|when|because)\b/i;

export function thingPaidFor(text: string, end: number): string | null {
  const hit = EN_PAID_FOR_AFTER.exec(text.slice(end, end + 60));
  if (!hit) return null;
  const ends = hit[1].search(EN_THING_ENDS);
  const thing = (ends >= 0 ? hit[1].slice(0, ends) : hit[1]).trim();
  return /^(?:it|them|that|this|one|total|all|everything|nothing)$/i.test(thing) ? null : thing;
}

/**
 * Whether the thing paid for is goods the store sells rather than the customer's own life: it is read as if written
 * right at the amount ("a $1 sofa set"), where own-money.ts decides by the thing named (a car, a house: their own).
 */
export function paidForGoods(text: string, end: number): boolean {
  const thing = thingPaidFor(text, end);
  if (thing === null) return false;
  const named = `a $1 ${thing}`;
  return !isCustomersOwnMoney(named, 3, 4);
}
