/** One customer activity posted to Baton's Bot Framework endpoint, its replies returned in the response (expectReplies). */
import request from 'supertest';
import type { TestBaton } from './services';

export function postTurn(app: TestBaton['app'], channelId: string, conversationId: string, text: string, extra: Record<string, unknown> = {}) {
  return request(app)
    .post('/api/messages')
    .send({
      type: 'message',
      id: `a-${Math.random().toString(36).slice(2)}`,
      text,
      channelId,
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: conversationId },
      from: { id: 'customer-1', name: 'Casey' },
      recipient: { id: 'bot-1', name: 'Baton' },
      deliveryMode: 'expectReplies',
      ...extra,
    })
    .expect(200);
}
