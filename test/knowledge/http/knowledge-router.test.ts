/** `/api/knowledge` over HTTP: roles, the editorial flow, validation messages, the test box, the review queue. */
import request from 'supertest';
import { startTestBaton, type TestBaton } from '../../support/services';
import { requestsAs, signInStaff, type StaffTokens } from '../support/staff';

let baton: TestBaton;
let tokens: StaffTokens;

beforeAll(async () => {
  baton = await startTestBaton();
  tokens = await signInStaff(baton);
});
afterAll(() => baton.close());

const as = (who: keyof StaffTokens) => requestsAs(baton, tokens[who]);

const kettle = {
  id: 'kettle-descale-en',
  lang: 'en',
  title: 'Descale the Brewmaster kettle',
  questions: ['How do I descale my Brewmaster kettle?', 'brewmaster kettle limescale'],
  answer: 'Fill the **Brewmaster** with vinegar and water, boil, and rinse twice.',
  tags: ['kettle'],
};

test('who may do what: no session 401, wrong role 403, editors write, reviewers publish', async () => {
  await request(baton.app).get('/api/knowledge/articles').expect(401);
  const forbidden = await as('agent').get('/api/knowledge/articles').expect(403);
  expect(forbidden.body.error.message).toMatch(/editor, reviewer/);
  await as('reviewer').post('/api/knowledge/articles', { ...kettle, id: 'reviewer-made' }).expect(403);
  const created = await as('editor').post('/api/knowledge/articles', { ...kettle, id: 'role-check' }).expect(201);
  await as('editor').post('/api/knowledge/articles/role-check/submit', { revision: created.body.revision }).expect(200);
  await as('editor').post('/api/knowledge/articles/role-check/publish', { revision: created.body.revision + 1 }).expect(403);
});

test('an editor creates and submits, a reviewer publishes, and the bot answers with it', async () => {
  const created = await as('editor').post('/api/knowledge/articles', kettle).expect(201);
  expect(created.body).toMatchObject({ status: 'draft', owner: 'editor@example.com', revision: 0 });

  const test1 = await as('editor').post('/api/knowledge/test', { text: 'How do I descale my Brewmaster kettle?' }).expect(200);
  expect(test1.body.answer?.articleId).not.toBe(kettle.id);

  const submitted = await as('editor').post(`/api/knowledge/articles/${kettle.id}/submit`, { revision: 0 }).expect(200);
  const published = await as('reviewer').post(`/api/knowledge/articles/${kettle.id}/publish`, { revision: submitted.body.revision, note: 'looks right' }).expect(200);
  expect(published.body).toMatchObject({ status: 'published', version: 1, liveVersion: 1 });

  const test2 = await as('reviewer').post('/api/knowledge/test', { text: 'How do I descale my Brewmaster kettle?' }).expect(200);
  expect(test2.body).toMatchObject({ decision: 'answer', rule: expect.any(String), lang: 'en', answer: { articleId: kettle.id } });
  expect(test2.body.answer.html).toContain('<strong>Brewmaster</strong>');
  expect(test2.body.candidates[0]).toMatchObject({ articleId: kettle.id, score: expect.any(Number), explanation: expect.objectContaining({ lunrScore: expect.any(Number) }) });
  expect(baton.parts.knowledge.ask('How do I descale my Brewmaster kettle?', { lang: 'en' }).decision).toMatchObject({ kind: 'answer', hit: { articleId: kettle.id } });

  const versions = await as('editor').get(`/api/knowledge/articles/${kettle.id}/versions`).expect(200);
  expect(versions.body.versions).toEqual([expect.objectContaining({ version: 1, publishedBy: 'reviewer@example.com', note: 'looks right' })]);
});

test('edits, diff against the live version, and rollback over HTTP', async () => {
  const id = 'kettle-rollback';
  const created = await as('editor').post('/api/knowledge/articles', { ...kettle, id }).expect(201);
  const submitted = await as('editor').post(`/api/knowledge/articles/${id}/submit`, { revision: created.body.revision }).expect(200);
  const v1 = await as('reviewer').post(`/api/knowledge/articles/${id}/publish`, { revision: submitted.body.revision }).expect(200);
  const edited = await as('editor').put(`/api/knowledge/articles/${id}`, { ...kettle, id, answer: 'Just buy a new kettle.', revision: v1.body.revision }).expect(200);
  expect(edited.body).toMatchObject({ status: 'draft', liveVersion: 1 });

  const diff = await as('editor').get(`/api/knowledge/articles/${id}/diff?from=1&to=working`).expect(200);
  expect(diff.body.fields.find((f: { field: string }) => f.field === 'answer').lines).toEqual([
    { op: 'remove', text: kettle.answer },
    { op: 'add', text: 'Just buy a new kettle.' },
  ]);

  const stale = await as('editor').put(`/api/knowledge/articles/${id}`, { ...kettle, id, revision: v1.body.revision }).expect(409);
  expect(stale.body.error.message).toMatch(/reload/);

  const rolledBack = await as('reviewer').post(`/api/knowledge/articles/${id}/rollback`, { revision: edited.body.revision, version: 1 }).expect(200);
  expect(rolledBack.body).toMatchObject({ version: 2, liveVersion: 2, answer: kettle.answer, status: 'published' });
});

test('bad requests get 4xx with messages that say what to fix', async () => {
  const missing = await as('editor').post('/api/knowledge/articles', { id: 'x', lang: 'fr', questions: [] }).expect(400);
  expect(missing.body.error.message).toMatch(/lang: .*title: .*questions: an article needs at least one question/s);
  const badId = await as('editor').post('/api/knowledge/articles', { ...kettle, id: 'has spaces' }).expect(400);
  expect(badId.body.error.message).toMatch(/id may contain letters, digits/);
  const noRevision = await as('editor').post(`/api/knowledge/articles/${kettle.id}/submit`, {}).expect(400);
  expect(noRevision.body.error.message).toMatch(/revision/);
  const unknown = await as('editor').get('/api/knowledge/articles/no-such-article').expect(404);
  expect(unknown.body.error.message).toBe('article no-such-article was not found');
  const draftPublish = await as('editor').post('/api/knowledge/articles', { ...kettle, id: 'never-reviewed' }).expect(201);
  const refused = await as('reviewer').post('/api/knowledge/articles/never-reviewed/publish', { revision: draftPublish.body.revision }).expect(409);
  expect(refused.body.error.message).toMatch(/submit it for review first/);
  const duplicate = await as('editor').post('/api/knowledge/articles', { ...kettle, id: 'never-reviewed' }).expect(409);
  expect(duplicate.body.error.message).toMatch(/exists already/);
  await as('editor').post('/api/knowledge/articles').set('Content-Type', 'application/json').send('{not json').expect(400);
});

test('list and search show status and staleness', async () => {
  const res = await as('reviewer').get('/api/knowledge/articles?q=brewmaster&status=published').expect(200);
  expect(res.body.items.map((i: { id: string }) => i.id)).toContain(kettle.id);
  expect(res.body.items[0]).toMatchObject({ status: 'published', stale: false, reviewBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  await as('reviewer').get('/api/knowledge/articles?status=gone').expect(400);
});

test('the preview renders sanitized Markdown', async () => {
  const res = await as('editor').post('/api/knowledge/preview', { markdown: '**hi** <script>alert(1)</script> [x](javascript:alert(1))' }).expect(200);
  expect(res.body.html).toContain('<strong>hi</strong>');
  expect(res.body.html).not.toMatch(/<script|href="javascript:/);
});

// Needs a question the demo knowledge base cannot answer; nonsense words are the only sure kind.
test('customer turns feed the review queue; an editor makes one a question variant in one action', async () => {
  const runtime = baton.parts.runtime;
  await baton.parts.transcript.recordInbound(
    { id: 'conv-review', channel: 'test', userId: 'u1', locale: 'en-US', reference: null },
    { type: 'message', id: 'in-1', text: 'zzzz qqqq wwww?' },
  );
  await runtime.respond({ conversationId: 'conv-review', channel: 'test', userId: 'u1', text: 'zzzz qqqq wwww?' });
  await runtime.respond({ conversationId: 'conv-review', channel: 'test', userId: 'u1', text: 'ZZZZ qqqq wwww' });

  const queue = await as('editor').get('/api/knowledge/review-queue').expect(200);
  const group = queue.body.groups.find((g: { sample: string }) => /zzzz qqqq/i.test(g.sample));
  expect(group).toMatchObject({ count: 2 });

  const resolved = await as('editor').post('/api/knowledge/review-queue/resolve', { action: 'add-variant', keys: group.keys, articleId: kettle.id, question: group.sample }).expect(200);
  expect(resolved.body.closed).toBe(2);
  expect(resolved.body.article.questions).toContain(group.sample);
  const after = await as('editor').get('/api/knowledge/review-queue').expect(200);
  expect(after.body.groups.find((g: { sample: string }) => /zzzz qqqq/i.test(g.sample))).toBeUndefined();

  const bad = await as('editor').post('/api/knowledge/review-queue/resolve', { action: 'merge', keys: [] }).expect(400);
  expect(bad.body.error.message).toMatch(/action/);
});

test('export as CSV, then import it back as drafts; publishing on import needs a reviewer', async () => {
  const exported = await as('editor').get('/api/knowledge/export?format=csv').expect(200);
  expect(exported.headers['content-type']).toMatch(/text\/csv/);
  expect(exported.text.split('\r\n')[0]).toMatch(/^id,title,question,answer,tags,lang/);
  await request(baton.app)
    .post('/api/knowledge/import?format=csv&publish=true')
    .set('Authorization', `Bearer ${tokens.editor}`)
    .set('Content-Type', 'text/csv')
    .send(exported.text)
    .expect(403);
  const imported = await request(baton.app)
    .post('/api/knowledge/import?format=csv')
    .set('Authorization', `Bearer ${tokens.editor}`)
    .set('Content-Type', 'text/csv')
    .send(exported.text)
    .expect(200);
  expect(imported.body).toMatchObject({ published: false, created: 0 });
  const broken = await request(baton.app)
    .post('/api/knowledge/import?format=csv')
    .set('Authorization', `Bearer ${tokens.editor}`)
    .set('Content-Type', 'text/csv')
    .send('id,title,question,answer,tags,lang\nx,,q,a,,en\n')
    .expect(400);
  expect(broken.body.error.message).toMatch(/nothing was imported.*\nline 2: article x: title/s);
});

describe('unsafe links in answers', () => {
  test.each([
    ['an inline link', 'Click [here](javascript:alert(document.cookie)) to fix it.'],
    ['a reference definition', 'See [the form][r].\n\n[r]: javascript:alert(1)'],
    ['a bare reference definition', '[r]: JavaScript:alert(1)'],
    ['an autolink', 'Open <vbscript:msgbox(1)>.'],
    ['an image from a data: URL', '![logo](data:image/svg+xml;base64,PHN2Zz4=)'],
    ['an entity-encoded scheme', '[x](&#106;avascript:alert(1))'],
    ['HTML in the answer', 'Fill in <a href="javascript:alert(1)">the form</a>.'],
  ])('%s: saving is a 400 that names the answer and the link', async (_what, answer) => {
    const res = await as('editor').post('/api/knowledge/articles', { ...kettle, id: 'unsafe-link', answer }).expect(400);
    expect(res.body.error.message).toMatch(/answer: the link ".*(?:javascript|vbscript|data).*" is not allowed: links may be https, http, mailto or tel/i);
    await as('editor').get('/api/knowledge/articles/unsafe-link').expect(404);
  });

  test('web, mail, phone and in-site links are fine', async () => {
    const answer = 'See [returns](https://shop.example/returns), [help](/help#returns), <mailto:help@shop.example> or [call](tel:+18005550199).\n\n[r]: https://shop.example';
    await as('editor').post('/api/knowledge/articles', { ...kettle, id: 'safe-links', answer }).expect(201);
  });

  test('an update with an unsafe link is refused and the article is unchanged', async () => {
    const created = await as('editor').post('/api/knowledge/articles', { ...kettle, id: 'unsafe-update' }).expect(201);
    const res = await as('editor').put('/api/knowledge/articles/unsafe-update', { ...kettle, answer: '[r]: javascript:alert(1)', revision: created.body.revision }).expect(400);
    expect(res.body.error.message).toMatch(/answer: the link "javascript:alert\(1\)" is not allowed/);
    expect((await as('editor').get('/api/knowledge/articles/unsafe-update')).body.answer).toBe(kettle.answer);
  });

  test('an import with one is refused, naming the line, and imports nothing', async () => {
    const res = await request(baton.app)
      .post('/api/knowledge/import?format=csv')
      .set('Authorization', `Bearer ${tokens.editor}`)
      .set('Content-Type', 'text/csv')
      .send('id,title,question,answer,tags,lang\nok-1,Fine,q1,Fine answer,,en\nbad-1,Bad,q2,"See [r].\n\n[r]: javascript:alert(1)",,en\n')
      .expect(400);
    expect(res.body.error.message).toMatch(/nothing was imported.*line 3: article bad-1: answer: the link "javascript:alert\(1\)" is not allowed/s);
    await as('editor').get('/api/knowledge/articles/ok-1').expect(404);
  });
});

test('the editor page and its modules are served under the CSP, with no inline script', async () => {
  const page = await request(baton.app).get('/editor').expect(200);
  expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  expect(page.text).toContain('<script type="module" src="/editor/editor.js"></script>');
  expect(page.text).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>|on(click|submit|load)=/i);
  await request(baton.app).get('/editor/editor.js').expect(200).expect('Content-Type', /javascript/);
  await request(baton.app).get('/editor/synonyms.js').expect(200).expect('Content-Type', /javascript/);
  await request(baton.app).get('/editor/editor.css').expect(200).expect('Content-Type', /css/);
  await request(baton.app).get('/editor/../http/knowledge-router.ts').expect(404);
});
