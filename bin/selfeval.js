#!/usr/bin/env node
'use strict';
// The CLI is compiled to build/ by `npm install` (prepare) or `npm run build:cli`.
const { main } = require('../build/cli/main.js');

// `selfeval … | head`: a reader that closed the pipe early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode || 0);
  });
}

/** Resolves once everything written to the stream has been handed to the system. */
function drained(stream) {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** One zh-CN line, never a stack trace. */
function fail(err) {
  const why = err && err.message ? err.message : String(err);
  process.stderr.write(`selfeval：意外错误（${why}）\n`);
  process.exitCode = 2;
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  }, fail)
  // Exit only when stdout and stderr are drained: a pipe into jq gets the whole document.
  .then(() => Promise.all([drained(process.stdout), drained(process.stderr)]))
  .then(() => process.exit(process.exitCode));
