/**
 * The customer introducing themself by their job at the head of a message, "X here" as radio and e-mail openers put it:
 * "office manager here, ordering 10 chairs for the team", "hi, purchasing manager here, can we get an invoice". The job
 * is who writes, not whom they want: "manager" in it asks for no manager (person-request.ts), and the clause tells the
 * knowledge base nothing of the question after it (follow-up.ts). Two words of the job at least ("office manager"):
 * "manager here, …" alone may as well want one here.
 */

/** A clause of the job alone (lower case), after a greeting perhaps: "office manager here", "hi head of hr here". */
export const EN_SELF_INTRODUCED = /^(?:(?:hi|hello|hey|morning|afternoon|good (?:morning|afternoon|evening))\s)?(?:[a-z&'-]{2,16}\s){2,4}here$/;
/** Words a job is not made of: asking, a determiner, politeness ("need a manager here", "the manager here please"). */
const NOT_A_JOB = /\b(?:a|an|the|want|wanna|need|needs|get|give|let|can|could|may|please|pls|plz|now|asap|find|bring|fetch|put|talk|speak|chat)\b/;
const EN_GREETING_CLAUSE = /^(?:hi|hello|hey|hiya|morning|afternoon|good (?:morning|afternoon|evening)|dear [a-z ]{2,20}|hi there|hello there)$/;

/** Whether clause `at` of a message (lower case, split at commas) introduces the customer: greetings before it, more after. */
export function introducesSelf(clauses: readonly string[], at: number): boolean {
  const clause = clauses[at].trim();
  if (!EN_SELF_INTRODUCED.test(clause) || NOT_A_JOB.test(clause.replace(/\shere$/, ''))) return false;
  if (!clauses.slice(at + 1).some((c) => c.trim().length > 0)) return false;
  return clauses.slice(0, at).every((c) => c.trim() === '' || EN_GREETING_CLAUSE.test(c.trim()));
}

/** The message without its opening self-introduction ("office manager here, can we pay by bank transfer" → the question). */
export function withoutSelfIntroduction(text: string): string {
  const head = /^([^,.!?;:]{1,60})[,.!;:]\s*/.exec(text);
  if (!head || !introducesSelf([head[1].toLowerCase(), text.slice(head[0].length)], 0)) return text;
  return text.slice(head[0].length);
}
