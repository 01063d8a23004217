/**
 * Picks the skill group for a handoff from the routing rules: the first rule whose every condition holds wins;
 * nothing matching goes to the default group. Keywords are matched as case-insensitive substrings so they work for
 * Chinese, which has no spaces between words.
 */
import type { RoutingConfig, RoutingRule } from './config';
import type { HandoffRequest } from './model';

export interface RoutingDecision {
  group: string;
  /** The rule that matched (its name or position), for the ticket's history. */
  rule: string | null;
}

export function routeHandoff(routing: RoutingConfig, request: HandoffRequest): RoutingDecision {
  const haystack = searchableText(request);
  for (const [index, rule] of routing.rules.entries()) {
    if (matches(rule, request, haystack)) return { group: rule.group, rule: rule.name ?? `rule ${index + 1}` };
  }
  return { group: routing.defaultGroup, rule: null };
}

function matches(rule: RoutingRule, request: HandoffRequest, haystack: string): boolean {
  if (rule.categories?.length && !rule.categories.includes(request.category)) return false;
  if (rule.tiers?.length && !(request.customer.tier && rule.tiers.includes(request.customer.tier))) return false;
  if (rule.channels?.length && !rule.channels.includes(request.channel)) return false;
  if (rule.languages?.length && !rule.languages.includes(request.lang)) return false;
  if (rule.levels?.length && !rule.levels.includes(request.level)) return false;
  if (rule.keywords?.length && !rule.keywords.some((k) => haystack.includes(k.toLocaleLowerCase()))) return false;
  return true;
}

function searchableText(request: HandoffRequest): string {
  const parts = [request.lastCustomerMessage ?? ''];
  for (const reason of request.reasons) parts.push(reason.detail, ...(reason.evidence ?? []));
  return parts.join('\n').toLocaleLowerCase();
}
