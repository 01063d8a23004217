/** `baton` end to end, in-process: each command on a fresh DATA_DIR, as an editor would run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../support/cli';
import { SignalsSchema } from '../../../bot/core/signals';

let dataDir: string;
let work: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-cli-data-'));
  work = mkdtempSync(path.join(os.tmpdir(), 'baton-cli-files-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const baton = (...argv: string[]) => runCli(dataDir, argv);

const file = (name: string, text: string) => {
  const full = path.join(work, name);
  writeFileSync(full, text);
  return full;
};

const KB_CSV = [
  'id,title,question,answer,tags,lang',
  'zorblax-pair,Pair the Zorblax headset,How do I pair my Zorblax headset?,Hold the button for 5 seconds.,audio,en',
  'zorblax-pair,,zorblax bluetooth pairing,,,',
  'zorblax-charge,Charge the Zorblax,How do I charge the Zorblax?,"Use the USB-C cable, then wait 2 hours.",audio,en',
  'zorblax-zh,配对 Zorblax 耳机,Zorblax 耳机怎么配对,长按按钮 5 秒。,audio,zh',
].join('\r\n');

test('kb import --replace --publish replaces the demo knowledge base; kb search finds the new articles', async () => {
  const imported = await baton('kb', 'import', file('kb.csv', KB_CSV), '--replace', '--publish');
  expect(imported).toMatchObject({ code: 0, out: expect.stringMatching(/Imported 3 articles published \(3 new, 0 updated\); archived \d+ not in the import/) });

  const search = await baton('kb', 'search', 'how to pair zorblax headset', '--json');
  expect(search.code).toBe(0);
  const hits = JSON.parse(search.out);
  expect(hits[0]).toMatchObject({ articleId: 'zorblax-pair', title: 'Pair the Zorblax headset', score: expect.any(Number) });
  expect(hits.map((h: { articleId: string }) => h.articleId)).not.toContain('returns-start-en');

  const exported = await baton('kb', 'export');
  expect(exported.out.split('\r\n')[0]).toBe('id,title,question,answer,tags,lang');
  expect(exported.out.trim().split('\r\n')).toHaveLength(5);
});

test('kb export then kb import --replace --publish gives the same knowledge base, in every format', async () => {
  const original = (await baton('kb', 'export', '--format', 'csv')).out;
  for (const [format, out] of [
    ['csv', path.join(work, 'kb.csv')],
    ['tsv', path.join(work, 'kb.tsv')],
    ['md', path.join(work, 'kb-md')],
  ]) {
    expect((await baton('kb', 'export', '--format', format, '--out', out)).code).toBe(0);
    expect((await baton('kb', 'import', out, '--replace', '--publish')).code).toBe(0);
    expect((await baton('kb', 'export', '--format', 'csv')).out).toBe(original);
  }
  expect(readdirSync(path.join(work, 'kb-md')).length).toBeGreaterThanOrEqual(40);
});

test('an invalid import exits 1, lists problems with line numbers, and imports nothing', async () => {
  const before = (await baton('kb', 'export')).out;
  const bad = file('bad.csv', 'id,title,question,answer,tags,lang\nok,Fine,Q?,A.,,en\nbroken,,Q?,A.,,en\n');
  const result = await baton('kb', 'import', bad, '--publish');
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/nothing was imported: 1 problem found\nline 3: article broken: title: title is required/);
  expect(result.err).not.toMatch(/\n\s+at /);
  expect((await baton('kb', 'export')).out).toBe(before);
});

test('ask --json reports what the bot does: the script, a clarification with its choices, a decline', async () => {
  const questions = file('decisions.txt', '訂單成立後還能修改嗎\ndelivery problem\nwhats 17 times 23\ntell me a joke\n');
  const lines = (await baton('ask', '--json', '--batch', questions)).out.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines[0]).toMatchObject({ lang: 'zh', script: 'Hant', decision: 'answer', articleId: 'orders-change-zh' });
  expect(lines[1]).toMatchObject({ lang: 'en', script: null, decision: 'clarify', articleId: null });
  expect(lines[1].candidates.length).toBeGreaterThanOrEqual(2);
  for (const declined of lines.slice(2)) expect(declined).toMatchObject({ decision: 'fallback', articleId: null, handoff: false });
});

test('ask --json --batch prints one JSON line per question, in order', async () => {
  const questions = file(
    'questions.txt',
    'How do I return an item?\n\n怎么退货？\nzzzz qqqq wwww\nmy charger exploded and burned my hand\n转人工\n我上个月花了50万买的设备坏了\n',
  );
  const result = await baton('ask', '--json', '--batch', questions);
  expect(result.code).toBe(0);
  const lines = result.out.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines.map((l) => l.text)).toEqual([
    'How do I return an item?',
    '怎么退货？',
    'zzzz qqqq wwww',
    'my charger exploded and burned my hand',
    '转人工',
    '我上个月花了50万买的设备坏了',
  ]);
  expect(lines[0]).toEqual({
    text: 'How do I return an item?',
    lang: 'en',
    script: null,
    decision: 'answer',
    rule: expect.any(String),
    articleId: 'returns-start-en',
    score: expect.any(Number),
    candidates: expect.arrayContaining([{ articleId: 'returns-start-en', score: expect.any(Number) }]),
    // The one signals shape, as the engine read it: DESIGN.md's names, and the rest with their evidence.
    signals: expect.objectContaining({
      sentiment: { label: 'neutral', score: expect.any(Number), evidence: [] },
      agentRequest: false,
      amount: null,
      highValue: false,
      complaintLevel: 'L3',
      complaintKind: null,
      evidence: { agentRequest: [], complaint: [], amount: [] },
    }),
    intent: { intent: 'kb:returns-start-en', confidence: expect.any(Number), source: 'local' },
    handoff: false,
    level: null,
    reasons: [],
  });
  expect(SignalsSchema.parse(lines[0].signals)).toEqual(lines[0].signals);
  expect(lines[1]).toMatchObject({ lang: 'zh', script: 'Hans', articleId: 'returns-start-zh' });
  expect(lines[2]).toMatchObject({ decision: 'fallback', articleId: null });
  // The signals and the service level the handoff policy gives them (DESIGN.md field names).
  expect(lines[3]).toMatchObject({ signals: { complaintLevel: 'L1', sentiment: { label: 'negative' } }, handoff: true, level: 'L1' });
  expect(lines[4]).toMatchObject({ signals: { agentRequest: true }, handoff: true, level: 'L3', reasons: ['agent-request'] });
  expect(lines[5]).toMatchObject({ signals: { amount: { value: 500000, currency: 'CNY' }, highValue: true }, handoff: true, level: 'L2' });
});

test('eval reports accuracy, MRR and confused pairs as JSON', async () => {
  const labelled = file(
    'labelled.csv',
    'text,expected_article_id\nHow do I return an item?,returns-start-en\n怎么退货？,returns-start-zh\nzzzz qqqq wwww,\nwhere is my parcel,returns-start-en\n',
  );
  const result = await baton('eval', '--questions', labelled, '--json');
  expect(result.code).toBe(0);
  const report = JSON.parse(result.out);
  expect(report).toMatchObject({ questions: 4, inScope: 3, outOfScope: 1, outOfScopeRecall: 1 });
  expect(report.accuracy).toBeCloseTo(2 / 3, 3);
  expect(report.confusedPairs[0]).toMatchObject({ expected: 'returns-start-en', count: 1 });
  const text = await baton('eval', '--questions', labelled);
  expect(text.out).toMatch(/Accuracy \(best article\): +66\.7 %[\s\S]*Most confused/);
});

test.each([
  [[], /usage: baton <command>/],
  [['frobnicate'], /unknown command "frobnicate"/],
  [['constructor'], /unknown command "constructor"/],
  [['toString'], /unknown command "toString"/],
  [['kb', 'import'], /name one file or folder to import/],
  [['kb', 'import', 'x.csv', '--publsh'], /unknown option --publsh \(options: --replace, --publish, --format, --json\)/],
  [['kb', 'export', '--format', 'xml'], /--format must be one of csv, tsv, md/],
  [['kb', 'export', '--format', 'md'], /name a folder with --out/],
  [['kb', 'search'], /give the question to search for/],
  [['ask', '--json'], /give a question, or --batch FILE/],
  [['ask', '--batch', '/no/such/file'], /cannot read \/no\/such\/file/],
  [['eval'], /--questions FILE.csv/],
])('usage mistake %j exits 2 with a helpful message and no stack trace', async (argv, message) => {
  const result = await baton(...argv);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
  expect(result.err).not.toMatch(/\n\s+at /);
});

test('a missing import file is a clear error, not a crash', async () => {
  const result = await baton('kb', 'import', path.join(work, 'missing.csv'));
  expect(result).toMatchObject({ code: 1, err: expect.stringMatching(/missing\.csv does not exist/) });
});

test('--help prints a command’s usage', async () => {
  expect(await baton('kb', 'import', '--help')).toMatchObject({ code: 0, out: expect.stringMatching(/--replace/) });
  expect(await baton('--help')).toMatchObject({ code: 0, out: expect.stringMatching(/kb export/) });
});

test('the bin shim runs the CLI with node alone', () => {
  const shim = path.join(__dirname, '../../../bot/cli/baton.js');
  const env = { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir };
  const search = spawnSync(process.execPath, [shim, 'kb', 'search', 'How do I return an item?', '--json'], { env, encoding: 'utf8' });
  expect(search.stderr).toBe('');
  expect(search.status).toBe(0);
  expect(JSON.parse(search.stdout)[0].articleId).toBe('returns-start-en');
  const usage = spawnSync(process.execPath, [shim, 'kb', 'nonsense'], { env, encoding: 'utf8' });
  expect(usage.status).toBe(2);
  expect(usage.stderr).toMatch(/unknown command "kb nonsense"/);
}, 60_000);
