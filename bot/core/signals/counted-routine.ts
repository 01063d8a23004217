/**
 * A routine act counted, with nothing failed: 我这是第二次退货了 还是免运费吗 ("my second return — still free?"), 第二次退貨
 * 仲係免運費嗎, 第三次申请会员. The repeated-contact rule counts 第N次 before a return, a refund, an exchange or an
 * application because a customer who has had to return or claim again usually tells a failure; the count is only one
 * when the message tells what failed (没到, 坏, 错, 又, 一直, 拒, 冇) — otherwise it is a question about the act itself.
 * Contacts counted (第三次问, 第四次联系) and failures counted (第二次发错) are not routine acts and stay.
 */
const ROUTINE_COUNTED = /^第[^次回遍]{1,4}[次回遍](?:了|的)?(?:退货|退款|换货|退换|申请|提交|来|下单|购买|回购)$/;
/** What failed, in simplified characters (the rules read folded text): not come, broken, wrong, again, refused, still not. */
const ZH_FAILURE =
  /没|未|冇|唔(?:得|到|退|批|通过|收到)|不(?:行|给|到|退|通过|让|了了之)|坏|烂|破|错|问题|毛病|失败|拒|驳回|又|一直|仍然|依然|还没|还不|还是(?:没|不|坏|错)|催|投诉|气|骗|搞什么|怎么回事/;

export function withoutRoutineCounted(found: readonly string[], chinese: string): string[] {
  if (!chinese || ZH_FAILURE.test(chinese)) return [...found];
  return found.filter((evidence) => !ROUTINE_COUNTED.test(evidence));
}
