/**
 * What a synonym list must look like to be saved: trimmed, non-empty phrases of bounded length, each group with at
 * least one synonym, no term heading two groups, no phrase twice in a group, and every phrase with at least one word
 * the search can use (a stop word like "the" or punctuation alone would silently do nothing).
 */
import { z } from 'zod';
// The same analysis the index runs on article text and customer questions.
import { analyzeText } from '../search';

export const SYNONYM_LIMITS = { phraseChars: 100, synonymsPerGroup: 50, groups: 1000 } as const;

/** Case and spacing do not make two phrases different ("Send  Back" is "send back"). */
export const phraseKey = (phrase: string): string => phrase.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/** Separators of the editor's comma-separated synonym field: a phrase holding one would be split on the next save. */
const LIST_SEPARATORS = /[,，、;；]/;

const Phrase = (what: string) =>
  z
    .string({ message: `${what} must be text` })
    .trim()
    .min(1, `${what} is empty; type a word or phrase, or remove it`)
    .max(SYNONYM_LIMITS.phraseChars, `${what} is longer than ${SYNONYM_LIMITS.phraseChars} characters; use a shorter phrase`)
    .refine((phrase) => !LIST_SEPARATORS.test(phrase), `${what} holds a comma or semicolon, which separate synonyms; make each phrase its own synonym`)
    .refine((phrase) => phraseKey(phrase) !== '__proto__', `${what} cannot be "__proto__"`);

export const SynonymGroupSchema = z
  .object({
    term: Phrase('the word or phrase'),
    synonyms: z
      .array(Phrase('a synonym'), { message: 'must be a list of phrases' })
      .min(1, 'a group needs at least one synonym')
      .max(SYNONYM_LIMITS.synonymsPerGroup, `a group has at most ${SYNONYM_LIMITS.synonymsPerGroup} synonyms; split it into two groups`),
  })
  .superRefine((group, ctx) => {
    const seen = new Set([phraseKey(group.term)]);
    const phrases: Array<[string, (string | number)[]]> = [[group.term, ['term']], ...group.synonyms.map((s, i): [string, (string | number)[]] => [s, ['synonyms', i]])];
    for (const [phrase, path] of phrases) {
      if (path[0] === 'synonyms') {
        const key = phraseKey(phrase);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path, message: `"${phrase}" is listed twice in the group "${group.term}"; remove one` });
        seen.add(key);
      }
      if (analyzeText(phrase).terms.length === 0) {
        ctx.addIssue({ code: 'custom', path, message: `"${phrase}" has no word the search can use (common words like "the" and punctuation are ignored); use a more specific phrase` });
      }
    }
  });

export const SynonymGroupsSchema = z
  .array(SynonymGroupSchema, { message: 'must be a list of {term, synonyms}' })
  .max(SYNONYM_LIMITS.groups, `the list has at most ${SYNONYM_LIMITS.groups} groups`)
  .superRefine((groups, ctx) => {
    const firstGroup = new Map<string, number>();
    groups.forEach((group, i) => {
      const key = phraseKey(group.term);
      const first = firstGroup.get(key);
      if (first === undefined) firstGroup.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `"${group.term}" heads two groups (number ${first + 1} and ${i + 1}); merge them into one` });
    });
  });

export const SaveSynonymsSchema = z.object({
  groups: SynonymGroupsSchema,
  /** The revision the editor loaded; when given, a save made by someone else in between is a 409, not overwritten. */
  revision: z.number().int().nonnegative({ message: 'send the revision you loaded' }).optional(),
});
export type SaveSynonyms = z.infer<typeof SaveSynonymsSchema>;
