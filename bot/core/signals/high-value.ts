import { parseMoneyAmounts, UNKNOWN_CURRENCY } from './money';
import type { MoneyAmount } from './types';

/** DESIGN.md: the standards cite 50万; the threshold is in the account's currency. */
export const DEFAULT_HIGH_VALUE_THRESHOLD = 500_000;

export interface HighValueResult {
  /** The largest amount in the message, or null when there is none. */
  amount: MoneyAmount | null;
  highValue: boolean;
  /** The text of that amount, e.g. `["50万"]`. */
  evidence: string[];
}

/**
 * Whether the message names an amount at or above `threshold`. Amounts are compared by value as written, whatever
 * their currency: there is no exchange-rate conversion, because the threshold is set per deployment in the account
 * currency and customers quote amounts in it. An amount with no currency (`XXX`) takes `defaultCurrency` when given.
 */
export function detectHighValue(
  text: string,
  threshold: number = DEFAULT_HIGH_VALUE_THRESHOLD,
  defaultCurrency?: string,
): HighValueResult {
  let largest: (MoneyAmount & { evidence: string }) | null = null;
  for (const mention of parseMoneyAmounts(text)) {
    if (!largest || mention.value > largest.value) largest = mention;
  }
  if (!largest) return { amount: null, highValue: false, evidence: [] };
  const currency = largest.currency === UNKNOWN_CURRENCY && defaultCurrency ? defaultCurrency : largest.currency;
  return {
    amount: { value: largest.value, currency },
    highValue: largest.value >= threshold,
    evidence: [largest.evidence],
  };
}
