/**
 * Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`): Microsoft's local Teams client, run offline
 * against a Baton on 127.0.0.1 and driven headlessly through its internal endpoints (see DESIGN.md "Verified facts").
 *
 * Isolation: the playground listens on all interfaces and would try Azure telemetry hosts, so where we can (root and
 * `ip netns` on Linux) it runs in a network namespace of its own with only a loopback interface. Baton and the test
 * stay in the host namespace; two byte pipes over Unix sockets (the file system is shared across namespaces) carry
 * traffic between the two loopbacks, so both sides still talk to plain `http://127.0.0.1:PORT` addresses:
 *
 *   playground → 127.0.0.1:<baton port> (ns) → unix socket → 127.0.0.1:<baton port> (host)   activities to /api/messages
 *   Baton, test → 127.0.0.1:<pg port> (host) → unix socket → 127.0.0.1:<pg port> (ns)       replies, driving, WebSocket
 *
 * Where `ip netns` is not available (or BATON_PLAYGROUND_NETNS=0) it runs directly, listening on all interfaces while
 * the test runs, with a notice.
 * Where the package is missing the suites are skipped with a notice — except in CI (CI=true), where that fails.
 * The process (group) is always killed and the namespace always deleted, also when a test fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { sleep } from './wait';

export interface PlaygroundAccount {
  id: string;
  name?: string;
}

/** What `GET /_internal/v1/config` reports (the parts the tests use). */
export interface PlaygroundConfig {
  tenantId: string;
  bot: PlaygroundAccount;
  currentUser: PlaygroundAccount & { aadObjectId?: string };
  users: PlaygroundAccount[];
  personalChat: { id: string; name?: string };
  groupChats: Array<{ id: string; name?: string }>;
  teams: Array<{ id: string; name?: string; channels: Array<{ id: string; name?: string }> }>;
}

/** A message the bot posted, as the playground shows it in the chat. */
export interface BotMessage {
  conversationId: string;
  messageId: string;
  text: string;
  attachments: Array<{ contentType?: string; content?: unknown }>;
  raw: Record<string, unknown>;
}

export interface Playground {
  isolation: 'netns' | 'none';
  /** Where the test reaches the playground (host namespace). */
  origin: string;
  /** The Bot Connector URL the playground stamps on activities (what Baton replies to). */
  serviceUrl: string;
  config: PlaygroundConfig;
  /** The personal chat between the current user and the bot. */
  personalConversationId: string;
  /** Installs the app in a conversation: Teams sends installationUpdate and conversationUpdate (membersAdded). */
  installApp(conversationId?: string): Promise<void>;
  /** The current user (or `fromUserId`) types `text` in the conversation. */
  sendTeamsMessage(text: string, options?: { conversationId?: string; fromUserId?: string }): Promise<void>;
  /** Clicks an `Action.Submit` button on a card the bot sent: Teams sends a message activity whose `value` is `data`. */
  submitCardAction(card: BotMessage, data: Record<string, unknown>, options?: { fromUserId?: string }): Promise<void>;
  /**
   * Clicks an `Action.Execute` button: Teams sends an `adaptiveCard/action` invoke. Resolves with the playground's
   * answer: 200 and the bot's invoke response, or 502 with the bot's status when the bot refused it.
   */
  executeCardAction(
    card: BotMessage,
    action: { verb: string; data?: Record<string, unknown> },
    options?: { fromUserId?: string },
  ): Promise<{ status: number; body: unknown }>;
  /** The first bot message (received since `since`, an index into `botMessages()`) that matches. */
  waitForBotMessage(predicate: (message: BotMessage) => boolean, options?: { timeoutMs?: number; since?: number }): Promise<BotMessage>;
  botMessages(): BotMessage[];
  /** The playground's recent console output, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

const CLI = (() => {
  try {
    return require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return undefined;
  }
})();

/** Whether the playground suites run here; prints a visible notice when they do not (or run without isolation). */
export function playgroundAvailable(): boolean {
  if (CLI) return true;
  if (process.env.CI === 'true') throw new Error('the Agents Playground (@microsoft/m365agentsplayground) is required in CI but is not installed');
  process.stderr.write('\n*** NOTICE: @microsoft/m365agentsplayground is not installed; the Teams playground tests are SKIPPED.\n\n');
  return false;
}

/** `describe` that runs only where the Agents Playground is installed. */
export const describeWithPlayground = (title: string, suite: () => void) => (playgroundAvailable() ? describe : describe.skip)(title, suite);

export async function startPlayground(options: {
  /** Baton's `/api/messages` on 127.0.0.1, e.g. from `listenTestBaton`. */
  botEndpoint: string;
  conversationId?: string;
  readyTimeoutMs?: number;
}): Promise<Playground> {
  if (!CLI) throw new Error('@microsoft/m365agentsplayground is not installed');
  const bot = new URL(options.botEndpoint);
  if (bot.hostname !== '127.0.0.1') throw new Error(`the bot endpoint must be on 127.0.0.1, not ${bot.host}`);
  const botPort = Number(bot.port);
  const conversationId = options.conversationId ?? 'personal-conv-1';
  // A folder without `.m365agentsplayground.yml` (built-in defaults); the playground also writes `devTools/` here.
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'baton-pg-'));
  const cleanups: Array<() => Promise<void> | void> = [() => rmSync(workDir, { recursive: true, force: true })];
  const runCleanups = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  };

  try {
    const namespace = createNamespace();
    let port: number;
    let child: ChildProcess;
    if (namespace) {
      cleanups.push(() => deleteNamespace(namespace));
      const batonSocket = path.join(workDir, 'baton.sock');
      const playgroundSocket = path.join(workDir, 'playground.sock');
      const toBaton = pipeServer(() => net.connect(botPort, '127.0.0.1'));
      cleanups.push(() => toBaton.close());
      await listen(toBaton.server, batonSocket);
      const toPlayground = pipeServer(() => net.connect(playgroundSocket));
      cleanups.push(() => toPlayground.close());
      await listen(toPlayground.server, 0, '127.0.0.1');
      port = (toPlayground.server.address() as net.AddressInfo).port;
      const launcherConfig = { cli: CLI, args: playgroundArgs(botPort, port, conversationId), batonPort: botPort, batonSocket, playgroundPort: port, playgroundSocket };
      child = spawn('ip', ['netns', 'exec', namespace, process.execPath, '-e', NAMESPACE_LAUNCHER, JSON.stringify(launcherConfig)], {
        cwd: workDir,
        env: playgroundEnv(),
        detached: true, // its own process group, so the launcher and the playground are killed together
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } else {
      port = await freePort();
      process.stderr.write(
        `\n*** NOTICE: no network namespace (needs root and \`ip netns\`, and BATON_PLAYGROUND_NETNS not 0); the Agents Playground runs ` +
          `unisolated and listens on all interfaces (port ${port}) while the Teams playground tests run.\n\n`,
      );
      child = spawn(process.execPath, [CLI, ...playgroundArgs(botPort, port, conversationId)], {
        cwd: workDir,
        env: playgroundEnv(),
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    }
    const log = captureOutput(child);
    // Cleanups run last-in first-out: stop the group politely, then anything left in the namespace.
    cleanups.push(() => (namespace ? killNamespaceLeftovers(namespace) : undefined));
    cleanups.push(() => killGroup(child));
    const exitOnTestEnd = () => {
      if (child.pid) signalGroup(child.pid, 'SIGKILL');
    };
    process.once('exit', exitOnTestEnd);
    cleanups.push(() => void process.removeListener('exit', exitOnTestEnd));

    const origin = `http://127.0.0.1:${port}`;
    await waitForReady(origin, child, log, options.readyTimeoutMs ?? 45_000);
    const { config } = (await getJson(`${origin}/_internal/v1/config`)) as { config: PlaygroundConfig };

    const messages: BotMessage[] = [];
    const wakers = new Set<() => void>();
    const socket = await openStream(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`, (event) => {
      if (event.action !== 'createMessage' || !event.message) return;
      const message = event.message as Record<string, any>;
      messages.push({
        conversationId: String(event.actionConversationId ?? message.directLineConversationId ?? ''),
        messageId: String(message.messageId ?? ''),
        text: String(message.text ?? ''),
        attachments: Array.isArray(message.attachments) ? message.attachments : [],
        raw: message,
      });
      for (const wake of wakers) wake();
    });
    cleanups.push(() => {
      socket.terminate();
    });

    const send = async (pathname: string, body: unknown): Promise<{ status: number; body: unknown }> => {
      const res = await fetch(`${origin}${pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed };
    };
    const post = async (pathname: string, body: unknown): Promise<void> => {
      const res = await send(pathname, body);
      if (res.status >= 300) throw new Error(`playground ${pathname} answered ${res.status}: ${JSON.stringify(res.body)}`);
    };

    return {
      isolation: namespace ? 'netns' : 'none',
      origin,
      serviceUrl: `${origin}/_connector`,
      config,
      personalConversationId: config.personalChat?.id ?? conversationId,
      async installApp(conversation = conversationId) {
        await post(`/_debug/conversation/${encodeURIComponent(conversation)}/installation`, {});
      },
      async sendTeamsMessage(text, opts = {}) {
        await post(`/_conversation/v1/conversations/${encodeURIComponent(opts.conversationId ?? conversationId)}/messages`, {
          from: { id: opts.fromUserId ?? config.currentUser.id },
          text,
          textFormat: 'plain',
        });
      },
      async submitCardAction(card, data, opts = {}) {
        await post('/_conversation/v1/submit', {
          conversation: { id: card.conversationId },
          from: { id: opts.fromUserId ?? config.currentUser.id },
          replyToId: card.messageId,
          value: data,
        });
      },
      executeCardAction: (card, action, opts = {}) =>
        send('/_conversation/v1/invoke', {
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data ?? {} } },
          conversation: { id: card.conversationId },
          from: { id: opts.fromUserId ?? config.currentUser.id },
          replyToId: card.messageId,
        }),
      waitForBotMessage(predicate, opts = {}) {
        const timeoutMs = opts.timeoutMs ?? 15_000;
        const since = opts.since ?? 0;
        return new Promise((resolve, reject) => {
          const check = () => {
            const found = messages.slice(since).find(predicate);
            if (!found) return;
            done();
            resolve(found);
          };
          const timer = setTimeout(() => {
            done();
            const seen = messages.slice(since).map((m) => m.text || `[${m.attachments.length} attachment(s)]`);
            reject(new Error(`no matching bot message in the Teams chat within ${timeoutMs} ms; bot messages: ${JSON.stringify(seen)}\n${log.tail()}`));
          }, timeoutMs);
          const done = () => {
            clearTimeout(timer);
            wakers.delete(check);
          };
          wakers.add(check);
          check();
        });
      },
      botMessages: () => [...messages],
      output: () => log.tail(),
      close: runCleanups,
    };
  } catch (err) {
    await runCleanups();
    throw err;
  }
}

function playgroundArgs(botPort: number, port: number, conversationId: string): string[] {
  return [
    '-e', `http://127.0.0.1:${botPort}/api/messages`,
    '-c', 'msteams',
    '-p', String(port),
    '--conversation-id', conversationId,
    '--service-url', `http://127.0.0.1:${port}/_connector`,
    '--disable-telemetry',
  ];
}

/** No browser, no telemetry, and no proxy between the playground and the bot (it honours the *_PROXY variables). */
function playgroundEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/_proxy$/i.test(name)) env[name] = value;
  return { ...env, TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', NO_PROXY: '*' };
}

/**
 * Runs inside the namespace (`node -e`, config as argv[1]): the namespace ends of the two pipes, then the playground
 * as a child. Exits when the playground exits, and stops it when told (SIGTERM) or when the test process goes away
 * (stdin closes).
 */
const NAMESPACE_LAUNCHER = `
const net = require('node:net');
const { spawn } = require('node:child_process');
const cfg = JSON.parse(process.argv[1]);
const pipe = (a, b) => {
  a.pipe(b); b.pipe(a);
  const end = () => { a.destroy(); b.destroy(); };
  a.on('error', end); b.on('error', end); a.on('close', end); b.on('close', end);
};
let child;
let pending = 2;
const ready = () => {
  if (--pending) return;
  child = spawn(process.execPath, [cfg.cli, ...cfg.args], { stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code) => process.exit(code ?? 1));
};
net.createServer((c) => pipe(c, net.connect(cfg.batonSocket))).listen(cfg.batonPort, '127.0.0.1', ready);
net.createServer((c) => pipe(c, net.connect(cfg.playgroundPort, '127.0.0.1'))).listen(cfg.playgroundSocket, ready);
const stop = () => {
  if (child) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
`;

let namespaceCount = 0;

/** A fresh namespace with only `lo` up, or undefined where namespaces cannot be made (not root, no `ip`, not Linux). */
function createNamespace(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || process.env.BATON_PLAYGROUND_NETNS === '0') return undefined;
  deleteStaleNamespaces();
  const name = `baton-pg-${process.pid}-${++namespaceCount}`;
  const add = spawnSync('ip', ['netns', 'add', name], { stdio: 'ignore', timeout: 5000 });
  if (add.status !== 0) return undefined;
  const up = spawnSync('ip', ['netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'ignore', timeout: 5000 });
  if (up.status !== 0) {
    deleteNamespace(name);
    return undefined;
  }
  return name;
}

/** Namespaces this helper made in test runs that were killed before they could clean up (their process is gone). */
function deleteStaleNamespaces(): void {
  const list = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8', timeout: 5000 }).stdout ?? '';
  for (const [, name, pid] of list.matchAll(/^(baton-pg-(\d+)-\d+)/gm)) {
    if (Number(pid) !== process.pid && !processExists(Number(pid))) deleteNamespace(name);
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function deleteNamespace(name: string): void {
  spawnSync('ip', ['netns', 'delete', name], { stdio: 'ignore', timeout: 5000 });
}

/** Anything still running inside our namespace was started by us (through the launcher): end it by pid. */
function killNamespaceLeftovers(name: string): void {
  const pids = spawnSync('ip', ['netns', 'pids', name], { encoding: 'utf8', timeout: 5000 }).stdout ?? '';
  for (const pid of pids.split(/\s+/).filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the process group we created, SIGKILL after 3 s if it is still there. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  signalGroup(child.pid, 'SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signalGroup(child.pid, 'SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  }
}

interface PlaygroundOutput {
  tail(): string;
  /** The port from "Listening on N" once printed (it picks another one, silently, when ours is taken). */
  listeningPort(): number | undefined;
}

function captureOutput(child: ChildProcess): PlaygroundOutput {
  const lines: string[] = [];
  let listeningPort: number | undefined;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      const listening = /Listening on (\d+)/.exec(line);
      if (listening) listeningPort = Number(listening[1]);
      lines.push(line);
    }
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { tail: () => `playground output:\n  ${lines.join('\n  ') || '(none)'}`, listeningPort: () => listeningPort };
}

/** Polls `GET /_debug/ping` until it answers "pong"; fails early, with the output, if the process exits. */
async function waitForReady(origin: string, child: ChildProcess, log: PlaygroundOutput, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const expectedPort = Number(new URL(origin).port);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the Agents Playground exited (${child.exitCode ?? child.signalCode}) before it was ready\n${log.tail()}`);
    }
    const actualPort = log.listeningPort();
    if (actualPort !== undefined && actualPort !== expectedPort) {
      throw new Error(`the Agents Playground took port ${actualPort} instead of ${expectedPort} (was it in use?)\n${log.tail()}`);
    }
    try {
      const res = await fetch(`${origin}/_debug/ping`, { signal: AbortSignal.timeout(2000) });
      if (res.ok && (await res.text()).includes('pong')) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the Agents Playground was not ready within ${timeoutMs} ms\n${log.tail()}`);
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

function openStream(url: string, onEvent: (event: Record<string, any>) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`the playground stream ${url} did not open in 10 s`));
    }, 10_000);
    socket.on('message', (data) => {
      try {
        onEvent(JSON.parse(data.toString()));
      } catch {
        // not JSON: not a chat event
      }
    });
    socket.once('open', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** A server that joins each accepted connection to a new one from `connect`, byte for byte, both ways. */
function pipeServer(connect: () => net.Socket): { server: net.Server; close(): Promise<void> } {
  const open = new Set<net.Socket>();
  const server = net.createServer((incoming) => {
    const outgoing = connect();
    const end = () => {
      incoming.destroy();
      outgoing.destroy();
      open.delete(incoming);
      open.delete(outgoing);
    };
    for (const socket of [incoming, outgoing]) {
      open.add(socket);
      socket.on('error', end);
      socket.on('close', end);
    }
    incoming.pipe(outgoing);
    outgoing.pipe(incoming);
  });
  return {
    server,
    close() {
      for (const socket of open) socket.destroy();
      return closeServer(server);
    },
  };
}

function listen(server: net.Server, portOrPath: number | string, host?: string): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const done = () => resolve(server);
    if (typeof portOrPath === 'string') server.listen(portOrPath, done);
    else server.listen(portOrPath, host, done);
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
}

async function freePort(): Promise<number> {
  const server = await listen(net.createServer(), 0, '127.0.0.1');
  const { port } = server.address() as net.AddressInfo;
  await closeServer(server);
  return port;
}
