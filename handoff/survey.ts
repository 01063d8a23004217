/**
 * The post-resolution survey: 1–5 satisfaction and an optional comment for everyone, NPS 0–10 for a sample. The sample
 * is a hash of the ticket id, so it is stable (a retry asks the same questions) and needs no random state.
 */
import { createHash } from 'node:crypto';
import type { SurveyAnswer, SurveyState } from './model';

export function npsSampled(ticketId: string, rate: number): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  const bucket = createHash('sha256').update(ticketId).digest().readUInt32BE(0) / 0x1_0000_0000;
  return bucket < rate;
}

export function newSurvey(ticketId: string, rate: number, at: string): SurveyState {
  return { requestedAt: at, npsRequested: npsSampled(ticketId, rate), score: null, nps: null, comment: null, answeredAt: null };
}

export function mergeAnswer(survey: SurveyState, answer: SurveyAnswer, at: string): SurveyState {
  return {
    ...survey,
    score: answer.score ?? survey.score,
    nps: answer.nps ?? survey.nps,
    comment: answer.comment ? answer.comment : survey.comment,
    answeredAt: at,
  };
}

/** Everything asked was answered: the ticket can close. */
export function surveyComplete(survey: SurveyState): boolean {
  return survey.score !== null && (!survey.npsRequested || survey.nps !== null);
}
