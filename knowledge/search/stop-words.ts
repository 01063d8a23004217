/**
 * English stop words dropped from search terms. Deliberately short: negations ("not", "no") and question words that
 * change what a customer means ("why", "how", "when") stay, because BM25's IDF already discounts them and they separate
 * articles such as "why was my card declined" from "my card was not declined".
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by could did do does doing down during each few for from further had has have having he her here hers ' +
    'herself him himself his i if in into is it its itself just me more most my myself nor of off on once only or ' +
    'other our ours ourselves out over own same she should so some such than that the their theirs them themselves ' +
    'then there these they this those through till til to too under until up very was we were while with would you your ' +
    'yours yourself yourselves s t d ll m re ve please hi hello thanks thank'
  ).split(' '),
);

/**
 * Chinese particles that carry no topic. Only particles: characters such as 还 ("also", but "repay" in 还款) or 借
 * are content words in customer service.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set('的 了 吗 呢 吧 啊 呀 嘛 哦 么 之 着'.split(' '));
