/**
 * A Chinese letter written in the formal register (敬啟者：本人欲更改帳戶登記之電郵地址，煩請告知辦理方法): customers who write
 * to a shop as to a bank or a government office use the classical particles of official letters, 本人 for 我, 欲 for 想,
 * 之 for 的, 煩請告知 for 请问, 辦理方法 for 怎么办理. The knowledge base is written in everyday words; these particles are
 * words no article has, and they spread the message thin enough to fall below the clarify band. Read in everyday words,
 * the letter asks what it asks.
 *
 * Only a letter in that register is rewritten (it has one of its markers): 之 and 欲 are ordinary in other words (之前,
 * 欲望), which are kept anyway.
 */

/** Signs of the register (traditional and simplified). */
const FORMAL = /敬[启啟]者|本人欲|[烦煩恳懇敬][请請]|[台钧鈞][鉴鑒]|此致|顺颂|順頌|谨此|謹此/;

/** Words of the register and their everyday equivalent, longest first where one contains another. */
const EVERYDAY: ReadonlyArray<readonly [RegExp, string]> = [
  // 煩請告知 / 敬請告知 "kindly inform me": asks.
  [/[烦煩恳懇敬][请請](?:告知|示知|赐知|賜知|指示)/g, '请问'],
  [/[烦煩恳懇敬][请請]/g, '请'],
  [/[辦办]理方[法式]/g, '怎么办理'],
  [/本人欲/g, '我想'],
  [/本人/g, '我'],
  [/欲(?=[\p{Script=Han}])(?!望)/gu, '想'],
  // 之 between two words is 的, but not inside the words that keep it (之前, 之后, 之内, 之间, 总之, 之一…).
  [/(?<=\p{Script=Han})(?<![总總])之(?![前后後内內间間外一类類所中上下际際])(?=\p{Script=Han})/gu, '的'],
];

/** The letter in everyday words, when it is written in the formal register; any other text unchanged. */
export function inEverydayWords(text: string): string {
  if (!FORMAL.test(text)) return text;
  return EVERYDAY.reduce((rewritten, [pattern, everyday]) => rewritten.replace(pattern, everyday), text);
}
