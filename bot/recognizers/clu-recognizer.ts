/**
 * Azure Conversational Language Understanding through the real SDK client (`ConversationAnalysisClient`). It throws a
 * RecognizerError on any failure and has no fallback of its own: `createFallbackRecognizer` adds the deadline and the
 * local recognizer. Empty messages are never sent, and personal data is redacted before a message leaves: card, phone
 * and identity numbers and e-mail addresses say nothing about the intent, and Azure need not process them.
 */
import { ConversationAnalysisClient, type ConversationalTask } from '@azure/ai-language-conversations';
import { AzureKeyCredential } from '@azure/core-auth';
import { isLoopbackUrl } from '../channels/agents/auth/loopback';
import { redactPersonalData } from '../core/redact';
import { recognitionFromClu } from './clu-response';
import type { CluConfig } from './recognizer-config';
import { RecognizerError } from './recognizer-error';
import type { Recognizer } from './recognition';

/** The part of the SDK client Baton uses; tests and the composition root may hand in their own. */
export interface CluClient {
  analyzeConversation(task: ConversationalTask, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

/** CLU's prediction limit is 1000 characters; code points never outnumber the text elements it counts. */
const MAX_QUERY_CODE_POINTS = 1000;

export function createCluClient(config: CluConfig): CluClient {
  return new ConversationAnalysisClient(config.endpoint, new AzureKeyCredential(config.key), {
    // Without it the SDK sends its own 2022 preview version.
    apiVersion: config.apiVersion,
    // The configuration accepts plain http only for loopback test doubles.
    allowInsecureConnection: config.endpoint.startsWith('http://') && isLoopbackUrl(config.endpoint),
    // A retry cannot finish inside the one-second budget; the local recognizer is the retry.
    retryOptions: { maxRetries: 0 },
  });
}

export function createCluRecognizer(config: CluConfig, client: CluClient = createCluClient(config)): Recognizer {
  const parameters = { projectName: config.projectName, deploymentName: config.deploymentName, stringIndexType: 'TextElement_V8' };
  return {
    async recognize(text, { lang, signal }) {
      const query = [...redactPersonalData(text.trim()).text].slice(0, MAX_QUERY_CODE_POINTS).join('');
      if (!query) throw new RecognizerError('error', 'empty message');
      let response: unknown;
      try {
        response = await client.analyzeConversation(
          {
            kind: 'Conversation',
            analysisInput: {
              // One message at a time: ids name the item in CLU's answer, not the customer.
              conversationItem: { id: '1', participantId: 'customer', text: query, language: config.languages[lang] },
            },
            parameters,
          },
          { abortSignal: signal },
        );
      } catch (err) {
        throw RecognizerError.from(err);
      }
      return recognitionFromClu(response, config.intentMap);
    },
  };
}
