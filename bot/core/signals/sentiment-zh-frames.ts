/**
 * Displeasure a Chinese customer puts in the shape of a sentence rather than in a word of feeling (issue 12). Each
 * frame is a construction, not a phrase: its slots take whatever the customer fills them with, and what makes it a
 * complaint is the frame itself.
 *
 * - despite: an agreement or an instruction, then the outcome that broke it — "都说了不要放驿站，还是放驿站",
 *   "说好包邮，结算又多了运费", "明明说了…结果…". Without the turn (还是 / 结果 / 又 / 却 / 居然 …) it is a reminder or
 *   a plan ("都说了不用发票，那就算了"); with thanks or praise after the turn the promise was kept ("说好的次日达，
 *   结果今天就到了，谢谢").
 * - rhetorical: "这就是你们的服务？", "这就是你们所谓的…", a judgement noun of the store's (服务, 态度, 效率, 质量…)
 *   asked about; "你们是打算吞了吗", "是想骗人吗": an accusation verb asked about. "这就是你们的新款吗" asks nothing
 *   of the store's conduct.
 * - difficulty: "退个货怎么这么难", "咋这么费劲": how hard or slow the store makes a thing (a difficulty adjective after
 *   怎么 / 咋 + 这么, or after 这么 at the end of a clause). "这么麻烦你" is thanks, not a difficulty.
 * - persistence: "客服电话永远打不通", "回复从来都是模板", "一直没人回": always, never, still + a failure of contact or
 *   of handling. "永远支持你们家", "从来没出过问题" name no failure.
 * - nothing at all: "一个电话都没有", "连句道歉都没有": not a single call, message, word of apology.
 * - effort in vain: "跑了三趟营业厅还没办好", "打了五个电话都没人接": an effort counted, then still not done.
 * - told again: "我已经问了三遍了": the customer counts how often they had to say it.
 * - careless: "包装就这样随便一扔", "随手一丢": the goods handled carelessly.
 * - trusted in vain: "我才信你们的“三天到”", "信了你们的邪": the customer blames themself for trusting the store.
 * - absurd means: "你们的物流是用脚走的吗", "骑蜗牛送的吧": the store's work asked about as done with feet or snails.
 *
 * A frame counts as a reproach put as a question does (ZH_REPROACH_VALENCE, sentiment-zh-asking.ts), in the sentiment and
 * in the feeling, and a message with one is not a calm request.
 *
 * Every pattern is bounded (no repeat is unbounded) and reads one sentence (text folded to simplified Mandarin,
 * lower-cased, clause marks as "，"): matching time stays linear in the message.
 */

/** Words that turn an outcome against what was agreed. */
const TURN = '(?:还是|结果|又(?!不是)|却|居然|竟然|反而|照样|依然|仍然|还给|还在)';
/** What was agreed, told, or promised. */
const AGREED = '(?:都说了|早说了|说了多少次|明明说了?|明明讲了?|明明写着?|说好了?的?|讲好了?的?|约好了?的?|答应了?的?|不是说好?了?)';
/** After the turn, what shows the promise was kept after all. */
const KEPT = /谢谢|感谢|多谢|好评|不错|满意|准时|提前|很快|挺快|真快|靠谱|给力|惊喜|最好|好用|喜欢/u;

/** The store's conduct, judged: what "这就是你们的…？" asks about. */
const JUDGED = '(?:服务|态度|效率|质量|售后|客服|速度|诚信|信誉|承诺|保证|保障|品质|专业|处理|解决|办事|规矩|流程|体验|标准|水平|物流|快递)';
/** Accusations the store is asked whether it means: to swallow the money, to cheat, to rip off. */
const ACCUSED = '(?:吞|私吞|骗|坑|贪|扣下|赖账|耍|诈骗|不认账)';
/** How hard or slow the store makes something. */
const DIFFICULT = '(?:难|慢|麻烦|费劲|费事|费力|复杂|折腾|繁琐|困难|久|磨叽|墨迹|难搞|难办)';
/** …said at the end of a clause ("退个款这么费劲"): not "这么久", which praise says too ("用了这么久还很好"). */
const CLAUSE_DIFFICULT = '(?:难|慢|麻烦|费劲|费事|费力|复杂|折腾|繁琐|困难|磨叽|墨迹|难搞|难办)';
/** Failures of contact or handling. */
const FAILURE =
  '(?:打不通|接不通|没人接|无人接|没人回|没人理|没人管|不回复?|没回复?|没有回复|不理|不接|联系不上|找不到人|占线|是模板|模板|机器人|自动回复|敷衍|踢皮球|推来推去|没有?下文|没有?消息|没有?结果|没有?解决|没有?处理|不处理|不解决)';
/** Things of the store's that a customer waits for: "一个电话都没有". */
const AWAITED = '(?:电话|消息|短信|通知|回复|回音|答复|解释|道歉|说法|交代|人|信息|反馈|回应|信)';

const FRAMES: ReadonlyArray<{ frame: string; pattern: RegExp; question?: boolean }> = [
  // 都说了不要放驿站，还是放驿站 / 说好包邮，结算又多了运费 (the outcome is checked for a kept promise below).
  { frame: 'despite', pattern: new RegExp(`${AGREED}[^。！？!?]{2,20}?${TURN}`, 'u') },
  // 又話今日送，而家都夜晚都未見人 (folded 又话今天送…都没见人) / 说了明天发，到现在还没发: a day promised, then nothing.
  {
    frame: 'despite',
    pattern:
      /(?<!我)(?:说|话|讲)了?(?:今天|明天|今晚|当天|马上|立刻|很快|[一二两三1-3]天内?)(?:会|就|能|一定)?(?:送|到|发|寄|处理|回复|回电|联系|安排|退|打)[^。！？!?]{0,16}?(?:都|还|也|仍)(?:没|未)/u,
  },
  // 这就是你们的服务？ / 这就是你们所谓的售后 / 这就是贵公司的态度吗
  {
    frame: 'rhetorical',
    pattern: new RegExp(`(?:这就是|这便是|这就叫|这就是所谓的?)(?:你们|贵公司|贵店|你家|你们家|商家)(?:的|所谓的?)(?:[^。！？!?，]{0,4}?)${JUDGED}(?:吗|嘛|么|啊|呀|，|$)`, 'u'),
    question: true,
  },
  { frame: 'rhetorical', pattern: /这就是(?:你们|贵公司|贵店|你家|你们家)所谓的/u },
  // 这就是你们说的加厚款？ / 這就是你們講的正品？: what the store said it was, asked back.
  { frame: 'rhetorical', pattern: /这就是(?:你们|你|贵店|你家|你们家|商家|客服)(?:说的|所说的|口中的|讲的|承诺的|宣传的)/u, question: true },
  // 你们是打算吞了吗 / 是想骗人吗 / 你们是不是想坑人
  {
    frame: 'rhetorical',
    pattern: new RegExp(`(?:是|是不是)(?:打算|想|要|准备|故意|存心|成心)?${ACCUSED}[^。！？!?，]{0,6}`, 'u'),
    question: true,
  },
  // 退个货怎么这么难 / 咋这么费劲 / 为什么这么慢
  { frame: 'difficulty', pattern: new RegExp(`(?:怎么|咋|为什么|为啥|干嘛)(?:会|就|都)?(?:这么|那么|如此|这样)${DIFFICULT}(?!你|您)`, 'u') },
  // 退个款这么费劲，… (at the end of a clause or before a particle; not 这么麻烦你 / 这么难得)
  { frame: 'difficulty', pattern: new RegExp(`(?:这么|那么|如此)${CLAUSE_DIFFICULT}(?:了|啊|呀|吗|呢|吧|的吗)?(?:，|$)`, 'u') },
  // 客服电话永远打不通 / 回复从来都是模板 / 一直没人回
  {
    frame: 'persistence',
    pattern: new RegExp(`(?:永远|从来|一直|总是|老是|始终|每次都|天天|整天)(?:都|也)?(?:是)?[^。！？!?，]{0,2}?${FAILURE}`, 'u'),
  },
  // 一个电话都没有 / 连句道歉都没有 / 一条消息也不发
  {
    frame: 'nothing',
    pattern: new RegExp(`(?:一|连一?)(?:个|通|条|句|声|点|封)?${AWAITED}(?:都|也)(?:没有?|没人|不回|不给|不打|不发)`, 'u'),
  },
  // 跑了三趟营业厅还没办好 / 打了五个电话都没人接 / 问了好几次还是没结果
  {
    frame: 'effort',
    pattern:
      /(?:跑|去|打|问|找|催|联系|反映|投诉|申请|提交|发|等)了(?:[两三四五六七八九十几好多]{1,2}|\d{1,3})(?:个)?(?:趟|次|遍|回|个电话|通电话|天)[^。！？!?]{0,10}?(?:还|都|也|依然|仍然|仍)(?:是)?(?:没|不|未|无)/u,
  },
  // 我已经问了三遍了 / 都说了三遍了
  {
    frame: 'told again',
    pattern: /(?:已经|都)[^。！？!?，]{0,6}?(?:说|问|催|讲|解释|反映|联系|投诉|强调|提醒)了(?:[两三四五六七八九十几好多]{1,2}|\d{1,3})(?:遍|次|回)/u,
  },
  // 问了多少遍了 / 说了八百遍 / 催了无数次: a count no one would ask, thrown back.
  {
    frame: 'told again',
    pattern: /(?:说|问|催|讲|解释|反映|联系|投诉|强调|提醒|打|发|找)了(?:多少|无数|八百|几百|几十|n)(?:遍|次|回|个电话|通电话)/u,
  },
  // 这种品质还敢卖 / 咁嘅質素都好意思賣 (folded 都好意思卖) / 居然有脸收运费: the store dares.
  { frame: 'dares', pattern: /(?:还|都|也|竟然|居然)(?:敢|好意思|有脸)/u },
  // 这样也叫售后？ / 这种也配叫正品 / 就这还叫旗舰店: what the store calls it, denied (the bare "这也叫…" is ZH_MARKERS'
  // rhetoric, which turns the praise after it).
  { frame: 'called that', pattern: /(?:这(?:样|种|个)|就这)(?:也|还)(?:能|敢|好意思|配)?(?:叫|称得上|配叫|配)/u },
  // 你们是不是把我忘了 / 你哋係咪玩嘢 (folded 你们是不是玩东西) / 客服是在耍我吗 / 你们这是逗人玩: the store neglects or toys
  // with the customer.
  {
    frame: 'toyed with',
    pattern: /(?:你们|你|客服|商家|店家|卖家)(?:这是|是不是|是|是否)?(?:故意|存心|在)?(?:把我给?忘|把我当|玩(?:我|东西|人)|耍我|逗我|逗人|睡着)/u,
  },
  // 包装就这样随便一扔 / 随手一丢
  { frame: 'careless', pattern: /(?:随便|随手|随意|胡乱|乱)一?(?:扔|丢|甩|抛|塞|堆|摔)/u },
  // 我才信你们的“三天到” / 信了你们的邪
  { frame: 'trusted in vain', pattern: /(?:才|竟然|居然|傻到)(?:会)?(?:信|相信)(?:了)?你们|信了你们的邪/u },
  // 你们的物流是用脚走的吗 / 骑蜗牛送的吧
  {
    frame: 'absurd means',
    pattern: /用脚(?:走|写|做|打包|包装|包|送|发|想|设计|翻译|剪|拍|缝|装|开|运)|(?:骑|坐|用)(?:蜗牛|乌龟)|(?:蜗牛|乌龟)(?:送|爬|速度)/u,
  },
];

/** The frame of displeasure a sentence is said in, if any: the matched words, for the evidence. */
export function displeasureFrameIn(sentence: string, questionMark: boolean): string | undefined {
  for (const { frame, pattern, question } of FRAMES) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    if (question && !questionMark && !/[吗嘛吧]/u.test(sentence.slice(match.index))) continue;
    if (frame === 'despite' && KEPT.test(sentence.slice(match.index + match[0].length))) continue;
    return `(${frame}) ${match[0]}`;
  }
  return undefined;
}
