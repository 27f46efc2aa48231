#!/usr/bin/env node
// The command-line entry: runs the compiled CLI (npm run build:cli writes lib/).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'lib', 'src', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('fupan: the command is not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
