import { availableActions, transition, type WorkflowAction } from '../../../knowledge';
import type { ArticleStatus } from '../../../knowledge';

// [from, action, to] — every allowed move of the working copy.
const allowed: Array<[ArticleStatus, WorkflowAction, ArticleStatus]> = [
  ['draft', 'edit', 'draft'],
  ['draft', 'submit', 'in_review'],
  ['in_review', 'publish', 'published'],
  ['in_review', 'reject', 'draft'],
  ['in_review', 'edit', 'draft'],
  ['published', 'edit', 'draft'],
  ['published', 'archive', 'archived'],
  ['draft', 'archive', 'archived'],
  ['archived', 'restore', 'draft'],
  ['published', 'rollback', 'published'],
];

// [from, action, what the refusal tells the editor]
const refused: Array<[ArticleStatus, WorkflowAction, RegExp]> = [
  ['draft', 'publish', /cannot publish an article that is draft; submit it for review first/],
  ['published', 'publish', /cannot publish an article that is published/],
  ['published', 'submit', /only drafts can be submitted/],
  ['archived', 'edit', /restore it first/],
  ['archived', 'rollback', /restore it first/],
  ['draft', 'reject', /only articles in review/],
  ['published', 'restore', /only archived articles/],
];

test.each(allowed)('%s --%s--> %s', (from, action, to) => {
  expect(transition(from, action)).toBe(to);
  expect(availableActions(from)).toContain(action);
});

test.each(refused)('%s cannot %s', (from, action, message) => {
  expect(() => transition(from, action)).toThrow(message);
  try {
    transition(from, action);
  } catch (err) {
    expect(err).toMatchObject({ code: 'invalid_transition', status: 409 });
  }
  expect(availableActions(from)).not.toContain(action);
});
