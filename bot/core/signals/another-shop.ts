/**
 * Another shop than this one, as the party of a clause: named by what sets it apart (别家, 另一间网店, 其他平台, 第二间铺
 * as Cantonese folds it, 隔壁那家店, "another shop", "a different site", "the last store I ordered from"), or masked with
 * 某 (某宝, 某东: a company the customer will not name; not 某个, 某天, 某人). A clause that names such a shop and nothing
 * of this store's tells the other shop's story: a month waited for its refund, three calls to it, are no contact with
 * this store, and the question after them ("你们一般多久到账", "how long do yours take") is a routine one.
 *
 * Unnamed and masked shops only: a marketplace named as where the customer bought (在淘宝下单) may be this store's own
 * shop there.
 */

const ZH_ANOTHER_SHOP =
  /(?:另一|另外一?|其他|其它|别的|(?<![特区告分识辨类级性派鉴])别|上一|第二|隔壁|隔篱|对面|楼下|附近)(?:那|嗰)?(?:间|家|个)?(?:网店|网站|店铺|店|商家|卖家|平台|铺|家|app)/;
const ZH_MASKED_COMPANY = /某(?![个些天次人时年月日种件位样某])[\u4e00-\u9fff]/;
const EN_ANOTHER_SHOP =
  /\b(?:another|a different|some other|other|an other|the other|that other|a separate) (?:online )?(?:website|site|web site|shop|store|seller|retailer|app|company|marketplace|platform|merchant|vendor)s?\b/;
/** This store, addressed or named: a clause with it is not only the other shop's story. */
const ZH_THIS_STORE = /你|您|贵|本店|这家|你家/;
const EN_THIS_STORE = /\b(?:you|your|yours|u|ur|ya|this (?:shop|store|site|website|company))\b/;

/** Whether the clause names another shop (unnamed or masked) and nothing of this store's. */
export function anotherShopsClause(clause: string): boolean {
  if (ZH_THIS_STORE.test(clause) || EN_THIS_STORE.test(clause)) return false;
  return ZH_ANOTHER_SHOP.test(clause) || ZH_MASKED_COMPANY.test(clause) || EN_ANOTHER_SHOP.test(clause);
}

const CLAUSE_MARK = /[,;，；、]/g;

/**
 * The clause of a sentence that holds the text from `index` to `end`. English runs from mark to mark; folded Chinese has
 * lost the spaces between a story and the question after it (在别家等了一个月你们多久到), so its clause runs from the
 * last mark up to `end` only: the story comes before what it tells.
 */
export function clauseHolding(sentence: string, index: number, end: number, chinese: boolean): string {
  let start = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(sentence); m && m.index < index; m = CLAUSE_MARK.exec(sentence)) start = m.index + 1;
  if (chinese) return sentence.slice(start, end);
  const rest = sentence.slice(end).search(/[,;，；、]/);
  return sentence.slice(start, rest < 0 ? sentence.length : end + rest);
}
