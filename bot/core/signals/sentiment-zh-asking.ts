/**
 * How a Chinese customer asks the store for something, and what that does to the words of the question (the English
 * side is sentiment-en-asking.ts). A question about the store's process names its topics ("投诉渠道在哪", "退货要自己付
 * 邮费吗", "积分会过期吗", "降价了能补差价吗"): those are what is asked about, not displeasure. A fault reported calmly
 * with a request ("花瓶收到有点碎了，能补发一个吗", "好像少发了一个配件，能帮忙补寄吗") is a problem to solve: its
 * report counts ZH_CALM_REPORT_FACTOR of itself. A reproach put as a question ("为什么", "怎么又", "凭什么", "难道",
 * "是不相信顾客吗", "能不能别再…", "…十次了好吗") asks nothing: it counts as a feeling of its own.
 * All of it reads the text as the lexicon does: folded to simplified Mandarin (foldChinese), lower-cased.
 */

/** What a calmly reported fault counts when the customer asks for help with it… */
export const ZH_CALM_REPORT_FACTOR = 0.25;
/**
 * …and at most, all its faults together (a raw sum; the label's mark, -0.2, is about -0.8): a calm report is mildly
 * negative at most, however many faults it lists ("盒子压扁了，杯子碎了，能补寄吗").
 */
export const ZH_CALM_REPORT_FLOOR = -0.6;
/** A reproach put as a question, with no complaint word of its own needed ("你们是不相信顾客吗"). */
export const ZH_REPROACH_VALENCE = -2;

/**
 * Words that ask: a yes/no particle, a question of what to do, a polite opener. Not a bare 什么 / 怎么 / 哪 / 几, which
 * reviews use in statements ("没什么用", "不怎么样", "哪里都不好").
 */
const ASKING: readonly string[] = [
  '吗', '怎么办', '怎么处理', '怎么操作', '怎么用', '怎么弄', '咋办', '咋处理', '咋操作', '咋弄', '如何', '多久', '几天',
  '在哪', '哪里可以', '能不能', '可不可以', '能否', '可否', '是否', '什么时候', '请问', '想问', '问一下', '问下', '咨询',
  '帮我', '帮忙', '补发', '补寄',
  // "麻烦你/您…", "请帮我…": please; not "太麻烦了" (a bother) nor "申请" (to apply).
  '麻烦你', '麻烦您', '麻烦帮', '麻烦给', '麻烦看', '麻烦查', '请帮', '请给', '请尽快', '请查', '请告诉', '请通知', '通知我',
  // Letting the store know: "同你哋讲声啫" (folded 同你们讲声), "跟你们说一声".
  '讲声', '说一声', '说声', '告诉你们',
];
/**
 * Shapes of asking that no list of words covers:
 * - how to do something, at the end of a clause ("没收到货 怎么查", "想退货要怎么申请", 點樣退 folded 怎么退); not "怎么不发货",
 *   "怎么又…", "怎么回事", which reproach, nor "不怎么清晰", "不咋地", "怎么算的", which judge;
 * - a request softened with "一下" after its verb ("麻烦核实一下", "想确认一下物流", "帮我看一下");
 * - what the customer wants done ("想退货", "想改地址", "想确认"). Bounded.
 */
const ASKING_PATTERNS: readonly RegExp[] = [
  /(?<![不没])(?:怎么|怎样|如何|咋)(?![不没会又还就都这那老总能样回搞了])\p{Script=Han}{1,2}(?<![的地滴了样])(?:呢|啊|呀|吗|么)?(?:，|$)/u,
  /(?:查|看|确认|核实|核对|处理|跟进|安排|检查|修改|更改|改|换|问|了解|说明|解释|回复|联系|备注|帮忙|协调|登记|反馈|核查|退)一下/u,
  /想(?:要)?(?:申请|退|换|改|取消|确认|了解|知道|查|问|咨询|补|办|开)/u,
];
/** Words that reproach, even in the form of a question. */
const REPROACHING: readonly string[] = [
  '为什么', '为啥', '凭什么', '怎么这么', '怎么那么', '怎么又', '怎么还', '怎么老', '怎么总', '怎么能', '怎么就', '咋这么',
  '咋又', '咋还', '咋就', '难道', '到底', '究竟', '搞什么', '有没有搞错',
  // Said to the company about what it did ("你们这么做合适吗？"), and "this is called…?" (ZH_MARKERS' rhetoric).
  '你们这样', '你们这么', '你们就这样', '这也叫', '这也算',
];
/**
 * Reproaches put as a question, which stand as a feeling on their own (ZH_REPROACH_VALENCE):
 * - "你们是不相信顾客吗", "是没长眼睛吗": "是不 / 是没 …吗" affirms what it seems to ask;
 * - "能不能别再让我等了", "可不可以不要…": asking the store to stop doing something;
 * - "我已经重开十次了好吗", "说了三遍了好不好": a fact thrown back with "…了好吗";
 * - "咁都得？", "咁都卖？" (folded "这么都"): "even like this?";
 * - "能不能听懂人话": whether the store understands plain words;
 * - "你们就不能想办法…吗": what the store could do and does not.
 */
const REPROACH_PATTERNS: readonly RegExp[] = [
  /是[不没](?!是)[^。！？!?]{0,12}吗/u,
  /(?:能不能|可不可以|能否|可否)(?:别|不要)/u,
  /了(?:好吗|好嘛|好不好|ok\b)/u,
  /这么都/u,
  /人话/u,
  // "你们就不能想办法提高一点服务吗", "都不能给个准话吗": what the store could do and does not, asked back.
  /(?:就|都|还|难道)不能[^。！？!?，]{1,12}(?:吗|么|嘛)/u,
];
/** A fault that happened again, or kept happening, is not told calmly. */
const REPEATED: readonly string[] = ['又', '再次', '第二次', '第三次', '几次', '多次', '每次', '一直', '总是', '老是', '仍然', '依然', '次了', '遍了'];

/**
 * The topics of the store's process that a question about it names: a complaint, a return, a refund, a fee, an expiry,
 * a price drop, "usually" (一般几天).
 */
export const ZH_PROCESS_TOPICS: ReadonlySet<string> = new Set([
  '投诉', '退款', '退货', '换货', '过期', '快过期', '降价', '跌价', '一般', '不能', '质量问题',
]);

/** Whether a sentence (its text, and whether a question mark closed it) asks the store, without reproach. */
export function asksTheStore(sentence: string, questionMark: boolean): boolean {
  if (REPROACHING.some((w) => sentence.includes(w)) || REPROACH_PATTERNS.some((p) => p.test(sentence))) return false;
  return questionMark || ASKING.some((w) => sentence.includes(w)) || ASKING_PATTERNS.some((p) => p.test(sentence));
}

/** The reproach a sentence puts as a question, if any ("是不相信顾客吗"): the words, for the evidence. */
export function reproachIn(sentence: string): string | undefined {
  for (const pattern of REPROACH_PATTERNS) {
    const match = pattern.exec(sentence);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * Whether a whole message is calm: it asks the store for something, reproaches nothing, is not repeated, and is not
 * said with "!" or "??". (Feelings and waits are the caller's to check.)
 */
export function calmlyAsked(text: string, sentences: ReadonlyArray<{ text: string; questionMark: boolean }>): boolean {
  if (/[!！]|[?？]{2}/u.test(text) || REPEATED.some((w) => text.includes(w))) return false;
  if (sentences.some((s) => REPROACHING.some((w) => s.text.includes(w)) || reproachIn(s.text) !== undefined)) return false;
  return sentences.some((s) => asksTheStore(s.text, s.questionMark));
}
