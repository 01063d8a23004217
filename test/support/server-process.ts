/**
 * Baton as a real process (`tsx bot/server.ts`, or the compiled `node dist/bot/server.js`), for tests that kill it,
 * check what `npm start` prints, or run the production build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Starts `bot/server.ts` as one process: node with tsx's loader. The `tsx` command runs the script in a child process
 * of its own, so a SIGKILL sent to it kills only the wrapper and leaves the server running: a kill -9 test would not
 * kill the server at all, and every run would leave one behind.
 */
export function spawnServer(env: Record<string, string>, entry: ServerEntry = SOURCE_ENTRY): ChildProcess {
  return spawn(process.execPath, entry.args, {
    cwd: entry.cwd ?? ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** How the server is started: node's arguments and the working directory (the checkout unless given). */
export interface ServerEntry {
  args: string[];
  cwd?: string;
}

/** `npm start`: the TypeScript sources through tsx's loader. */
export const SOURCE_ENTRY: ServerEntry = { args: ['--import', 'tsx', 'bot/server.ts'] };

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  output: () => string;
  /** Waits for the process to exit (after a signal). */
  exited: Promise<number | null>;
}

export async function startServerProcess(env: Record<string, string>, timeoutMs = 30_000, entry: ServerEntry = SOURCE_ENTRY): Promise<ServerProcess> {
  // The banner that says where the server listens is an info line: a lower level would hide it.
  const child = spawnServer({ PORT: '0', BATON_LOG_LEVEL: 'info', ...env }, entry);
  // Everything the server prints, for tests that check it. Appending is cheap (V8 joins the pieces only when read); the
  // server logs a line per request, so a soak piles up tens of megabytes here.
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      // Close our ends of the pipes, or they keep the test runner alive.
      child.stdout!.destroy();
      child.stderr!.destroy();
      resolve(code);
    }),
  );
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${output}`));
    }, timeoutMs);
    // The banner is looked for in what stdout printed since the start, and only until it is found: searching the whole
    // output on every chunk, for as long as the server runs, cost the bench client more CPU every second (at 100
    // requests a second, about 3 ms a chunk after one minute's request log and 25 ms after six), until the client could no longer
    // keep up and its measured latency grew with the run. It also stopped reading the server's stdout fast enough, and
    // the server writes its log synchronously: a full pipe stalls its event loop.
    let banner = '';
    const check = (chunk: Buffer | string) => {
      banner += chunk;
      const match = /Customer chat: +(http:\/\/localhost:\d+)\//.exec(banner);
      if (match) {
        child.stdout!.off('data', check);
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { child, origin, output: () => output, exited };
}
