/**
 * Personal data is redacted before anything is stored: payment card numbers (Luhn-checked), email addresses, phone
 * numbers and Chinese resident identity numbers. Order numbers and amounts are left alone: the bot and the agents need
 * them.
 */
export interface Redaction {
  text: string;
  kinds: string[];
}

// Matched from the start of the local part (lookbehind) with bounded labels: linear even on long runs of dots.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}/g;
// 13–19 digits, optionally grouped by spaces or dashes, starting like a card scheme (3 Amex/Diners, 4 Visa, 5/2 MC, 6).
const CARD = /\b[2-6]\d{3}(?:[ -]?\d{2,4}){2,4}\b/g;
const CN_ID = /\b\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]\b/g;
const CN_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
// International or North-American style numbers: +44 20 7946 0958, (415) 555-0134, 415-555-0134.
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\b\d{3}[.-])\d{3,4}[.-]\d{4}\b|\+\d{1,3}(?:[ .-]?\d{2,4}){2,4}\b/g;

export function redactPersonalData(text: string): Redaction {
  const kinds = new Set<string>();
  let out = text.replace(EMAIL, () => {
    kinds.add('email');
    return '[email]';
  });
  out = out.replace(CARD, (match) => {
    const digits = match.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return match;
    kinds.add('card');
    return '[card number]';
  });
  out = out.replace(CN_ID, () => {
    kinds.add('id-number');
    return '[id number]';
  });
  out = out.replace(CN_MOBILE, () => {
    kinds.add('phone');
    return '[phone]';
  });
  out = out.replace(PHONE, () => {
    kinds.add('phone');
    return '[phone]';
  });
  return { text: out, kinds: [...kinds] };
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
