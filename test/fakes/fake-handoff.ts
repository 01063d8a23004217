import type { ConversationMode, HandoffPort, HandoffRequest, ModeReading } from '../../bot/conversations/handoff-port';

/** A hand-written HandoffPort that records what the runtime asked for. */
export class FakeHandoff implements HandoffPort {
  readonly modes = new Map<string, ConversationMode>();
  readonly requests: HandoffRequest[] = [];
  readonly relayed: Array<{ conversationId: string; text: string }> = [];
  readonly surveys: Array<{ conversationId: string; answer: { score?: number; nps?: number; comment?: string }; ticketId?: string }> = [];

  async modeOf(conversationId: string): Promise<ConversationMode> {
    return this.modes.get(conversationId) ?? 'bot';
  }
  async readMode(conversationId: string): Promise<ModeReading> {
    return { mode: await this.modeOf(conversationId), customerMessage: async (text) => void this.relayed.push({ conversationId, text }) };
  }
  async requestHandoff(request: HandoffRequest) {
    const created = (this.modes.get(request.conversationId) ?? 'bot') === 'bot';
    this.requests.push(request);
    this.modes.set(request.conversationId, 'queued');
    return { ticketId: 'T-20261122-0001', created, queuePosition: 2, expectedWaitMinutes: 6 };
  }
  async recordSurvey(conversationId: string, answer: { score?: number; nps?: number; comment?: string }, ticketId?: string): Promise<void> {
    this.surveys.push({ conversationId, answer, ...(ticketId ? { ticketId } : {}) });
  }
}
