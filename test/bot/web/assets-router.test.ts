/** /assets/: the pages' shared modules and the text catalogues the server itself words replies with. */
import request from 'supertest';
import { CATALOGUES, LOCALES } from '../../../contracts';
import { startTestBaton, type TestBaton } from '../../support/services';

let baton: TestBaton;
beforeAll(async () => {
  baton = await startTestBaton({ demo: false });
});
afterAll(() => baton.close());

test.each(LOCALES)('/assets/text/%s.json is the catalogue the server uses', async (locale) => {
  const res = await request(baton.app).get(`/assets/text/${locale}.json`).expect(200).expect('content-type', /json/);
  expect(res.body).toEqual(CATALOGUES[locale]);
});

test.each(['api.js', 'dom.js', 'i18n.js', 'session.js', 'toast.js'])('/assets/%s is a module the pages import', async (file) => {
  const res = await request(baton.app).get(`/assets/${file}`).expect(200).expect('content-type', /javascript/);
  expect(res.text).toMatch(/^\/\/ @ts-check/);
  expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
});

test.each(['/assets/text/fr.json', '/assets/../routes.ts', '/assets/%2e%2e/routes.ts', '/assets/text/../../contracts/text.ts'])('%s is not served', async (path) => {
  await request(baton.app).get(path).expect(404);
});
