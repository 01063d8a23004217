/**
 * Who sees which tickets. Supervisors (and admins) see every queue. An agent sees the tickets of their skill groups and
 * any ticket assigned or reserved to them; anything else answers as if it did not exist.
 */
import type { HandoffConfig } from './config';
import { type Agent, type Ticket } from './model';
import { type Actor, isSupervisor } from '../contracts';

export function groupsOf(agent: Pick<Agent, 'groups'> | undefined, config: HandoffConfig): string[] {
  return agent && agent.groups.length > 0 ? agent.groups : [config.routing.defaultGroup];
}

export type Visibility = { all: true } | { all: false; groups: string[]; personId: string };

export function visibilityFor(actor: Actor, agent: Agent | undefined, config: HandoffConfig): Visibility {
  return isSupervisor(actor) ? { all: true } : { all: false, groups: groupsOf(agent, config), personId: actor.id };
}

export function canSee(visibility: Visibility, ticket: Pick<Ticket, 'skillGroup' | 'assignee' | 'reservedFor'>): boolean {
  if (visibility.all) return true;
  return (
    visibility.groups.includes(ticket.skillGroup) ||
    ticket.assignee?.id === visibility.personId ||
    ticket.reservedFor?.id === visibility.personId
  );
}
