#!/usr/bin/env node
// The package's `baton` bin. In the compiled build (dist/bot/cli/) it runs the compiled CLI beside it; in the source
// tree it registers tsx so the TypeScript CLI runs without a build step.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');
process.env.DOTENV_CONFIG_QUIET = 'true';
const compiled = path.join(__dirname, 'main.js');
if (!existsSync(compiled)) require('tsx/cjs');
const { run, processIo } = require(existsSync(compiled) ? compiled : './main.ts');

run(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
