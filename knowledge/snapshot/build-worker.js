// Worker thread entry: builds a search index off the main thread so a large publish never stalls customers' requests.
// Plain JavaScript so it starts the same under tsx, node and Jest; it registers tsx to load the TypeScript sources.
// The snapshot's bytes are transferred, not copied, to the main thread, which loads them in slices.
'use strict';
require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
const { buildSnapshotBytes } = require('./build-task.ts');

try {
  const bytes = buildSnapshotBytes(workerData);
  parentPort.postMessage({ ok: true, bytes }, [bytes.buffer]);
} catch (err) {
  parentPort.postMessage({ ok: false, message: err && err.stack ? err.stack : String(err) });
}
