#!/usr/bin/env node
'use strict';
// The CLI is compiled to build/ by `npm install` (prepare) or `npm run build:cli`.
const { main } = require('../build/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`selfeval: ${err && err.stack ? err.stack : err}\n`);
    process.exit(2);
  },
);
