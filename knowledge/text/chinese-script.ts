/**
 * Simplified and traditional Chinese. Customers in Taiwan and Hong Kong write traditional characters (and Taiwan or
 * Hong Kong vocabulary); a knowledge base is usually written in one script. Baton matches in simplified Chinese and
 * answers in the customer's script:
 * - `detectScript`: which script a text is written in, from the characters only one script uses;
 * - `toSimplified`: traditional → simplified with OpenCC's Taiwan phrases (軟體 → 软件, 滑鼠 → 鼠标, 登入 → 登录) and
 *   Hong Kong variants, from opencc-js's ~110 KB traditional-to-simplified build (built at first use, ~20 ms);
 * - `toTraditional`: simplified → traditional with Taiwan phrases (or Hong Kong characters), from the 1.1 MB build,
 *   loaded and built only when a traditional-script customer is first answered (~200 ms, once per process).
 */
import type { Script } from '../../contracts';
import type { ConverterFunction, DictGroup, DictLike } from 'opencc-js/t2cn';

export type TraditionalRegion = 'TW' | 'HK';

type Pair = readonly [string, string];

function pairsOf(dict: DictLike): Pair[] {
  if (typeof dict !== 'string') return dict.map(([from, to]) => [from, to] as const);
  return dict.split('|').map((entry) => {
    const [from, to] = entry.split(' ');
    return [from, to] as const;
  });
}

interface SimplifyingTables {
  /** For traditional text: OpenCC's phrases and characters, less EVERYDAY_WORDS. */
  convert: ConverterFunction;
  /**
   * For simplified text: the same without the phrases written wholly in characters simplified
   * text uses too (程序 → 进程, 打坏 → 打坯, 行程 → 进程): on simplified text they would rewrite mainland words.
   */
  convertShared: ConverterFunction;
  /**
   * For text whose characters do not tell (登入不了, 打坏了): Taiwan and Hong Kong phrases (vocabulary, less
   * EVERYDAY_WORDS), but only the traditional → simplified phrases that have a traditional character (打坏 is a
   * mainland word, not the 打坯 of traditional 打坏).
   */
  convertUndecided: ConverterFunction;
  /** Characters only traditional text uses: the simplifier changes them and no traditional character becomes them. */
  traditionalOnly: ReadonlySet<string>;
  /** Characters only simplified text uses: a traditional character becomes them, and no traditional text uses them. */
  simplifiedOnly: ReadonlySet<string>;
}

let simplifying: SimplifyingTables | undefined;

/**
 * OpenCC's Taiwan chain (phrases, then variants) and Hong Kong variants, then traditional → simplified. A variant
 * entry whose source is itself a simplified character is dropped (Taiwan's 么 → 幺 would turn a mainland 怎么 into
 * 怎幺): the chain must leave simplified text alone, since a message may mix both scripts.
 */
function simplifyingTables(): SimplifyingTables {
  if (simplifying) return simplifying;
  // Loaded on first use: a process that never meets Chinese text never pays for it.
  const opencc = require('opencc-js/t2cn') as typeof import('opencc-js/t2cn');
  const [toCn] = opencc.Locale.to.cn;
  const characters = pairsOf(toCn[toCn.length - 1]);
  const simplifiedForms = new Set(characters.map(([, to]) => to));
  const keepSimplified = (group: DictGroup): DictGroup =>
    group.map((dict) => pairsOf(dict).filter(([from]) => !simplifiedForms.has(from)));
  const [taiwan] = opencc.Locale.from.twp;
  const [hongKong] = opencc.Locale.from.hk;
  const regionalForms = new Set([...taiwan, ...hongKong].flatMap((dict) => pairsOf(dict).map(([from]) => from)));
  const everyday = (group: DictGroup): DictGroup => [...group.map((dict) => pairsOf(dict).filter(([from]) => !EVERYDAY_WORDS.has(from))), KEPT_NAMES];
  const convert = opencc.ConverterFactory(everyday(keepSimplified(taiwan)), keepSimplified(hongKong), toCn);
  const traditionalOnly = new Set<string>();
  for (const from of new Set([...characters.map(([f]) => f), ...regionalForms])) {
    if ([...from].length === 1 && !simplifiedForms.has(from) && convert(from) !== from) traditionalOnly.add(from);
  }
  // A phrase needs a character of its own script to be read: one written wholly in shared characters is dropped.
  const traditionalPhrases = (group: DictGroup): DictGroup =>
    group.map((dict) => pairsOf(dict).filter(([from]) => [...from].length === 1 || [...from].some((c) => traditionalOnly.has(c))));
  const convertShared = opencc.ConverterFactory(traditionalPhrases(keepSimplified(taiwan)), traditionalPhrases(keepSimplified(hongKong)), traditionalPhrases(toCn));
  const convertUndecided = opencc.ConverterFactory(everyday(keepSimplified(taiwan)), keepSimplified(hongKong), traditionalPhrases(toCn));
  // A character some traditional phrase is written with (台 in 台灣, 面 in 介面, 真 in 真空) is traditional too,
  // whatever OpenCC normalises to it (眞 → 真).
  const inTraditionalPhrases = new Set<string>();
  for (const dict of [...toCn.slice(0, -1), ...taiwan.slice(0, -1)]) {
    for (const [from] of pairsOf(dict)) for (const char of from) inTraditionalPhrases.add(char);
  }
  const convertsItself = new Set(characters.map(([from]) => from));
  const simplifiedOnly = new Set(
    [...simplifiedForms].filter((c) => !convertsItself.has(c) && !regionalForms.has(c) && !inTraditionalPhrases.has(c)),
  );
  simplifying = { convert, convertShared, convertUndecided, traditionalOnly, simplifiedOnly };
  return simplifying;
}

/**
 * OpenCC Taiwan phrases that are computing terms (程序 "process" → 进程, 呼叫 "call a function" → 调用), whose everyday
 * sense in Taiwan is the mainland's own word: 退貨程序 is a return procedure, 呼叫客服 is calling customer service.
 */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set(['程序', '行程', '呼叫', '核心', '文件', '建立', '物件', '序列', '通道', '宣告', '批次']);

/**
 * Names a Taiwan phrase would cut through, kept whole by matching first (the longest match wins): 連登 (LIHKG, Hong Kong's
 * forum) holds 登出 ("log out" → 注销) when a post is made there (我會喺連登出post).
 */
const KEPT_NAMES: Pair[] = [['連登', '連登']];

const HAN = /\p{Script=Han}/u;

/**
 * The script of a text: `Hant` when it has at least as many traditional-only characters as simplified-only ones (and
 * at least one), `Hans` when simplified-only characters are more, undefined when it has neither (人工客服, 唔該, or
 * no Chinese at all): then the conversation's script so far, or the channel's locale, decides.
 */
export function detectScript(text: string): Script | undefined {
  if (!HAN.test(text)) return undefined;
  const { traditionalOnly, simplifiedOnly } = simplifyingTables();
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (traditionalOnly.has(char)) traditional++;
    else if (simplifiedOnly.has(char)) simplified++;
  }
  if (traditional === 0 && simplified === 0) return undefined;
  return traditional >= simplified ? 'Hant' : 'Hans';
}

/**
 * Traditional → simplified, Taiwan phrases folded to mainland ones (訂單 → 订单, 軟體 → 软件); simplified text is kept:
 * simplified text (detectScript) gets only the phrases with a traditional character in them, so a mainland 程序员 is
 * not read as a Taiwan word, and text whose characters do not tell keeps 打坏了 (see SimplifyingTables).
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const tables = simplifyingTables();
  const script = detectScript(text);
  if (script === 'Hant') return tables.convert(text);
  return script === 'Hans' ? tables.convertShared(text) : tables.convertUndecided(text);
}

const traditionalConverters = new Map<TraditionalRegion, ConverterFunction>();

/**
 * Converted texts by region. What is converted is a reply: an article's answer, a button's title, a catalogue message,
 * a few hundred texts that every traditional-script customer is sent again and again, each costing a pass of the
 * 1.1 MB dictionary. Bounded: a text that varies (a queue position) cannot grow it without end.
 */
const traditionalTexts = new Map<TraditionalRegion, Map<string, string>>();
const MAX_TRADITIONAL_TEXTS = 2_000;

/** Simplified → traditional: Taiwan characters and phrases (账户 → 帳戶, 软件 → 軟體), or Hong Kong characters. */
export function toTraditional(text: string, region: TraditionalRegion = 'TW'): string {
  if (!HAN.test(text)) return text;
  let converted = traditionalTexts.get(region);
  if (!converted) traditionalTexts.set(region, (converted = new Map()));
  const known = converted.get(text);
  if (known !== undefined) return known;
  let convert = traditionalConverters.get(region);
  if (!convert) {
    const opencc = require('opencc-js/cn2t') as typeof import('opencc-js/cn2t');
    convert = opencc.Converter({ from: 'cn', to: region === 'HK' ? 'hk' : 'twp' });
    traditionalConverters.set(region, convert);
  }
  const traditional = convert(text);
  if (converted.size >= MAX_TRADITIONAL_TEXTS) converted.clear();
  converted.set(text, traditional);
  return traditional;
}

/** The text in a script: simplified text converted for a traditional reader, anything else as it is. */
export function inScript(text: string, script: Script | undefined, region: TraditionalRegion = 'TW'): string {
  return script === 'Hant' ? toTraditional(text, region) : text;
}
