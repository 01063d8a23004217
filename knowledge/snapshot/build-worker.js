// Worker thread entry: builds a search index off the main thread so a large publish never stalls customers' requests.
// Plain JavaScript so it starts the same under tsx, node and Jest; it registers tsx to load the TypeScript sources.
'use strict';
require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
const { buildSerialized } = require('./build-task.ts');

try {
  parentPort.postMessage({ ok: true, serialized: buildSerialized(workerData) });
} catch (err) {
  parentPort.postMessage({ ok: false, message: err && err.stack ? err.stack : String(err) });
}
