#!/usr/bin/env node
// Thin launcher: everything lives in main(argv, io) so tests drive the CLI in-process.
import { main, processIo } from '../dist/cli/main.js';
process.exitCode = await main(process.argv.slice(2), processIo());
