/**
 * What links a harm or a legal word to the store (circumstance-cue.ts): the store or its goods as the cause (你们的, 吃了,
 * 用了, 买的, "your", "you sold", "after eating", "because of the"), its staff as the agent (快递员偷了, "the courier
 * stole"), the store as the target (告你们, 跟你们打官司, "sue you", "see you in court", "over this"); and what tells a
 * word as an incident to act on: a threat (再不退款我就…, "unless"), the police on it. Goods asked back untouched
 * ("still boxed", 还没拆封) caused nothing, and link nothing.
 */

/** Routine things of the store's a "your" may name without blaming it: "your return window", "your pickup points". */
const EN_ROUTINE_OF_YOURS =
  String.raw`(?:return|returns|refund|refunds|exchange|delivery|deliveries|shipping|website|site|app|policy|policies|team|customer service|support|store|shop|pick-?up|collection|lockers?|invoices?|receipts?|records?|system|options?|address|emails?|e-mails?|newsletters?|marketing|mailing list|notifications?|chat|hotline|number|account|order|orders|tracking|help|end|side|opening hours)`;
/**
 * The store's goods named as the store's: "your kettle", "the pan you sold me", "bought it from you". The goods may be
 * the cause, unless they are asked back untouched (EN_UNUSED): "I can't lift the pan I bought from you, it's still
 * boxed, can I return it?" names them as what the hurt keeps the customer from using.
 */
const EN_GOODS_OF_STORE = new RegExp(
  [
    // "your quickest delivery option", "your next-day shipping": a routine thing with its kind or its speed before it.
    // Not someone of the shop's asked for ("can someone from your staff call me"): a request, not the goods.
    String.raw`\b(?<!(?:someone|somebody|anyone|one|a member) (?:from|of) )(?:your|ur)\b(?! (?:[a-z]{2,10}est |next[- ]day |same[- ]day |usual |standard |express |normal )?${EN_ROUTINE_OF_YOURS}\b)`,
    String.raw`\b(?:you|u)(?:'ve| have| had| guys| lot)? (?:sold|sent|shipped|delivered|gave|made)\b`,
    String.raw`\b(?:bought|ordered|got) (?:it |them |this |these |one )?(?:from (?:you|u)|here)\b`,
  ].join('|'),
);
const EN_LINK = new RegExp(
  [
    String.raw`\b(?:you|u)(?:'ve| have| had| guys| lot)? (?:poisoned|hurt|burned|burnt|injured|caused|did this|scammed|robbed|cheated)\b`,
    // The store as the target: "sue you", "see you in court", "take you to court", "report you", "against you".
    String.raw`\b(?<!not )(?:sue|suing|sued|see|take|taking|took|drag|dragging|report|reporting|reported|against) (?:you|u|this company|this shop|this store)\b`,
    // The store's matter as the case: "going to court over this", "a lawyer about it".
    String.raw`\b(?:over|about|for) (?:this|it|that)(?: (?:order|matter|issue|problem|product|item))?\s*(?:[,.;!?]|$)`,
    // Goods as the cause: "after eating", "from using", "because of the", "caused by", "bought it from you".
    String.raw`\b(?:after|from|since) (?:eating|using|wearing|drinking|taking|applying|touching|trying|swallowing|charging|opening|it|this|that|these|those)\b`,
    String.raw`\b(?:because of|due to|caused by) (?:the|it|this|that|these|those)\b`,
    // Staff or goods acting: "the courier stole", "the driver pushed me", "it exploded".
    String.raw`\b(?:courier|driver|delivery (?:guy|man|person|driver)|staff|employee|rider|postman|it|the [a-z]{2,14}) (?:stole|hit|pushed|assaulted|attacked|threatened|broke|exploded|caught fire|burst|collapsed|snapped|melted|leaked|fell|tipped|toppled|gave way|gave out|came apart|came off|overheated|blew up)\b`,
  ].join('|'),
);
/**
 * What incidents and threats tell: the police already involved, a threat's condition, the law invoked ("my lawyer will
 * be in touch", "I know my rights", "this is illegal").
 */
const EN_THREAT_TOLD = /\b(?:in touch|hear from|my rights|illegal|unlawful|against the law|breach\w{0,3}|liable|legal action|proceedings|claim against|(?:good|strong|solid) case)\b|\b(?:unless|or else|otherwise|if (?:you|u) (?:don't|do not|won't|will not|can't|refuse))\b/;
/** The police on it: an incident unless the matter is the customer's own loss (policeMatterOwn). */
const EN_POLICE_ON_IT = /\bpolice (?:are|were|have been|got|is|came|come|turned up|showed up|arrived)(?: now| already)? (?:involved|investigating|on it|here|round|over|looking)\b|\bpolice (?:investigat\w{0,4}|involvement|report (?:number|reference)?)\b/;

/** Routine things of the store's a 你们 may name without blaming it: 你们的发票, 你们的退货政策, 你们的快递(not 快递员). */
const ZH_ROUTINE_OF_YOURS = '(?:发票|收据|客服|退货|退换|退款|订单|配送|送货|快递(?!员|小哥)|物流|网站|官网|app|电话|政策|规定|规则|地址|门店|自提|取货|邮箱|邮件|短信|推送|系统|会员|账号|平台|售后|流程)';
const ZH_STORE = '(?:你们|你哋|你家|贵店|贵公司|商家|店家|卖家|你们公司|你们店)';
/** The store's goods named as the store's (你们的零食, 你们家的, 你们卖的, 买的, 这款): see EN_GOODS_OF_STORE. */
const ZH_GOODS_OF_STORE = new RegExp(
  [
    `${ZH_STORE}(?:的|嘅|啲)(?!${ZH_ROUTINE_OF_YOURS})`,
    `${ZH_STORE}(?:家|卖|寄|发|送|做)`,
    '买的|买嘅|买来的|这款|呢款|同款',
    // Not a time: 这个冬天, 这个月, 呢个礼拜.
    '(?:这个|呢个|那个)(?!' + ZH_ROUTINE_OF_YOURS + '|期限|包裹|问题|冬天|夏天|春天|秋天|月|星期|礼拜|周末|周|季|年|时候|时间|假期|假|节)',
  ].join('|'),
);
const ZH_LINK = new RegExp(
  [
    // The store's doings: 你们害的, 被你们.
    `${ZH_STORE}(?:害|搞|弄|把我|让我|给我的|骗)`,
    `被${ZH_STORE}`,
    // The store as the target: 告你们, 起诉你们, 投诉你们, 跟你们打官司, 和你们法庭见.
    `(?:告|起诉|控告|投诉|举报|检举|曝光|报警抓)(?:了|咗)?${ZH_STORE}`,
    `(?:和|跟|同|与)${ZH_STORE}(?:打官司|对簿公堂|法庭见|法院见|没完|上法庭|上法院)`,
    // Goods as the cause: eaten, drunk, used, worn, applied, played with, bought.
    '吃了|吃完|吃过|喝了|喝完|饮咗|食咗|食完|用了|用完|用过|(?<![未没])使用|戴了|涂了|擦了|玩了|穿了',
    // Goods failing, staff acting: 爆了, 漏电, 快递员偷了, 骑手推倒.
    '(?<![摔跌])(?:断|裂|爆|炸)(?:了|咗|开)|塌|垮了|坍|漏电|短路|着火|起火|冒烟',
    '(?:快递员|快递小哥|骑手|外送员|外卖员|送货员|司机|店员|员工)[^，,。！!？?]{0,4}(?:偷|打|推|骂|撞|抢|弄坏|拿走|威胁)',
  ].join('|'),
);
/** Told to be acted on: the customer's threat or act (再不退款我就…, 我要告, 已经报警), or the police already on it. */
const ZH_THREAT_TOLD = /再不|不然|否则|要不然|要是不|如果不|我(?:要|会|就|准备|已经|已|马上|一定)(?:去)?(?:告|起诉|提告|打官司|上法院|找律师)/;
const ZH_POLICE_ON_IT = /我(?:要|会|就|准备|已经|已|马上|一定)(?:去)?(?:报警|报案)|报了(?:警|案)|警察(?:来了|上门|介入|调查|在查|立案)/;

/**
 * Goods asked back untouched: "it's unused and still boxed", 还没拆封, 原封未动 (not 全新, "brand new": new, maybe used). Goods never used caused nothing, so a
 * return asked for them is asked for the customer's reason, whatever the harm told beside it.
 */
const EN_UNUSED = /\b(?:unused|unopened|never (?:been )?(?:used|opened|worn|taken out)|still (?:sealed|boxed|in (?:the|its) (?:box|packaging|wrapping|wrapper))|(?:sealed|boxed) in (?:the|its) box|not (?:been )?(?:opened|used))\b/;
const ZH_UNUSED = /(?:没|未|还没|沒)(?:有)?(?:拆|开封|开箱|用过|使用)|原封/;

export function unused(text: string, chinese: boolean): boolean {
  return (chinese ? ZH_UNUSED : EN_UNUSED).test(text);
}

/** The message tells a threat of the customer's or the law invoked ("my lawyer will be in touch", 再不退款我就告). */
export function threatTold(text: string, chinese: boolean): boolean {
  return chinese ? ZH_THREAT_TOLD.test(text) : EN_THREAT_TOLD.test(text);
}

/** The message tells the police on it or a report made ("police are investigating", 已经报警). */
export function policeOnIt(text: string, chinese: boolean): boolean {
  return chinese ? ZH_POLICE_ON_IT.test(text) : EN_POLICE_ON_IT.test(text);
}

/** The message ties something of its harm or legal words to the store (goods asked back untouched are no cause). */
export function linked(text: string, chinese: boolean): boolean {
  const [link, goods] = chinese ? [ZH_LINK, ZH_GOODS_OF_STORE] : [EN_LINK, EN_GOODS_OF_STORE];
  return link.test(text) || (goods.test(text) && !unused(text, chinese));
}
