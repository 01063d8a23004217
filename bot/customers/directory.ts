import type { CustomerDirectory } from '../conversations/conversation-runtime';
import { customerId } from '../stores/customer-store';
import type { CustomerRecord, CustomerStore } from './model';

/**
 * Who the customer is for a turn: their directory entry, matched by the channel's user id, or by e-mail when the
 * channel's user id is one (a website that signs its customers in gives their address as the Direct Line user). The
 * entry's id is the customer's one identity across channels: web chat and Teams tickets of one entry share it.
 */
export function createCustomerDirectory(store: CustomerStore): CustomerDirectory {
  async function find(channel: string, userId: string): Promise<CustomerRecord | undefined> {
    const byUser = await store.findByChannelUser(channel, userId);
    if (byUser) return byUser;
    return userId.includes('@') ? store.findByEmail(userId.toLowerCase()) : undefined;
  }
  return {
    async tierOf({ channel, userId }) {
      return (await find(channel, userId))?.tier;
    },
    async identify({ channel, userId }) {
      const record = await find(channel, userId);
      return record ? { id: customerId(record), tier: record.tier } : undefined;
    },
  };
}
