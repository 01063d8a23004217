/**
 * The handoff policy and the intent recognizer: what the bot needs to understand a customer, and all `baton ask`
 * needs besides the knowledge base.
 */
import type { KnowledgeService } from '../../knowledge';
import { loadPolicyProvider, type PolicyProvider } from '../admin/policy-provider';
import type { Config } from '../config';
import { createRecognizer, type ConfiguredRecognizer } from '../recognizers';
import type { Storage } from './storage';

export interface UnderstandingParts {
  policy: PolicyProvider;
  /** Intent recognizer: local, or Azure CLU with a local fallback (`description` says which). */
  recognizer: ConfiguredRecognizer;
}

export async function buildUnderstanding(
  storage: Storage,
  config: Pick<Config, 'recognizer'>,
  knowledge: Pick<KnowledgeService, 'search'>,
  log: (line: string) => void,
): Promise<UnderstandingParts> {
  const policy = await loadPolicyProvider(storage.settings, log);
  const recognizer = createRecognizer(config.recognizer, { knowledge: { search: (text, opts) => knowledge.search(text, opts) }, log });
  return { policy, recognizer };
}
