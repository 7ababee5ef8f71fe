#!/usr/bin/env node
// Runs the bundled CLI; builds it first when run from a fresh checkout.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  const { execFileSync } = require('node:child_process');
  process.stderr.write('infra-factcheck: building the CLI (first run)…\n');
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { cwd: path.join(__dirname, '..'), stdio: ['ignore', 'ignore', 'inherit'] });
}
process.exitCode = require(cli).main(process.argv.slice(2));
