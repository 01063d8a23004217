/**
 * A journalist named as someone's trade, not as a threat to go public: "I'm a journalist, do you have a press contact for
 * samples?", "my wife is a reporter and works odd hours, can I pick a delivery slot". The legal rule reads "journalist"
 * as going to the press ("I've spoken to a journalist", "a journalist friend is interested in this story"); a trade told
 * with no word of a story about the shop is who someone is (compare lawyer-mention.ts, police-mention.ts).
 *
 * Any word of the press acting on the matter keeps it a threat: a story, an article, exposing, writing about or covering
 * "this", "you" or "your company", "interested in", "contacted", a piece being written, a comment asked for ("I'm a
 * journalist writing a piece on retailers that don't honour refunds and would like a comment").
 */

const PRESS_WORD = /^journalists?$/;
const EN_TRADE =
  /\b(?:i'm|im|i am|i was|he's|she's|he is|she is|(?:my|our|his|her) [a-z-]{1,16}(?:'s| is| was)|works? as|worked as|as)\s(?:a |an )?(?:[a-z-]{1,14} )?(?:journalist|reporter)\b/;
const EN_STORY =
  /\b(?:story|stories|article|expos[eé]|expose|(?:write|writing|wrote|written) (?:about|up) (?:you|this|it|that|your|how|the way|what|my|our|companies|shops|stores|retailers|sellers)\b|(?:write|writing) (?:this|it|you) up|cover(?:ing)? (?:this|it|you)|report(?:ing)? on (?:this|you|your)|interested in (?:this|your|the story)|contact(?:ed|ing)? (?:a |the |my )?(?:journalist|press|media)|spoke to|speaking to|talk(?:ed|ing)? to|go public|publish|headline|(?:writing|doing|working on|putting together|researching) (?:a |an )?(?:piece|story|feature|report|investigation|segment)|(?:a |for |any )comment|comment (?:from|on)|on the record)\b/;

/**
 * A piece on a subject of its own, which the customer's question serves: "writing a piece on sustainable fashion, do you
 * ship in recycled packaging?", "doing a story on local businesses, what are your opening hours?". The subject is the
 * words after "on"/"about" up to the clause's end; a piece whose subject is the store ("on you", "about your company",
 * "how you treat customers") or a wrong done ("retailers that don't honour refunds", "online scams") is the press at work
 * on the matter, and so is a comment asked for anywhere in the message.
 */
const EN_PIECE = /\b(?:writing|doing|working on|putting together|researching) (?:a |an )?(?:piece|story|feature|article|report|segment|blog post|column) (?:on|about) ([^.,;!?]{1,60})/g;
const EN_SUBJECT_OF_THE_STORE =
  /\b(?:you|your|u|ur|yours|this (?:company|shop|store|site|business)|how|what|why|who|which|that|whether|refunds?|scams?|scammers?|fraud\w{0,4}|rip-?offs?|ripped|complaints?|bad|worst|dodgy|shady|misleading|cowboy|failing|failures?|don't|doesn't|won't|never|customer service|treat\w{0,3})\b/;
const EN_COMMENT_ASKED = /\b(?:(?:a|for|any) comment|comment (?:from|on)|on the record|statement from|response from|right of reply)\b/;

/** The message with every piece whose subject is its own taken out (see EN_PIECE). */
function withoutPiecesOfTheirOwn(english: string): string {
  if (EN_COMMENT_ASKED.test(english)) return english;
  return english.replace(EN_PIECE, (piece: string, subject: string) => (EN_SUBJECT_OF_THE_STORE.test(subject) ? piece : ' '));
}

/** The press acting on the matter: a story, an article, writing about this (shared with word-role.ts's trade frame). */
export function pressActs(english: string): boolean {
  return !!english && EN_STORY.test(withoutPiecesOfTheirOwn(english));
}

/**
 * The same in Chinese (folded): someone's trade at the press, or someone the customer knows there, told beside something
 * else: 我表哥是记者 他说你们家东西不错, 我朋友在报社工作 推荐了你们的店, 我认识报社记者 佢话你哋啲嘢好抵 (folded), 我是记者
 * 想问下营业时间. Any word of the press at work (报道, 曝光, 采访, 爆料, 写稿), of going public (上新闻, 见报, 公开) or a
 * warning or dare (走着瞧, 别怪我, 不信你们试试) keeps it a threat; the press told alone (我认识电视台记者) is left to the
 * other readings.
 */
const ZH_TRADE = /^我(?:的)?(?!们)(?:[\u4e00-\u9fff]{0,3}?(?:是|在|喺)|认识)[^，。！？,!?]{0,8}?(?:记者|报社|报馆|电视台|编辑|媒体|传媒|新闻台|电台)(?:的)?(?:记者|编辑|朋友|人)?(?:工作|上班|做)?/;
const ZH_PRESS_ACTS =
  /报道|报导|曝光|采访|爆料|报料|跟进|捅|写(?:一)?(?:篇|个|份)|写(?:稿|文章|新闻)|兴趣|上新闻|见报|公开|公诸|投稿|不信|有种|走着瞧|等着瞧|怪我|后果|看着办|好看|别后悔|小心|等着/;

/** The message names a journalist as a trade and tells of no story (English, or folded Chinese). */
export function namesJournalistAsTrade(english: string, chinese = ''): boolean {
  if (chinese) {
    // Something else told beside it (praise, a question): the press told alone (我认识电视台记者) may be the veiled threat.
    const trade = ZH_TRADE.exec(chinese);
    return !!trade && chinese.slice(trade[0].length).replace(/[，。！？,!?\s]/g, '').length >= 2 && !ZH_PRESS_ACTS.test(chinese);
  }
  return !!english && EN_TRADE.test(english) && !pressActs(english);
}

/** The legal phrases without a journalist named as a trade (see the file's comment). */
export function withoutJournalistAsTrade(found: readonly string[], english: string): string[] {
  if (!found.some((phrase) => PRESS_WORD.test(phrase)) || !namesJournalistAsTrade(english)) return [...found];
  return found.filter((phrase) => !PRESS_WORD.test(phrase));
}
