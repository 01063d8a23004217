/** Staff accounts, sessions and the sign-in throttle on the shared database (`bot/people`). */
import { generateSigningKey } from '../channels/directline/tokens';
import { createAuthService, type AuthService } from '../people/auth-service';
import { tablesOf } from '../stores/database';
import { KyselyLoginThrottleStore } from '../stores/login-throttle-store';
import { KyselyPeopleStore } from '../stores/people-store';
import type { BotTables } from '../stores/schema';
import type { Storage } from './storage';

export async function buildPeople(storage: Storage): Promise<{ auth: AuthService }> {
  const tables = tablesOf<BotTables>(storage.database.db);
  return {
    auth: createAuthService({
      people: new KyselyPeopleStore(tables),
      throttle: new KyselyLoginThrottleStore(tables),
      // One key for every instance, made by whichever starts first, so throttled addresses hash alike everywhere.
      throttleKey: await storage.settings.getOrCreate('auth.throttleKey', generateSigningKey),
    }),
  };
}
