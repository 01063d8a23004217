/** `/api/knowledge/synonyms` over HTTP: who may read and save, validation messages, conflicts, and the live search. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startTestBaton, type TestBaton } from '../../support/services';
import { login, requestsAs, signInStaff, type StaffTokens } from '../support/staff';

let baton: TestBaton;
let tokens: StaffTokens;

beforeAll(async () => {
  baton = await startTestBaton();
  tokens = await signInStaff(baton);
});
afterAll(() => baton.close());

const as = (who: keyof StaffTokens) => requestsAs(baton, tokens[who]);

const URL = '/api/knowledge/synonyms';
const current = async () => (await as('editor').get(URL).expect(200)).body as { groups: Array<{ term: string; synonyms: string[] }>; revision: number };

test('the list starts as the demo synonyms file, read by editors, reviewers and admins', async () => {
  await request(baton.app).get(URL).expect(401);
  await as('agent').get(URL).expect(403);
  const res = await as('reviewer').get(URL).expect(200);
  expect(res.body).toMatchObject({ revision: 1, updatedBy: null, updatedAt: expect.any(String) });
  expect(res.body.groups[0]).toEqual({ term: 'return', synonyms: ['send back', 'give back', 'take back'] });
  expect(res.body.groups).toContainEqual({ term: '快递', synonyms: ['包裹', '物流'] });
  await as('admin').get(URL).expect(200);
});

test('editors and admins save; reviewers and agents may not', async () => {
  const { groups, revision } = await current();
  await request(baton.app).put(URL).send({ groups }).expect(401);
  await as('agent').put(URL, { groups }).expect(403);
  const forbidden = await as('reviewer').put(URL, { groups, revision }).expect(403);
  expect(forbidden.body.error.message).toMatch(/editor/);
  expect((await current()).revision).toBe(revision);

  const saved = await as('editor').put(URL, { groups, revision }).expect(200);
  expect(saved.body).toMatchObject({ groups, revision: revision + 1, updatedBy: 'editor@example.com' });
  const byAdmin = await as('admin').put(URL, { groups, revision: revision + 1 }).expect(200);
  expect(byAdmin.body).toMatchObject({ revision: revision + 2, updatedBy: 'admin@example.com' });
});

test('once the save resolves, the bot answers a question that matches only through the new synonym', async () => {
  await baton.parts.knowledge.publish([
    {
      id: 'flumox-reset-en',
      lang: 'en',
      title: 'Reset the Flumox router',
      questions: ['How do I reset my Flumox router?', 'flumox factory reset'],
      answer: 'Hold the **pin** button for ten seconds.',
      tags: ['flumox'],
      followUps: [],
    },
  ]);
  const ask = () => as('editor').post('/api/knowledge/test', { text: 'wobblebox', lang: 'en' }).expect(200);
  const before = await ask();
  expect(before.body.decision).not.toBe('answer');
  expect(before.body.answer?.articleId).not.toBe('flumox-reset-en');

  const { groups, revision } = await current();
  await as('editor').put(URL, { groups: [...groups, { term: 'Flumox router', synonyms: ['wobblebox'] }], revision }).expect(200);

  const after = await ask();
  expect(after.body).toMatchObject({ decision: 'answer', answer: { articleId: 'flumox-reset-en' } });
  expect(baton.parts.knowledge.ask('wobblebox', { lang: 'en' }).decision).toMatchObject({ kind: 'answer', hit: { articleId: 'flumox-reset-en' } });

  // Removing the group takes the synonym away again.
  const latest = await current();
  await as('editor').put(URL, { groups: latest.groups.filter((g) => g.term !== 'Flumox router'), revision: latest.revision }).expect(200);
  expect((await ask()).body.decision).not.toBe('answer');
});

test('saving from a revision someone else has replaced is a 409 that says to reload, and changes nothing', async () => {
  const { groups, revision } = await current();
  await as('editor').put(URL, { groups: [...groups, { term: 'parka', synonyms: ['anorak'] }], revision }).expect(200);
  const stale = await as('admin').put(URL, { groups: [{ term: 'lost', synonyms: ['update'] }], revision }).expect(409);
  expect(stale.body.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/since you loaded them.*reload/) });
  expect((await current()).groups).toContainEqual({ term: 'parka', synonyms: ['anorak'] });
  expect((await current()).groups).not.toContainEqual({ term: 'lost', synonyms: ['update'] });
});

describe('bad lists get a 400 that says what to fix, and nothing is saved', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['no groups field', {}, /groups: /],
    ['groups not a list', { groups: { return: ['send back'] } }, /groups: must be a list of \{term, synonyms\}/],
    ['an empty term', { groups: [{ term: '   ', synonyms: ['x'] }] }, /groups\.0\.term: the word or phrase is empty/],
    ['a group without synonyms', { groups: [{ term: 'return', synonyms: [] }] }, /groups\.0\.synonyms: a group needs at least one synonym/],
    ['an empty synonym', { groups: [{ term: 'return', synonyms: ['send back', ''] }] }, /groups\.0\.synonyms\.1: a synonym is empty/],
    ['a synonym that is not text', { groups: [{ term: 'return', synonyms: [42] }] }, /groups\.0\.synonyms\.0: a synonym must be text/],
    ['an overlong phrase', { groups: [{ term: 'x'.repeat(101), synonyms: ['y'] }] }, /longer than 100 characters/],
    ['too many synonyms', { groups: [{ term: 'return', synonyms: Array.from({ length: 51 }, (_, i) => `word${i}`) }] }, /at most 50 synonyms/],
    ['too many groups', { groups: Array.from({ length: 1001 }, (_, i) => ({ term: `t${i}`, synonyms: [`s${i}`] })) }, /at most 1000 groups/],
    [
      'the same head twice, differing in case and spacing',
      { groups: [{ term: 'send back', synonyms: ['return'] }, { term: 'Send  Back', synonyms: ['ship back'] }] },
      /groups\.1\.term: "Send {2}Back" heads two groups \(number 1 and 2\); merge them/,
    ],
    ['a phrase twice in a group', { groups: [{ term: 'return', synonyms: ['send back', 'SEND BACK'] }] }, /"SEND BACK" is listed twice in the group "return"/],
    ['a synonym the same as its term', { groups: [{ term: 'return', synonyms: ['Return'] }] }, /"Return" is listed twice/],
    ['a stop word only', { groups: [{ term: 'return', synonyms: ['the'] }] }, /"the" has no word the search can use/],
    ['a bad revision', { groups: [], revision: -1 }, /revision: send the revision you loaded/],
  ];
  test.each(cases)('%s', async (_name, body, message) => {
    const before = await current();
    const res = await as('editor').put(URL, body).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(message) });
    expect(await current()).toEqual(before);
  });
});

test('phrases are saved trimmed; an empty list is allowed', async () => {
  const { revision } = await current();
  const saved = await as('editor').put(URL, { groups: [{ term: '  coupon ', synonyms: [' voucher  code', '优惠码 '] }], revision }).expect(200);
  expect(saved.body.groups).toEqual([{ term: 'coupon', synonyms: ['voucher  code', '优惠码'] }]);
  const emptied = await as('editor').put(URL, { groups: [], revision: saved.body.revision }).expect(200);
  expect(emptied.body).toMatchObject({ groups: [], revision: saved.body.revision + 1 });
});

describe('with a synonyms file in DATA_DIR', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-synonyms-'));
    mkdirSync(path.join(dataDir, 'knowledge'));
    writeFileSync(path.join(dataDir, 'knowledge', 'synonyms.json'), JSON.stringify({ sofa: ['couch', 'settee'] }));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('the file seeds the list on first start; after that the saved list survives restarts', async () => {
    const first = await startTestBaton({ env: { DATA_DIR: dataDir }, demo: false });
    try {
      const token = await login(first.app, 'admin@example.com', 'correct horse battery');
      const seeded = await request(first.app).get(URL).set('Authorization', `Bearer ${token}`).expect(200);
      expect(seeded.body).toMatchObject({ groups: [{ term: 'sofa', synonyms: ['couch', 'settee'] }], revision: 1 });
      await request(first.app)
        .put(URL)
        .set('Authorization', `Bearer ${token}`)
        .send({ groups: [{ term: 'sofa', synonyms: ['couch'] }], revision: 1 })
        .expect(200);
    } finally {
      await first.close();
    }

    const second = await startTestBaton({ env: { DATA_DIR: dataDir }, demo: false });
    try {
      const token = await login(second.app, 'admin@example.com', 'correct horse battery');
      const kept = await request(second.app).get(URL).set('Authorization', `Bearer ${token}`).expect(200);
      expect(kept.body).toMatchObject({ groups: [{ term: 'sofa', synonyms: ['couch'] }], revision: 2, updatedBy: 'admin@example.com' });
    } finally {
      await second.close();
    }
  });
});
