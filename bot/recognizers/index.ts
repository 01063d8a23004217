/**
 * Intent recognition for the conversation engine: a local recognizer (knowledge-base question variants plus built-in
 * intents) by default, Azure CLU with the local recognizer as fallback when configured.
 */
export {
  RecognitionSchema,
  FallbackReasonSchema,
  BUILT_IN_INTENTS,
  kbIntent,
  articleIdOf,
  type Recognition,
  type RecognizedEntity,
  type RecognizeContext,
  type Recognizer,
  type BuiltInIntent,
  type FallbackReason,
} from './recognition';
export {
  RecognizerConfigSchema,
  CluSettingsSchema,
  LocalRecognizerSettingsSchema,
  DEFAULT_CLU_API_VERSION,
  MAX_CLU_TIMEOUT_MS,
  cluConfigOf,
  type RecognizerConfig,
  type RecognizerConfigInput,
  type CluConfig,
} from './recognizer-config';
export { createRecognizer, type RecognizerDeps, type ConfiguredRecognizer } from './create-recognizer';
export { createLocalRecognizer, type LocalRecognizerOptions } from './local-recognizer';
export { createCluRecognizer, createCluClient, type CluClient } from './clu-recognizer';
export { createFallbackRecognizer, type FallbackRecognizerOptions } from './fallback-recognizer';
export { RecognizerError } from './recognizer-error';
export { BUILT_IN_EXAMPLES, type ExampleIntent } from './built-in-examples';
export type { KnowledgeSource, KnowledgeSearch, KnowledgeHit, QuestionVariants } from './knowledge-source';
