/**
 * `/api/knowledge`: the editors' and reviewers' API (the editor page uses it; so can scripts). Reading and testing need
 * either role; writing content needs editor; review decisions need reviewer (ACTION_ROLES); admins may do all. Auth
 * itself belongs to `bot/` and comes in as `requireRole`.
 */
import express, { type Request, type RequestHandler, type Router } from 'express';
import type { EditorialStore } from '../article-store';
import type { ReviewQueue } from '../feedback/review-queue';
import { ResolveRequestSchema } from '../feedback/review-queue';
import type { KnowledgeService } from '../knowledge-service';
import type { DecisionThresholds } from '../search';
import { SaveSynonymsSchema } from '../synonyms/schemas';
import type { SynonymService } from '../synonyms/synonym-service';
import { exportText, liveArticles } from '../transfer/export-articles';
import { importArticles } from '../transfer/import-articles';
import { parseArticles } from '../transfer/read-source';
import { ACTION_ROLES } from '../workflow/article-workflow';
import type { EditorialService } from '../workflow/editorial-service';
import { ArticleDraftSchema, ArticleListFilterSchema } from '../workflow/schemas';
import { renderMarkdown } from './render-markdown';
import {
  ArticleIdParamSchema,
  DiffQuerySchema,
  ExportQuerySchema,
  ImportQuerySchema,
  MarkReviewedSchema,
  PreviewSchema,
  PublishSchema,
  RejectSchema,
  RevisionSchema,
  RollbackSchema,
  SaveArticleSchema,
  TestQuestionSchema,
  VersionParamSchema,
} from './schemas';
import { testQuestion } from './test-question';
import { actorFrom, CodedError, type Lang, parseOr400 } from '../../contracts';

export type KnowledgeRole = 'editor' | 'reviewer';
export type RequireRole = (...roles: KnowledgeRole[]) => RequestHandler;

export interface KnowledgeRouterDeps {
  knowledge: KnowledgeService;
  editorial: EditorialService;
  reviewQueue: ReviewQueue;
  store: EditorialStore;
  /** The editor-maintained synonym list the search expands customer words with. */
  synonyms: SynonymService;
  requireRole: RequireRole;
  /** The language the conversation engine would detect, so the test box matches the bot. */
  detectLanguage?: (text: string) => Lang;
  thresholds?: DecisionThresholds;
}

/** Who did it, as the article history records people: their email (the auth middleware guarantees one). */
function actorOf(req: Request): string {
  const actor = actorFrom((req as Request & { user?: unknown }).user);
  return actor.email ?? actor.id;
}

const id = (req: Request) => parseOr400(ArticleIdParamSchema, req.params.id, 'the article id');

export function createKnowledgeRouter(deps: KnowledgeRouterDeps): Router {
  const { editorial } = deps;
  const router = express.Router();
  const anyone = deps.requireRole('editor', 'reviewer');
  const editor = deps.requireRole(...ACTION_ROLES.edit);
  const reviewer = deps.requireRole(...ACTION_ROLES.publish);
  router.use(express.json({ limit: '512kb' }));

  router.get('/status', anyone, (_req, res) => {
    res.json(deps.knowledge.status());
  });

  router.get('/articles', anyone, async (req, res) => {
    const filter = parseOr400(ArticleListFilterSchema, req.query, 'the query');
    const [list, feedback] = await Promise.all([editorial.list(filter), deps.reviewQueue.feedbackCounts()]);
    res.json({ ...list, items: list.items.map((item) => ({ ...item, feedback: feedback.get(item.id) ?? { helpful: 0, notHelpful: 0 } })) });
  });

  router.post('/articles', editor, async (req, res) => {
    res.status(201).json(await editorial.create(parseOr400(ArticleDraftSchema, req.body ?? {}, 'the request body'), actorOf(req)));
  });

  router.get('/articles/:id', anyone, async (req, res) => {
    const article = await editorial.get(id(req));
    const live = deps.knowledge.getPublished(article.id);
    res.json({ ...article, answerHtml: renderMarkdown(article.answer), live: live ? { version: live.version, title: live.title } : null });
  });

  router.put('/articles/:id', editor, async (req, res) => {
    const { revision, ...draft } = parseOr400(SaveArticleSchema, { id: req.params.id, ...req.body }, 'the request body');
    res.json(await editorial.update(id(req), revision, draft, actorOf(req)));
  });

  router.post('/articles/:id/submit', deps.requireRole(...ACTION_ROLES.submit), async (req, res) => {
    res.json(await editorial.submit(id(req), parseOr400(RevisionSchema, req.body ?? {}, 'the request body').revision));
  });

  router.post('/articles/:id/reject', deps.requireRole(...ACTION_ROLES.reject), async (req, res) => {
    const body = parseOr400(RejectSchema, req.body ?? {}, 'the request body');
    res.json(await editorial.reject(id(req), body.revision, body.note ?? null));
  });

  router.post('/articles/:id/publish', reviewer, async (req, res) => {
    const body = parseOr400(PublishSchema, req.body ?? {}, 'the request body');
    res.json(await editorial.publish(id(req), body.revision, actorOf(req), body.note ?? null));
  });

  router.post('/articles/:id/archive', deps.requireRole(...ACTION_ROLES.archive), async (req, res) => {
    res.json(await editorial.archive(id(req), parseOr400(RevisionSchema, req.body ?? {}, 'the request body').revision));
  });

  router.post('/articles/:id/restore', deps.requireRole(...ACTION_ROLES.restore), async (req, res) => {
    res.json(await editorial.restore(id(req), parseOr400(RevisionSchema, req.body ?? {}, 'the request body').revision));
  });

  router.post('/articles/:id/rollback', deps.requireRole(...ACTION_ROLES.rollback), async (req, res) => {
    const body = parseOr400(RollbackSchema, req.body ?? {}, 'the request body');
    res.json(await editorial.rollback(id(req), body.revision, body.version, actorOf(req)));
  });

  router.post('/articles/:id/reviewed', reviewer, async (req, res) => {
    const body = parseOr400(MarkReviewedSchema, req.body ?? {}, 'the request body');
    res.json(await editorial.markReviewed(id(req), body.revision, body.reviewBy));
  });

  router.get('/articles/:id/versions', anyone, async (req, res) => {
    res.json({ versions: await editorial.versions(id(req)) });
  });

  router.get('/articles/:id/versions/:version', anyone, async (req, res) => {
    const version = parseOr400(VersionParamSchema, req.params.version, 'the version');
    const found = (await editorial.versions(id(req))).find((v) => v.version === version);
    if (!found) throw new CodedError('version_not_found', `article ${req.params.id} has no version ${version}`);
    res.json({ ...found, answerHtml: renderMarkdown(found.content.answer) });
  });

  router.get('/articles/:id/diff', anyone, async (req, res) => {
    const query = parseOr400(DiffQuerySchema, req.query, 'the query');
    res.json({ from: query.from, to: query.to, fields: await editorial.diff(id(req), query.from, query.to) });
  });

  router.post('/preview', anyone, (req, res) => {
    res.json({ html: renderMarkdown(parseOr400(PreviewSchema, req.body ?? {}, 'the request body').markdown) });
  });

  router.post('/test', anyone, (req, res) => {
    const body = parseOr400(TestQuestionSchema, req.body ?? {}, 'the request body');
    const lang = body.lang ?? deps.detectLanguage?.(body.text);
    res.json(testQuestion(deps.knowledge, body.text, lang, deps.thresholds));
  });

  router.get('/review-queue', anyone, async (_req, res) => {
    res.json({ groups: await deps.reviewQueue.groups() });
  });

  router.post('/review-queue/resolve', editor, async (req, res) => {
    res.json(await deps.reviewQueue.resolve(parseOr400(ResolveRequestSchema, req.body ?? {}, 'the request body'), actorOf(req)));
  });

  router.get('/feedback', anyone, async (_req, res) => {
    const counts = await deps.reviewQueue.feedbackCounts();
    const items = [...counts].map(([articleId, c]) => ({ articleId, title: deps.knowledge.getPublished(articleId)?.title ?? null, ...c }));
    res.json({ items: items.sort((a, b) => b.notHelpful - a.notHelpful || b.helpful - a.helpful) });
  });

  // The whole synonym list: everyone reads it, editors replace it; the PUT resolves once the search uses it.
  router.get('/synonyms', anyone, async (_req, res) => {
    res.json(await deps.synonyms.get());
  });

  router.put('/synonyms', editor, async (req, res) => {
    res.json(await deps.synonyms.save(parseOr400(SaveSynonymsSchema, req.body ?? {}, 'the request body'), actorOf(req)));
  });

  router.get('/export', anyone, async (req, res) => {
    const { format } = parseOr400(ExportQuerySchema, req.query, 'the query');
    res.type(format === 'csv' ? 'text/csv' : 'text/tab-separated-values');
    res.attachment(`knowledge.${format}`);
    res.send(exportText(await liveArticles(deps.store), format));
  });

  // Importing drafts needs an editor; publishing or replacing on import is a review decision. Auth runs before the
  // (up to 10 MB) body is read.
  const importGate: RequestHandler = (req, res, next) => {
    const query = parseOr400(ImportQuerySchema, req.query, 'the query');
    return (query.publish || query.replace ? reviewer : editor)(req, res, next);
  };
  router.post('/import', importGate, express.text({ type: () => true, limit: '10mb' }), async (req, res) => {
    const query = parseOr400(ImportQuerySchema, req.query, 'the query');
    const articles = parseArticles(typeof req.body === 'string' ? req.body : '', query.format);
    res.json(await importArticles({ store: deps.store, knowledge: deps.knowledge }, articles, { ...query, actor: actorOf(req) }));
  });

  return router;
}
