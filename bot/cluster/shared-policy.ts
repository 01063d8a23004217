/**
 * The handoff policy is the same on every instance: a replacement is announced, and the others read it again from
 * the settings table at once (before, each instance read it only at start).
 */
import type { PolicyProvider } from '../admin/policy-provider';
import type { Notifier } from './notifier';
import { TOPICS } from './topics';

export const POLICY_SETTING = 'handoff.policy';

export function sharePolicy(policy: PolicyProvider, notifier: Notifier, log: (line: string) => void): PolicyProvider {
  notifier.subscribe<{ key: string }>(TOPICS.settingChanged, ({ payload, origin }) => {
    if (payload.key !== POLICY_SETTING || origin === notifier.instanceId) return;
    policy.reload().catch((err: Error) => log(`[baton] reading the changed handoff policy failed: ${err.message}`));
  });
  return {
    current: () => policy.current(),
    reload: () => policy.reload(),
    async replace(input) {
      const next = await policy.replace(input);
      await notifier.publish(TOPICS.settingChanged, { key: POLICY_SETTING });
      return next;
    },
  };
}
