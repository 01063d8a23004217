/**
 * Generated hostile customer messages for property tests and the benchmark: long repeats of the words the detectors
 * look for (the shape of input that makes a backtracking pattern blow up: many ways to match a prefix, then a
 * mismatch at the end), mixed with digits, separators and punctuation, up to the longest message a channel accepts.
 */

// The words Baton's detectors and search are written around, in both languages, and characters that separate them.
const PIECES = [
  '找', '你们', '你们的', '贵公司的', '一下', '个', '客服', '人工', '转', '不', '没', '没有', '投诉', '万', '元', '五', '千', '块',
  '着火', '退款', '吗', '呢', '啊', '！', '？', '。', '，', '亲', '在吗',
  'talk', 'to', 'a', 'the', 'an', 'agent', 'human', 'person', 'not', "don't", 'want', 'customer', 'service', 'real',
  'live', 'please', 'pls', 'refund', 'never', 'arrived', 'fire', 'sue', 'worst', 'great', 'so', 'very', 'k', 'usd', '$',
  '¥', '1', '0', '12', '500', ',', '.', '-', ' ', '  ', '\n', '\t', '!', '?', '...', "'", '"', '@', 'x', '😀', '１', '０',
  '＄', '＠', 'ａ',
];

/** A small seeded generator (mulberry32), so a failing input can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` messages of up to `maxLength` characters: repeats of one or two pieces with an odd tail, and random mixes. */
export function hostileMessages(count: number, seed = 1, maxLength = 4000): string[] {
  const random = seededRandom(seed);
  const pick = (): string => PIECES[Math.floor(random() * PIECES.length)];
  const messages: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = Math.floor(maxLength * (0.25 + 0.75 * random()));
    let text: string;
    switch (i % 4) {
      case 0: {
        // A verb, then one piece repeated, then a character that ends any match: "找" + "你们"×n + "x".
        const unit = pick();
        text = pick() + unit.repeat(Math.ceil(length / Math.max(1, unit.length))) + pick();
        break;
      }
      case 1: {
        const unit = pick() + pick();
        text = unit.repeat(Math.ceil(length / Math.max(1, unit.length))) + pick();
        break;
      }
      case 2: {
        const unit = pick() + ' ';
        text = pick() + ' ' + unit.repeat(Math.ceil(length / unit.length)) + pick();
        break;
      }
      default: {
        const parts: string[] = [];
        let total = 0;
        while (total < length) {
          const piece = pick();
          parts.push(piece);
          total += piece.length;
        }
        text = parts.join(random() < 0.5 ? '' : ' ');
      }
    }
    messages.push(text.slice(0, maxLength));
  }
  return messages;
}
