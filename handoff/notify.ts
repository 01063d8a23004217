/** Tells the customer where they stand. Best effort: the change being described is already committed. */
import type { CustomerMessage, HandoffContext } from './deps';

export async function notify(ctx: HandoffContext, conversationId: string, message: CustomerMessage): Promise<void> {
  try {
    await ctx.deps.customerChannel.send(conversationId, message);
  } catch (err) {
    ctx.log(`[handoff] could not tell conversation ${conversationId} (${message.kind}): ${(err as Error).message}`);
  }
}
