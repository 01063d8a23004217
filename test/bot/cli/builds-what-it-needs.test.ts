/**
 * Each CLI command builds only what it needs: `kb search` (and the other knowledge commands) open the database and
 * the knowledge base, never the Agents SDK adapter, the built-in Direct Line or the handoff service. Those builders
 * are replaced here by ones that fail, so a command that reached for them would fail too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../support/cli';

jest.mock('../../../bot/channels/agents/adapter', () => ({
  createBotAdapter: () => {
    throw new Error('the CLI built the Agents SDK adapter');
  },
}));
jest.mock('../../../bot/channels/directline/direct-line', () => ({
  DirectLine: function DirectLine() {
    throw new Error('the CLI built Direct Line');
  },
}));
jest.mock('../../../handoff/handoff-service', () => ({
  createHandoffService: () => {
    throw new Error('the CLI built the handoff service');
  },
}));

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'baton-cli-needs-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const baton = (...argv: string[]) => runCli(dataDir, argv);

test.each([
  ['kb search', ['kb', 'search', 'how do I return an item', '--json']],
  ['kb export', ['kb', 'export', '--format', 'csv']],
  ['ask', ['ask', '--json', 'how do I return an item']],
])('%s runs without the adapter, Direct Line or the handoff service', async (_name, argv) => {
  const result = await baton(...argv);
  expect(result.err).not.toMatch(/the CLI built/);
  expect(result).toMatchObject({ code: 0 });
  expect(result.out.length).toBeGreaterThan(0);
});
