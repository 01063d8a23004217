/**
 * A person asked for by the power they hold rather than by a person word (agent-request.ts and person-request.ts read
 * "agent", "manager", 人工, 主管): someone who can decide what the bot cannot.
 *
 * - "can somebody with authority look at this", "I need someone who can override this", "is there anyone who can
 *   actually make a decision", "who's in charge here";
 * - 有没有能做主的, 找个说了算的人, 叫管事的出来, 有冇可以话事嘅人, 有沒有能做決定的人;
 * - the bot refused in Cantonese: 唔好再用机械人覆我.
 *
 * Not a request: a question about who handles something ("who is in charge of refunds?", "who approves returns", 退款谁
 * 负责), someone who decided already ("someone with authority approved it"), a product's feature ("a lock that can
 * override the code").
 */

const EN_SOMEONE = String.raw`(?:some ?one|some ?body|any ?one|any ?body|a person|a human|a manager|staff|a member of staff)`;
const EN_POWER = String.raw`(?:authority|the authority|more authority|real authority|the power|power|the authori[sz]ation|clearance|the clearance)`;
/** "somebody with authority", with a request around it: can … look at, I need, get me, is there. */
const EN_WITH_POWER = new RegExp(
  String.raw`\b(?:can|could|would|will|may|need|want|get me|find me|is there|i'd like|let me (?:talk|speak) to)\b[^.!?]{0,24}\b${EN_SOMEONE} (?:with|who has|that has|who's got|that's got) ${EN_POWER}\b`,
);
/** "someone who can override this", "anyone who can actually make a decision". */
const EN_WHO_CAN_DECIDE = new RegExp(
  String.raw`\b(?:need|want|get me|find me|is there|are there|i'd like|put me through to|let me (?:talk|speak) to|give me)\b[^.!?]{0,16}\b${EN_SOMEONE} (?:who|that) (?:can|could|is able to|has the power to) (?:actually |really )?(?:override|overrule|make (?:a |the )?decisions?|decide|authori[sz]e|approve|sign (?:this |it )?off|make exceptions?|make an exception)\b`,
);
/** "Who can I talk to that isn't automated", "anyone there who's not a machine": a person by what they are not. */
const EN_NOT_AUTOMATED =
  /\b(?:who|someone|somebody|anyone|anybody|a person|something) (?:can i|could i|can we|i can|i could)? ?(?:talk|speak|chat) (?:to|with) (?:that|who) (?:isn't|is not|'s not|aren't|is n't) (?:automated|a bot|a robot|a machine|an ai|ai|a script|scripted)\b/;
/** "Is anyone human reading this", "is anybody real there": a person by being human. */
const EN_ANYONE_HUMAN = /\b(?:is|are) (?:there )?(?:anyone|anybody|someone|somebody) (?:human|real|alive|actually human|actually real) (?:reading|there|here|on|out there|at all|who)\b/;
/** "who's in charge here?", "who is in charge around here", as the whole of a clause. */
const EN_IN_CHARGE = /^(?:so |ok |okay |right |hello\W* )?(?:who's|who is|whos) (?:actually |even )?in charge (?:here|around here|of this place|of this shop|there)\W*$/;
const EN_NEGATED = /\b(?:don't|do not|dont|no need|not)\b[^.!?]{0,12}$/;

/** 能做主的, 说了算的, 管事的, 能拍板的, 能做决定的, Cantonese 话事嘅, 揸主意嘅. */
// 决定 only with 能 before it: 我要决定的是颜色 decides a colour.
const ZH_POWER = '(?:(?:能|可以|可|有权)(?:做主|作主|拍板|话事|做决定|作决定|决定)|做主|作主|拍板|话事|揸主意|说了算|话得事)';
const ZH_WITH_POWER = new RegExp(
  `(?:有没有|有冇|有无|找|叫|搵|揾|换|要|让|请|给我|俾我|转给|转去|转接)(?:个|一个|位|一位|只)?${ZH_POWER}(?:的|嘅)(?:人|领导|负责人|出来|嚟|来)?|(?:叫|找|搵)(?:个|你们的?)?管事(?:的|嘅)(?:人)?(?:出来|嚟|来)?`,
);
/** 唔好再用机械人覆我, 唔好再俾机器人答我: the bot refused, Cantonese. */
const ZH_BOT_REFUSED = /(?:唔好|不要|别|咪)(?:再)?(?:用|俾|畀|让|叫)?(?:个)?(?:机械人|机器人|ai|自动回复)(?:覆|回|答|回复|回覆)我/;
const ZH_ASKS_WHO = /谁(?:负责|决定|说了算)|边个(?:负责|话事)/;

export function authorityPerson(english: string, chinese: string): string[] {
  const found: string[] = [];
  if (english) {
    for (const raw of english.split(/[.!;]+|\?/)) {
      const clause = raw.trim();
      for (const pattern of [EN_WITH_POWER, EN_WHO_CAN_DECIDE, EN_IN_CHARGE, EN_NOT_AUTOMATED, EN_ANYONE_HUMAN]) {
        const hit = pattern.exec(clause);
        if (hit && !EN_NEGATED.test(clause.slice(0, hit.index))) found.push(hit[0]);
      }
    }
  }
  if (chinese && !ZH_ASKS_WHO.test(chinese)) {
    for (const pattern of [ZH_WITH_POWER, ZH_BOT_REFUSED]) {
      const hit = pattern.exec(chinese);
      if (hit) found.push(hit[0]);
    }
  }
  return found;
}
