/**
 * The edge where customer activities come in (Baton's Direct Line, `POST /api/messages` for Azure Bot Service and
 * Teams) redacts personal data once, in every string of the activity, before the runtime or any store sees it: the
 * text, but also `value` (button and card payloads), `channelData`, `attachments`, `entities`, `from.name`,
 * `conversation.name`. Only identifiers are kept as sent (`id`, any `…Id`, `serviceUrl`): the channel routes replies
 * by them, and a Teams id such as `19:…@thread.tacv2` would otherwise read as an e-mail address.
 */
import { fail } from '../../contracts';
import { redactPersonalData } from '../core/redact';

/** Deeper than this is no activity a channel sends; refusing it keeps every later step (and JSON.stringify) bounded. */
export const MAX_ACTIVITY_DEPTH = 32;

const KEPT_KEYS = new Set(['id', 'serviceUrl']);

function isIdentifier(key: string): boolean {
  return KEPT_KEYS.has(key) || key.endsWith('Id') || key.endsWith('ID');
}

/** A copy of the activity with personal data redacted in every string that is not an identifier. */
export function redactActivity<T>(activity: T): T {
  return redactValue(activity, 0) as T;
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactPersonalData(value).text;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_ACTIVITY_DEPTH) throw fail.invalid(`the activity is nested more than ${MAX_ACTIVITY_DEPTH} levels deep`);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const redacted = typeof inner === 'string' && isIdentifier(key) ? inner : redactValue(inner, depth + 1);
    // Defined, not assigned: a JSON key "__proto__" must stay data, never become the copy's prototype.
    Object.defineProperty(out, key, { value: redacted, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
