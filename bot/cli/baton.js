#!/usr/bin/env node
// The package's `baton` bin: registers tsx so the TypeScript CLI runs without a build step, then runs it.
'use strict';
process.env.DOTENV_CONFIG_QUIET = 'true';
require('tsx/cjs');
const { run, processIo } = require('./main.ts');

run(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
