import { detectLanguage } from '../../../../bot/core/signals';

describe('detectLanguage', () => {
  test.each([
    ['我要转人工', undefined, 'zh'],
    ['我的 iPhone 坏了', 'en-US', 'zh'],
    ['Where is my order?', undefined, 'en'],
    ['Where is my order?', 'zh-CN', 'en'],
    ['123456', 'zh-CN', 'zh'],
    ['123456', undefined, 'en'],
    ['ok', 'zh', 'zh'],
    ['', 'en-GB', 'en'],
  ] as const)('%s (hint %s) → %s', (text, hint, lang) => {
    expect(detectLanguage(text, hint)).toBe(lang);
  });
});
