/**
 * The handoff policy in force: loaded from settings at start (the default when none was saved), replaced by an admin
 * through the API. Every turn reads the current one; a replacement is validated before it is stored or used.
 */
import { DEFAULT_POLICY, PolicySchema, type Policy } from '../core/policy';

const SETTINGS_KEY = 'handoff.policy';

export interface SettingsLike {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface PolicyProvider {
  current(): Policy;
  replace(input: unknown): Promise<Policy>;
  /** Reads the saved policy again (another instance replaced it). */
  reload(): Promise<Policy>;
}

export async function loadPolicyProvider(settings: SettingsLike, log: (line: string) => void): Promise<PolicyProvider> {
  let policy = DEFAULT_POLICY;
  const load = async () => {
    const saved = await settings.get(SETTINGS_KEY);
    if (!saved) return DEFAULT_POLICY;
    const parsed = PolicySchema.safeParse(JSON.parse(saved));
    if (parsed.success) return parsed.data;
    log(`[baton] the saved handoff policy is not valid any more; using the default (${parsed.error.issues[0]?.message})`);
    return DEFAULT_POLICY;
  };
  policy = await load();
  return {
    current: () => policy,
    async reload() {
      policy = await load();
      return policy;
    },
    async replace(input) {
      const next = PolicySchema.parse(input);
      await settings.set(SETTINGS_KEY, JSON.stringify(next));
      policy = next;
      return next;
    },
  };
}
