/**
 * The persisted form of a KnowledgeIndex. Versioned so that a snapshot written by an older build is rejected (and
 * rebuilt from the articles) instead of being misread: bump SNAPSHOT_VERSION whenever what is stored, or what it
 * means, changes (a field renamed or added, analysis or scoring that would index the same articles differently).
 * Version 4: the field index's tables are stored as `fieldIndex` (they were `lunr`). Version 6: written Cantonese
 * folds after simplifying with a larger lexicon (knowledge/text/cantonese-lexicon.ts), so articles index differently.
 * Version 7: English word forms before stemming. Version 8: Taiwan phrases fold traditional text only, and payment
 * brands, broken states and shipping destinations fold to their concept (knowledge/text/chinese-concepts.ts).
 * Version 9: a payment brand in text about a refund folds to the account paid from (原账户), not to 付款方式, in articles
 * as in questions; 話俾我知 and 電話俾 fold as whole words. Version 11: a count of hundreds of 点 or 分 folds to 积分, a
 * returning customer (老客户, 熟客) to a member (会员 added), 特快 to 加急, 揀 to 选 only in Cantonese text (分拣, 拣货
 * stay), and a payment brand in text about a payment failing stays itself. Version 12: a shop offline (线下门店, 线下店, 实体门店)
 * folds to 实体店, 是怎么回事 is read as 怎么 (tokenize.ts), and a thing snapped (断了, 断掉, 折断) is damage as 破了 is.
 * Version 13: goods spoilt by liquid on the way (漏了, 淋湿, 泡水) are damage as 破了 is, a refund not arrived reads 没有到账,
 * a size too big or small (太大了, 太细) reads 尺码, and a hedge (大概, 大约) is no term. Version 14: a thing that stopped
 * doing what it does (充不进电, 不加热, 唔著) reads 质量问题, a parcel late (迟到, 晚到, 延迟) 延误, a complaint not resolved
 * 升级, and the customer's things not received (东西没收到) 没收到货. Version 15: money short in a refund (少了二十块) reads
 * 少退, and an e-mail address (電郵地址, 邮件地址) 邮箱.
 */
import { z } from 'zod';
import { SerializedClassifierSchema } from './classifier';
import { SerializedFieldIndexSchema } from './field-index';
import { LangSchema } from '../../contracts';
import { IndexOptionsSchema } from './schemas';
import type { Steps } from './steps';

export const SNAPSHOT_FORMAT = 'baton.knowledge-index';
export const SNAPSHOT_VERSION = 15;

const ArticleRefSchema = z.object({ id: z.string(), lang: LangSchema });

export const SerializedIndexSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  options: IndexOptionsSchema,
  articles: z.array(ArticleRefSchema),
  /** Text of each classifier variant; null where the variant is an article title rather than a question. */
  variantQuestions: z.array(z.string().nullable()),
  /** Known words, most frequent first, for typo correction. */
  vocabulary: z.array(z.string()),
  /** Compiled synonym groups (phrases as analysed terms). */
  synonymGroups: z.array(z.array(z.array(z.string()))),
  fieldIndex: SerializedFieldIndexSchema,
  classifier: SerializedClassifierSchema,
});
export type SerializedIndex = z.infer<typeof SerializedIndexSchema>;

/** The snapshot's long arrays, checked a chunk at a time; everything else is checked at once by the schema. */
const LONG_ARRAYS = {
  articles: ArticleRefSchema,
  variantQuestions: z.string().nullable(),
  vocabulary: z.string(),
  classifierFeatures: z.string(),
} as const;
const CHUNK = 5000;

function* checkArraySteps(name: string, value: unknown, element: z.ZodType): Steps<void> {
  if (!Array.isArray(value)) throw new Error(`snapshot ${name} is not an array`);
  const chunkSchema = z.array(element);
  for (let from = 0; from < value.length; from += CHUNK) {
    const checked = chunkSchema.safeParse(value.slice(from, from + CHUNK));
    if (!checked.success) throw new Error(`snapshot ${name} near item ${from}: ${checked.error.issues[0]?.message}`);
    yield;
  }
}

/**
 * SerializedIndexSchema.parse in steps (steps.ts): validating the 200k classifier features of a 10k-article snapshot
 * in one call took 150 ms. Returns the input, whose long arrays were checked in place.
 */
export function* validateSnapshotSteps(json: SerializedIndex): Steps<SerializedIndex> {
  const input = json as unknown as Record<string, unknown> & { classifier?: Record<string, unknown> };
  if (typeof input !== 'object' || input === null || typeof input.classifier !== 'object' || input.classifier === null) {
    return SerializedIndexSchema.parse(json);
  }
  const shell = SerializedIndexSchema.parse({
    ...input,
    articles: [],
    variantQuestions: [],
    vocabulary: [],
    classifier: { ...input.classifier, features: [] },
  });
  yield;
  yield* checkArraySteps('articles', input.articles, LONG_ARRAYS.articles);
  yield* checkArraySteps('variantQuestions', input.variantQuestions, LONG_ARRAYS.variantQuestions);
  yield* checkArraySteps('vocabulary', input.vocabulary, LONG_ARRAYS.vocabulary);
  yield* checkArraySteps('classifier.features', input.classifier.features, LONG_ARRAYS.classifierFeatures);
  return {
    ...shell,
    articles: input.articles as SerializedIndex['articles'],
    variantQuestions: input.variantQuestions as SerializedIndex['variantQuestions'],
    vocabulary: input.vocabulary as SerializedIndex['vocabulary'],
    classifier: { ...shell.classifier, features: input.classifier.features as string[] },
    fieldIndex: shell.fieldIndex,
  };
}
