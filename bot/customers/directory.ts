import type { CustomerDirectory } from '../conversations/conversation-runtime';
import type { CustomerStore } from './model';

/** The customer's tier for a turn: by the channel's user id, or by email when the channel's user id is one. */
export function createCustomerDirectory(store: CustomerStore): CustomerDirectory {
  return {
    async tierOf({ channel, userId }) {
      const byUser = await store.findByChannelUser(channel, userId);
      if (byUser) return byUser.tier;
      if (userId.includes('@')) return (await store.findByEmail(userId.toLowerCase()))?.tier;
      return undefined;
    },
  };
}
