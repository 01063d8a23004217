/**
 * The editorial state machine of an article's working copy, in one table. Every status change in Baton is computed
 * here (the editorial service is its only caller for single articles; bulk imports use the `import-*` actions), so
 * "can this happen?" has one answer.
 *
 *   draft ──submit──▶ in_review ──publish──▶ published
 *     ▲                  │ reject                │ edit
 *     └──────────────────┴───────────────────────┘
 *   draft | in_review | published ──archive──▶ archived ──restore──▶ draft
 *   draft | in_review | published ──rollback──▶ published (an old version, republished as a new one)
 *
 * Editing a published article does not take it offline: the working copy goes back to draft while the live version
 * keeps answering customers until the edit is published.
 */
import type { ArticleStatus } from '../articles';
import { CodedError } from '../../contracts';

export type WorkflowAction = 'edit' | 'submit' | 'reject' | 'publish' | 'archive' | 'restore' | 'rollback';

/** Who may take each action (admins may take all). */
export const ACTION_ROLES: Record<WorkflowAction, ReadonlyArray<'editor' | 'reviewer'>> = {
  edit: ['editor'],
  submit: ['editor'],
  reject: ['reviewer'],
  publish: ['reviewer'],
  archive: ['reviewer'],
  restore: ['editor'],
  rollback: ['reviewer'],
};

const TRANSITIONS: Record<ArticleStatus, Partial<Record<WorkflowAction, ArticleStatus>>> = {
  draft: { edit: 'draft', submit: 'in_review', archive: 'archived', rollback: 'published' },
  // Editing during review sends it back to draft, so a reviewer never approves text other than what was submitted.
  in_review: { edit: 'draft', reject: 'draft', publish: 'published', archive: 'archived', rollback: 'published' },
  published: { edit: 'draft', archive: 'archived', rollback: 'published' },
  archived: { restore: 'draft' },
};

const HINTS: Partial<Record<WorkflowAction, string>> = {
  publish: 'submit it for review first',
  submit: 'only drafts can be submitted; edit the article to start a new draft',
  reject: 'only articles in review can be sent back',
  edit: 'restore it first',
  restore: 'only archived articles can be restored',
  rollback: 'restore it first',
};

/** The status after `action`, or a 409 that says what to do instead. */
export function transition(status: ArticleStatus, action: WorkflowAction): ArticleStatus {
  const next = TRANSITIONS[status][action];
  if (!next) {
    const hint = HINTS[action] ? `; ${HINTS[action]}` : '';
    throw new CodedError('invalid_transition', `cannot ${action} an article that is ${status.replace('_', ' ')}${hint}`);
  }
  return next;
}

/** Actions possible from a status (the editor page shows these buttons). */
export function availableActions(status: ArticleStatus): WorkflowAction[] {
  return Object.keys(TRANSITIONS[status]) as WorkflowAction[];
}
