import { wordTable } from './own';
/**
 * Emoji valences on AFINN's scale, shared by the English and Chinese readers: an eye-roll or a thumbs-down says the same
 * in either language. Text is NFKC-normalised or read as written; "❤️" is "❤" and a variation selector, which neither
 * reader needs.
 */
export const EMOJI_VALENCE: Readonly<Record<string, number>> = wordTable({
  '👍': 2, '😊': 2, '😀': 2, '😄': 2, '😁': 2, '🥰': 2, '😍': 2.5, '❤': 2, '💯': 2.5, '🌹': 1, '🔥': 2,
  '😡': -3, '😠': -3, '🤬': -3.5, '👎': -3, '😤': -2, '💢': -2, '😞': -2, '😢': -1.5, '😭': -1.5, '🙄': -1.5, '😒': -1.5,
});
