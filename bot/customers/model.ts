import { z } from 'zod';
import { TierSchema } from '../../contracts';

/** One entry of the customer directory, as imported: matched by channel user id or by email. */
export const CustomerRecordSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email({ message: 'email must be an email address' })).optional(),
    channel: z.string().trim().min(1).max(64).optional(),
    userId: z.string().trim().min(1).max(200).optional(),
    name: z.string().trim().max(200).optional(),
    tier: TierSchema,
  })
  .refine((c) => c.email || (c.channel && c.userId), { message: 'a customer needs an email, or a channel and a userId' });
export type CustomerRecord = z.infer<typeof CustomerRecordSchema>;

export interface CustomerStore {
  /** Replaces or adds every record in one transaction: all or nothing. */
  upsertAll(records: CustomerRecord[]): Promise<number>;
  findByChannelUser(channel: string, userId: string): Promise<CustomerRecord | undefined>;
  findByEmail(email: string): Promise<CustomerRecord | undefined>;
  list(): Promise<CustomerRecord[]>;
}
