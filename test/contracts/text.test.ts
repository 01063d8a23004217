/**
 * The text catalogues: every locale has exactly the English file's keys, each text with the same placeholders, and the
 * lookup words a text in the reader's locale. Every error code a client can get has a text people can read.
 */
import * as OpenCC from 'opencc-js';
import { CATALOGUES, ERROR_CATALOGUE, LOCALES, interpolate, isTextKey, placeholdersOf, text, type Locale } from '../../contracts';

const english = CATALOGUES.en;
const others = LOCALES.filter((l) => l !== 'en');

test.each(others)('%s has exactly the keys of en', (locale) => {
  const keys = Object.keys(CATALOGUES[locale]);
  expect(Object.keys(english).filter((k) => !keys.includes(k))).toEqual([]);
  expect(keys.filter((k) => !(k in english))).toEqual([]);
});

test.each(others)('%s uses the placeholders of en in every text', (locale) => {
  const differing = Object.entries(english)
    .filter(([key, en]) => placeholdersOf(en).join() !== placeholdersOf(CATALOGUES[locale][key as keyof typeof english]).join())
    .map(([key]) => key);
  expect(differing).toEqual([]);
});

test.each(LOCALES)('%s has no empty text', (locale: Locale) => {
  expect(Object.entries(CATALOGUES[locale]).filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
});

test('en has no Chinese; zh-CN is all simplified and zh-TW all traditional (as OpenCC reads them, character by character)', () => {
  expect(Object.entries(CATALOGUES.en).filter(([, value]) => /[\u3400-\u9fff]/.test(value))).toEqual([]);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  // 台 is as much Taiwan usage as 臺 (工作台), which is what OpenCC would write.
  const untraditional = Object.entries(CATALOGUES['zh-TW']).filter(([, value]) => toTraditional(value).replace(/臺/g, '台') !== value);
  const unsimplified = Object.entries(CATALOGUES['zh-CN']).filter(([, value]) => toSimplified(value) !== value);
  expect(untraditional).toEqual([]);
  expect(unsimplified).toEqual([]);
});

test.each(others)('%s uses no English but names (a text copied from en and left untranslated fails)', (locale) => {
  // Product and technical names people use untranslated; "TA" is how Chinese writes "he or she".
  const names = new Set(['Baton', 'VIP', 'Teams', 'Direct', 'Line', 'Markdown', 'lunr', 'UTF', 'CSV', 'TA']);
  const english = Object.entries(CATALOGUES[locale]).flatMap(([key, value]) =>
    (value.replace(/\{\w+\}/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !names.has(word)).map((word) => `${key}: ${word}`),
  );
  expect(english).toEqual([]);
});

test('a text is looked up in the locale and its placeholders filled', () => {
  expect(text('en', 'console.toast.claimed', { id: 'T-1' })).toBe('You have T-1.');
  expect(text('zh-CN', 'console.queue.position', { position: 2, group: '综合' })).toBe('综合 第 2 位');
  expect(text('zh-TW', 'customer.transferred', { to: '帳務組', position: 3 })).toContain('帳務組');
});

test('placeholders without a value stay visible; values are never read as placeholders', () => {
  expect(interpolate('{a} and {b}', { a: '{b}' })).toBe('{b} and {b}');
  expect(interpolate('{toString} {a}', { a: 1 })).toBe('{toString} 1');
});

test('every error code has a text for people', () => {
  expect(Object.keys(ERROR_CATALOGUE).filter((code) => !isTextKey(`error.${code}`))).toEqual([]);
});
