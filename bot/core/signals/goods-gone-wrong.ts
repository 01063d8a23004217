/**
 * Goods or an order gone wrong in words the service-failure phrases miss: "the gown arrived with a huge tear down the
 * back", "it came with a big hole in the sleeve", 付了款 订单直接消失了, 订单被取消了 钱却一直没退回来. Each is a service
 * failure like "torn" or 没收到; with a costly amount beside it (turn-signals.ts) it is a costly order gone wrong.
 *
 * A flaw asked about before buying ("does it come with a hole for the strap?", "is the tear-off label removable") names
 * no arrival with damage and is not read: the flaw must be a damage noun, come with the goods or found in them.
 *
 * English arrives lower-cased (normalizeEnglish), Chinese folded to simplified Mandarin. Each pattern is bounded.
 */

/** A damage noun: a tear, a rip, a hole, a gash, a stain, a crack, a dent. */
const DAMAGE = String.raw`(?:tear|tears|rip|rips|hole|holes|gash|gashes|stain|stains|crack|cracks|dent|dents|burn mark|scorch mark)`;
/** Come with damage: "arrived with a huge tear", "came with a hole in it", "was delivered with two stains". */
const EN_CAME_DAMAGED = new RegExp(
  String.raw`\b(?:arrived|came|turned up|showed up|was delivered|got delivered|were delivered|was shipped|came back)(?: to me| today| yesterday)? with (?:a|an|two|three|several|some|this|huge|big|massive|large)(?: (?:huge|big|massive|large|giant|long|visible|noticeable|deep|nasty|obvious|clear))? ${DAMAGE}\b`,
);
/** Damage found in the goods, told where: "there's a huge tear down the back", "it has a hole in the sleeve". */
const EN_DAMAGE_WHERE = new RegExp(
  String.raw`\b(?:there'?s|there is|it has|it'?s got|has got|has)(?: a| an)(?: (?:huge|big|massive|large|giant|long|visible|deep|nasty))? ${DAMAGE} (?:down|across|in|on|along|through|right)\b`,
);
/** A question asked before buying: the flaw is asked about, not come. */
const EN_ASKS_FIRST = /^\s*(?:does|do|will|would|can|could|is|are)\b/;

/** The order vanished after paying: 订单直接消失了, 订单不见了, 订单突然没了. */
const ZH_ORDER_VANISHED = /订单(?:直接|突然|竟然|居然|就|莫名其妙地?)?(?:消失|不见|没了|没有了)(?:了)?/;
/** A cancelled order whose money has not come back: 订单被取消了 钱却一直没退回来, 取消了但是款还没退. */
const ZH_CANCELLED = /取消|撤销/;
const ZH_MONEY_NOT_BACK = /(?:钱|款|货款|退款)(?:却|还|一直|都|也|至今|仍然|仲){0,3}(?:没|没有|未)(?:有)?(?:退|到账|退回|回来|退回来|退给我)/;

/** The evidence of goods or an order gone wrong, or nothing. */
export function costlyGoodsGoneWrong(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    for (const sentence of english.split(/[.!?;]+/)) {
      if (EN_ASKS_FIRST.test(sentence)) continue;
      const hit = EN_CAME_DAMAGED.exec(sentence) ?? EN_DAMAGE_WHERE.exec(sentence);
      if (hit) found.push(hit[0]);
    }
  }
  if (chinese) {
    const vanished = ZH_ORDER_VANISHED.exec(chinese);
    if (vanished) found.push(vanished[0]);
    const notBack = ZH_MONEY_NOT_BACK.exec(chinese);
    if (notBack && ZH_CANCELLED.test(chinese)) found.push(notBack[0]);
  }
  return found;
}
