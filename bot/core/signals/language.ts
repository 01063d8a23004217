import type { Lang } from '../../../contracts';

// CJK Unified Ideographs (and extension A). Any Han character means the customer is writing Chinese: English messages
// almost never contain one, while Chinese messages often carry English product names, codes or amounts.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * The language a message is written in: Chinese when it contains a Han character, otherwise the hint (a language or
 * locale such as "zh-CN") when it names Chinese and the text has no letters to go by, otherwise English.
 */
export function detectLanguage(text: string, hint?: string): Lang {
  if (HAN.test(text)) return 'zh';
  const hintIsChinese = hint?.trim().toLowerCase().startsWith('zh') ?? false;
  // "123456", "?" or "ok" say nothing about the language; trust the channel's locale for those.
  if (hintIsChinese && !/[a-z]{3,}/i.test(text)) return 'zh';
  return 'en';
}
