/**
 * Runs an activity through the real CloudAdapter without an HTTP hop, for Baton's built-in Direct Line. The activity
 * is sent with `deliveryMode: "expectReplies"`, so the adapter needs no connector: replies are buffered (and recorded
 * in the transcript, which is where the Direct Line feed reads them).
 */
import type { CloudAdapter, WebResponse } from '@microsoft/agents-hosting';
import type { TurnLogic } from './baton-agent';

export interface BotEndpoint {
  /** Resolves once the activity is stored and its turn has run; rejects when it could not be stored. */
  process(activity: Record<string, unknown>): Promise<void>;
}

export function createInProcessEndpoint(adapter: CloudAdapter, logic: TurnLogic): BotEndpoint {
  return {
    async process(activity) {
      const response = new CapturedResponse();
      await adapter.process({ body: { ...activity, deliveryMode: 'expectReplies' }, headers: {} }, response, logic);
      if (response.statusCode >= 400) throw new Error(`the bot rejected the activity with status ${response.statusCode}`);
    },
  };
}

class CapturedResponse implements WebResponse {
  statusCode = 200;
  headersSent = false;
  writableEnded = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  setHeader(): this {
    return this;
  }
  send(): this {
    this.headersSent = true;
    return this;
  }
  end(): this {
    this.writableEnded = true;
    return this;
  }
}
