import type { Lang } from '../../contracts';

/**
 * Thanks for a problem that is over: "my lost parcel turned up in the end, all sorted, thank you", 之前包裹丢了的事已经
 * 解决了 谢谢你们, 謝謝你們 之前重複扣款的問題已經退回來了. The message names a problem (a lost parcel, a double charge), and the
 * search finds that problem's article with confidence; but the customer asks nothing and tells that it is resolved, so
 * the right reply is the one to thanks, not the article. A message that still asks, requests something new (这次想查新的
 * 订单, "i need to change my address"), or tells what is still wrong ("but the second one hasn't come", 但是还没到), is
 * read as usual.
 */
const EN_THANKS = /\b(?:thanks|thank you|thank u|thx|ty|cheers|much appreciated|appreciate (?:it|that|your help|you)|grateful)\b/;
const ZH_THANKS = /谢谢|多谢|感谢|谢啦|唔该|辛苦(?:了|晒|你们)/;
export const EN_RESOLVED =
  /\b(?:(?:all |it's |its |is |was |has been |got |now )?(?:sorted|resolved|fixed|solved)|came through|turned up|showed up|went through|got (?:it|them|my (?:refund|money|parcel|package|order))|(?:refund|money) (?:is |has )?(?:back|in)|all good)\b/;
export const ZH_RESOLVED = /解决了|处理好了|处理完了|搞定了|搞掂|弄好了|退回来了|退回了|到账了|收到了|已经退了|已经到了|找到了|送到了/;
/**
 * Asking, or something still wrong: asking anywhere; a failure only after the resolution, since one before it names the
 * problem resolved ("my lost parcel turned up", "the refund for my broken kettle came through", 丢了的事已经解决了),
 * where one after it tells what is still wrong ("arrived damaged", 收到了 是坏的).
 */
const EN_ASKING =
  /\?|\b(?:but|however|still|yet|how|what|when|where|why|which|who|can|could|would|will|is there|do you|does|please|pls|(?:i|we) (?:need|want|would like|'d like) to)\b/;
const EN_FAILURE =
  /\b(?:not|never|no|hasn't|haven't|didn't|isn't|wasn't|can't|cannot|won't|damaged|broken|wrong|missing|late|faulty|cracked|leaking|lost|torn|stolen|empty|twice|double|only|instead)\b/;
const ZH_ASKING = /[?？吗么呢]|但是|但|不过|可是|还是|还没|还有|怎么|如何|能不能|可以|可不可以|哪|什么|啥|几时|多久|请问|想问|麻烦|帮我|查|想(?:要|买|改|换|退|知道)/;
const ZH_FAILURE = /没有|没|不|坏|破|错|少|漏|烂|丢|延迟|慢|两次|重复/;

export function thanksForResolved(text: string, lang: Lang): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  const [thanks, resolved, asking, failure] = lang === 'zh' ? [ZH_THANKS, ZH_RESOLVED, ZH_ASKING, ZH_FAILURE] : [EN_THANKS, EN_RESOLVED, EN_ASKING, EN_FAILURE];
  const resolution = resolved.exec(lower);
  if (!resolution || !thanks.test(lower)) return false;
  const after = lower.slice(resolution.index + resolution[0].length).replace(thanks, ' ');
  // The thanks and the resolution's own words are no question and no failure (没事了 is over).
  return !asking.test(lower.replace(resolved, ' ').replace(thanks, ' ')) && !failure.test(after);
}
