import { escalationFeatures, ModelSchema, probabilityOf, tooFewContentWords, weightiestWords, type EscalationModel } from './escalation-learned';
import type { Lang } from '../../../contracts';
import shipped from './repeat-weights.json';

/**
 * Repeated contact whose outcome is told in words no rule lists: an earlier contact or a promise (earlier-contact.ts
 * finds it), then what came of it in the customer's own way — "you confirmed on the phone i'd get a full refund. i got
 * half", "you assured me the matter was closed and then sent me a debt collection letter", "I submitted the claim two
 * weeks ago and was told I'd hear back in 3 days". A logistic regression over the escalation models' features
 * (escalation-learned.ts), fitted by test/bench/train-repeat.ts on Baton's own examples (the repeated-contact rows of
 * test/fixtures/escalation-training.*.tsv and test/fixtures/repeat-training.tsv: repeats told without a count beside
 * routine messages that name an earlier contact or a promise and report nothing failed, ask about a promise, or report
 * a late parcel for the first time).
 *
 * The model is read only where the rules found an earlier contact or a promise, asked about nowhere after it, and no
 * outcome: that cheap structural test keeps it away from the first reports of late parcels a model of words confuses
 * with a chase (话咗三日到 而家一个礼拜都未到; escalation-learned.ts left a repeat model out for that), and from
 * everything else a customer writes. Its threshold, per language, is set by the trainer for few false alarms on the
 * routine rows that pass the same test.
 */

const MODEL: EscalationModel = ModelSchema.parse(shipped);

/** The words that weighed most toward a repeat, when the model reads one; empty otherwise. */
export function learnedRepeat(text: string, lang: Lang, model: EscalationModel = MODEL): string[] {
  const features = escalationFeatures(text, lang);
  if (tooFewContentWords(features)) return [];
  if (probabilityOf(features, model) < model.threshold[lang]) return [];
  return weightiestWords(features, model);
}
