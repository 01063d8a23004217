/**
 * Chooses the recognizer from configuration: Azure CLU with the local recognizer as fallback when endpoint, key,
 * project and deployment are all set, the local recognizer alone otherwise.
 */
import { createCluClient, createCluRecognizer, type CluClient } from './clu-recognizer';
import { createFallbackRecognizer } from './fallback-recognizer';
import type { KnowledgeSource } from './knowledge-source';
import { createLocalRecognizer } from './local-recognizer';
import { cluConfigOf, RecognizerConfigSchema, type RecognizerConfigInput } from './recognizer-config';
import type { Recognizer } from './recognition';

export interface RecognizerDeps {
  /** The knowledge base the local recognizer reads `kb:<articleId>` intents from. */
  knowledge: KnowledgeSource;
  /** Replaces the SDK client built from the configuration (tests). */
  cluClient?: CluClient;
  log?: (line: string) => void;
  now?: () => number;
}

export interface ConfiguredRecognizer extends Recognizer {
  mode: 'local' | 'clu';
  /** One line for the startup log; names the CLU project, never the key. */
  description: string;
}

export function createRecognizer(config: RecognizerConfigInput, deps: RecognizerDeps): ConfiguredRecognizer {
  const parsed = RecognizerConfigSchema.parse(config);
  const local = createLocalRecognizer(deps.knowledge, parsed.local);
  const clu = cluConfigOf(parsed);
  if (!clu) return { mode: 'local', description: 'local recognizer (knowledge base and built-in intents)', recognize: local.recognize };

  const remote = createCluRecognizer(clu, deps.cluClient ?? createCluClient(clu));
  const recognizer = createFallbackRecognizer(remote, local, {
    timeoutMs: clu.timeoutMs,
    circuitBreaker: clu.circuitBreaker,
    log: deps.log,
    now: deps.now,
  });
  const host = new URL(clu.endpoint).host;
  return {
    mode: 'clu',
    description: `Azure CLU ${clu.projectName}/${clu.deploymentName} at ${host} (api ${clu.apiVersion}, ${clu.timeoutMs} ms), local fallback`,
    recognize: recognizer.recognize,
  };
}
