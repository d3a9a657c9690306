#!/usr/bin/env node
// Compiled by `npm run build:cli` (run automatically by `npm install` through "prepare").
require('../build/src/cli/entry.js').cliMain();
