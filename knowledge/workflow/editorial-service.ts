/**
 * The editorial workflow over the article store: drafts, review, publish, archive, version history and rollback.
 * Status changes are computed by `transition()` only; writes carry the revision the editor read, so two people
 * editing the same article get a 409 instead of silently overwriting each other. Anything that changes live content
 * asks the knowledge service to rebuild its search snapshot.
 */
import type { EditorialStore } from '../article-store';
import { contentOf, type ArticleContent, type ArticleRecord, type ArticleVersion } from '../articles';
import type { KnowledgeService } from '../knowledge-service';
import { availableActions, transition, type WorkflowAction } from './article-workflow';
import { ArticleListFilterSchema, type ArticleDraft, type ArticleListFilter } from './schemas';
import { isStale, reviewByFrom, DEFAULT_REVIEW_INTERVAL_DAYS } from './staleness';
import { diffContent, type FieldDiff } from './version-diff';
import { CodedError, fail } from '../../contracts';

export interface ArticleSummary {
  id: string;
  title: string;
  lang: string;
  status: ArticleRecord['status'];
  version: number;
  liveVersion: number | null;
  /** The working copy differs from what customers get (an edit in draft or review). */
  pendingChanges: boolean;
  owner: string | null;
  reviewBy: string | null;
  stale: boolean;
  questionCount: number;
  updatedAt: string;
}

export interface ArticleDetail extends ArticleRecord {
  stale: boolean;
  actions: WorkflowAction[];
}

export type DiffSide = number | 'working';

export interface EditorialService {
  list(filter?: Partial<ArticleListFilter>): Promise<{ total: number; items: ArticleSummary[] }>;
  get(id: string): Promise<ArticleDetail>;
  create(draft: ArticleDraft, actor: string): Promise<ArticleDetail>;
  update(id: string, revision: number, draft: ArticleDraft, actor: string): Promise<ArticleDetail>;
  submit(id: string, revision: number): Promise<ArticleDetail>;
  reject(id: string, revision: number, note: string | null): Promise<ArticleDetail>;
  publish(id: string, revision: number, actor: string, note?: string | null): Promise<ArticleDetail>;
  archive(id: string, revision: number): Promise<ArticleDetail>;
  restore(id: string, revision: number): Promise<ArticleDetail>;
  rollback(id: string, revision: number, version: number, actor: string): Promise<ArticleDetail>;
  /** Pushes the review-by date forward without a new version: "checked, still right". */
  markReviewed(id: string, revision: number, reviewBy?: string): Promise<ArticleDetail>;
  versions(id: string): Promise<ArticleVersion[]>;
  diff(id: string, from: DiffSide, to: DiffSide): Promise<FieldDiff[]>;
  /** Adds a question variant to an article's working copy (the review queue's one-click action). */
  addQuestion(id: string, question: string): Promise<ArticleDetail>;
}

export function createEditorialService(deps: {
  store: EditorialStore;
  knowledge: Pick<KnowledgeService, 'refresh'>;
  now?: () => Date;
  reviewIntervalDays?: number;
}): EditorialService {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const interval = deps.reviewIntervalDays ?? DEFAULT_REVIEW_INTERVAL_DAYS;

  const detail = (record: ArticleRecord): ArticleDetail => ({
    ...record,
    stale: isStale(record.reviewBy, now()),
    actions: availableActions(record.status),
  });

  async function load(id: string): Promise<ArticleRecord> {
    const record = await store.getRecord(id);
    if (!record) throw new CodedError('article_not_found', `article ${id} was not found`);
    return record;
  }

  /** The record at the revision the caller read, or a 409 telling them to reload. */
  async function loadAt(id: string, revision: number): Promise<ArticleRecord> {
    const record = await load(id);
    if (record.revision !== revision) throw staleRevision(id, revision, record.revision);
    return record;
  }

  function staleRevision(id: string, sent: number, current?: number): CodedError {
    const now = current === undefined ? '' : `, it is now ${current}`;
    return fail.conflict(`article ${id} was changed by someone else (you sent revision ${sent}${now}); reload it and apply your change again`);
  }

  async function checkFollowUps(content: ArticleContent): Promise<void> {
    for (const followUp of content.followUps) {
      if (followUp === content.id) throw fail.invalid(`followUps: an article cannot follow up on itself (${followUp})`);
      if (!(await store.getRecord(followUp))) {
        throw fail.invalid(`followUps: there is no article ${followUp}; create it first or remove it`);
      }
    }
  }

  async function write(id: string, revision: number, change: Parameters<EditorialStore['update']>[2]): Promise<ArticleRecord> {
    const updated = await store.update(id, revision, change);
    if (!updated) throw staleRevision(id, revision);
    return updated;
  }

  async function move(id: string, revision: number, action: WorkflowAction, extra: Parameters<EditorialStore['update']>[2] = {}) {
    const record = await loadAt(id, revision);
    const updated = await write(id, revision, { ...extra, status: transition(record.status, action) });
    return { before: record, after: updated };
  }

  const service: EditorialService = {
    async list(given = {}) {
      const filter = { ...ArticleListFilterSchema.parse({}), ...given };
      const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const at = now();
      const matches = (await store.listRecords({ status: filter.status, lang: filter.lang })).filter((record) => {
        if (filter.stale !== undefined && isStale(record.reviewBy, at) !== filter.stale) return false;
        if (words.length === 0) return true;
        const haystack = [record.id, record.title, ...record.questions, ...record.tags].join('\n').toLowerCase();
        return words.every((word) => haystack.includes(word));
      });
      const items = matches.slice(filter.offset, filter.offset + filter.limit).map((record) => ({
        id: record.id,
        title: record.title,
        lang: record.lang,
        status: record.status,
        version: record.version,
        liveVersion: record.liveVersion,
        pendingChanges: record.liveVersion !== null && record.status !== 'published',
        owner: record.owner,
        reviewBy: record.reviewBy,
        stale: isStale(record.reviewBy, at),
        questionCount: record.questions.length,
        updatedAt: record.updatedAt,
      }));
      return { total: matches.length, items };
    },

    async get(id) {
      return detail(await load(id));
    },

    async create(draft, actor) {
      const content = contentOf(draft);
      await checkFollowUps(content);
      const created = await store.create(content, { status: 'draft', owner: draft.owner ?? actor, reviewBy: draft.reviewBy ?? null });
      if (!created) throw new CodedError('article_exists', `an article with id ${draft.id} exists already; pick another id or edit that one`);
      return detail(created);
    },

    async update(id, revision, draft, _actor) {
      if (draft.id !== id) throw fail.invalid(`the body's id ${draft.id} is not the article ${id}; ids cannot be changed`);
      const content = contentOf(draft);
      await checkFollowUps(content);
      const { after } = await move(id, revision, 'edit', {
        content,
        ...(draft.owner !== undefined ? { owner: draft.owner } : {}),
        ...(draft.reviewBy !== undefined ? { reviewBy: draft.reviewBy } : {}),
      });
      return detail(after);
    },

    async submit(id, revision) {
      return detail((await move(id, revision, 'submit', { reviewNote: null })).after);
    },

    async reject(id, revision, note) {
      return detail((await move(id, revision, 'reject', { reviewNote: note })).after);
    },

    async publish(id, revision, actor, note = null) {
      const record = await loadAt(id, revision);
      transition(record.status, 'publish');
      await checkFollowUps(record);
      const reviewBy = record.reviewBy && !isStale(record.reviewBy, now()) ? record.reviewBy : reviewByFrom(now(), interval);
      const published = await store.publishVersion(id, revision, contentOf(record), { publishedBy: actor, note, reviewBy });
      if (!published) throw staleRevision(id, revision);
      await deps.knowledge.refresh();
      return detail(published.record);
    },

    async archive(id, revision) {
      const { before, after } = await move(id, revision, 'archive', { liveVersion: null });
      if (before.liveVersion !== null) await deps.knowledge.refresh();
      return detail(after);
    },

    async restore(id, revision) {
      return detail((await move(id, revision, 'restore')).after);
    },

    async rollback(id, revision, version, actor) {
      const record = await loadAt(id, revision);
      transition(record.status, 'rollback');
      const target = await store.getVersion(id, version);
      if (!target) throw new CodedError('version_not_found', `article ${id} has no version ${version}`);
      const published = await store.publishVersion(id, revision, target.content, {
        publishedBy: actor,
        note: `rollback to version ${version}`,
        reviewBy: record.reviewBy ?? reviewByFrom(now(), interval),
      });
      if (!published) throw staleRevision(id, revision);
      await deps.knowledge.refresh();
      return detail(published.record);
    },

    async markReviewed(id, revision, reviewBy) {
      await loadAt(id, revision);
      return detail(await write(id, revision, { reviewBy: reviewBy ?? reviewByFrom(now(), interval) }));
    },

    async versions(id) {
      await load(id);
      return store.listVersions(id);
    },

    async diff(id, from, to) {
      const record = await load(id);
      const side = async (which: DiffSide): Promise<ArticleContent> => {
        if (which === 'working') return contentOf(record);
        const version = await store.getVersion(id, which);
        if (!version) throw new CodedError('version_not_found', `article ${id} has no version ${which}`);
        return version.content;
      };
      return diffContent(await side(from), await side(to));
    },

    async addQuestion(id, question) {
      const record = await load(id);
      const text = question.trim();
      if (record.questions.some((q) => q.toLowerCase() === text.toLowerCase())) return detail(record);
      const content = contentOf({ ...record, questions: [...record.questions, text] });
      const { after } = await move(id, record.revision, 'edit', { content });
      return detail(after);
    },
  };
  return service;
}
