// Worker thread entry: builds one half of a search index off the main thread (index-builder.ts keeps two of these
// and builds both halves at once), so a large publish never stalls customers' requests. Plain JavaScript so it starts
// the same under tsx, node and Jest: in the compiled build (dist/) it loads the compiled build task beside it; in the
// source tree it registers tsx to load the TypeScript. The half's arrays are transferred, not copied, to the main thread.
'use strict';
const { existsSync, readlinkSync } = require('node:fs');
const path = require('node:path');
const { setPriority } = require('node:os');
const { parentPort } = require('node:worker_threads');

const compiled = path.join(__dirname, 'build-task.js');
if (!existsSync(compiled)) require('tsx/cjs');
const { buildHalf } = require(existsSync(compiled) ? compiled : './build-task.ts');

// Customers come first: this thread builds at a lower CPU priority than the thread that answers them, so two builds
// and the server on a two-core machine never leave a request waiting on the scheduler. Linux gives each thread its
// own priority (its id is in /proc/thread-self); elsewhere the build keeps the normal priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // Not Linux, or not permitted: nothing to do.
}

// A build's articles arrive a chunk at a time ({ id, articles }), then its request ({ id, request }).
const articlesOf = new Map();

parentPort.on('message', ({ id, articles, request }) => {
  if (articles) {
    const received = articlesOf.get(id) || [];
    for (const article of articles) received.push(article);
    articlesOf.set(id, received);
    return;
  }
  const received = articlesOf.get(id) || [];
  articlesOf.delete(id);
  try {
    const { message, transfer } = buildHalf({ ...request, articles: received });
    parentPort.postMessage({ id, ok: true, built: message }, transfer);
  } catch (err) {
    parentPort.postMessage({ id, ok: false, message: err && err.stack ? err.stack : String(err) });
  }
});
