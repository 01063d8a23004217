/**
 * Someone asked to come and do an errand with the goods: "退货可以请人来收吗" (can someone come and collect the return),
 * "可以找人来取退货吗", "能不能派人来拿一下要退的椅子", "可以叫人來裝冷氣嗎", "请师傅上门安装". A courier or a fitter is
 * fetched to the customer's door; nobody is asked to take the conversation over, so it is a store question (returns,
 * delivery, installation), not a request for a person. "叫人来处理", "找人来跟我说清楚", "派人来看看这个问题" still ask
 * for someone to deal with the customer: only verbs that move or fit goods make the errand.
 */

/**
 * The person (人, 个人, 师傅, 工人, 快递), come (来, 过来, 上门, 到府) and perhaps 帮我 / 一下, then a verb that moves or fits
 * goods. Folded simplified Chinese. 收拾 (tidy up a mess, often said of a complaint) is not 收 (collect).
 */
const ZH_ERRAND_FETCHED =
  /(?:人|师傅|工人|快递员?|司机|安装工)(?:上门|过来|来|到府|到家|到我家)(?:帮我|帮忙|给我)?(?:一下|下)?(?:收(?!拾)|取|拿|搬|装|安装|送|修|维修|运|回收|提|载|抬)|(?:师傅|工人|安装工)(?:上门|过来|来)/;

/** Whether a clause of the message fetches someone to collect, deliver or fit goods (see above). */
export function fetchedForErrand(clause: string): boolean {
  return ZH_ERRAND_FETCHED.test(clause);
}
