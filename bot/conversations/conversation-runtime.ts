/**
 * Runs one customer turn through the engine with the conversation's stored state, and saves the next state.
 * Channel-free: the Agents SDK edge calls it and sends what it returns.
 */
import { handleTurn, type EngineDeps } from '../core/engine';
import { EngineStateSchema, type Effect, type TurnInput, type TurnResult } from '../core/turn';
import type { ConversationStore } from './conversation-store';

export interface ConversationRuntime {
  respond(input: TurnInput): Promise<TurnResult>;
}

export type EffectHandler = (effects: Effect[], input: TurnInput) => Promise<void>;

const MAX_STATE_RETRIES = 3;

export function createConversationRuntime(deps: EngineDeps & { store: ConversationStore; onEffects?: EffectHandler }): ConversationRuntime {
  return {
    async respond(input) {
      for (let attempt = 1; ; attempt++) {
        const conversation = await deps.store.get(input.conversationId);
        if (!conversation) throw new Error(`conversation ${input.conversationId} must be recorded before its turn runs`);
        const state = EngineStateSchema.parse(conversation.state);
        const result = handleTurn(input, state, deps);
        // Two turns of one conversation racing (a double click) must not overwrite each other's state.
        const saved = await deps.store.saveState(input.conversationId, result.state, conversation.stateVersion);
        if (saved || attempt >= MAX_STATE_RETRIES) {
          if (result.effects.length > 0 && deps.onEffects) await deps.onEffects(result.effects, input);
          return result;
        }
      }
    },
  };
}
