/**
 * String → id lookup that can be built a few thousand entries per step. One Map of 200k features (the classifier's
 * at 10k articles) rehashes all its entries at once when it grows, a 20 ms pause however the inserts are sliced;
 * sixteen smaller Maps each rehash a sixteenth as often as that. A cheap hash of the string picks the Map.
 */
import { stepCounter, runToEnd, type Steps } from './steps';

/** What a search needs of a string → id table: a Map or a StringIds. */
export type StringLookup = Pick<ReadonlyMap<string, number>, 'get' | 'has'>;

const SHARDS = 16;

function shardOf(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  return (length * 7 + text.charCodeAt(length - 1) * 3 + text.charCodeAt(length >> 1)) & (SHARDS - 1);
}

export class StringIds {
  private constructor(private readonly shards: ReadonlyArray<Map<string, number>>) {}

  /** Ids are positions in `strings`; a repeated string keeps its last position. */
  static of(strings: readonly string[]): StringIds {
    return runToEnd(StringIds.ofSteps(strings));
  }

  static *ofSteps(strings: readonly string[], every = 1000): Steps<StringIds> {
    const shards = Array.from({ length: SHARDS }, () => new Map<string, number>());
    const tick = stepCounter(every);
    for (let id = 0; id < strings.length; id++) {
      shards[shardOf(strings[id])].set(strings[id], id);
      if (tick()) yield;
    }
    return new StringIds(shards);
  }

  get(text: string): number | undefined {
    return this.shards[shardOf(text)].get(text);
  }

  has(text: string): boolean {
    return this.shards[shardOf(text)].has(text);
  }
}
