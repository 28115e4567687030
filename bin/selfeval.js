#!/usr/bin/env node
'use strict';
// The CLI is compiled to build/ by `npm install` (prepare) or `npm run build:cli`.
require('../build/cli/entry.js').runProcess(process.argv.slice(2));
