#!/usr/bin/env node
// npm run demo: the example suite through the training domain and every simulated live variant.
// `parity run` starts the simulators itself (the `sim:` environments in parity.config.yaml),
// captures, compares and writes every report; then one trainer's handout per live variant.
// Exits 0 when the demo ran as designed: every environment answered and the reports exist.
// (Divergences are the point of the demo, so finding them is success here, not exit 1.)
import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main, processIo } from '../dist/cli/main.js';

const io = processIo();
const out = join('parity-runs', 'demo');
const started = Date.now();
console.log('Parity demo: the example suite through train, live-south, live-london and live-shared (simulated).\n');

rmSync(out, { recursive: true, force: true });
const code = await main(['run', '--out', out, '--trace', 'on-failure'], io);
if (code !== 0 && code !== 1) {
  console.error(`\nparity demo: parity run exited ${code}; see the messages above.`);
  process.exit(code);
}
for (const env of ['live-south', 'live-london', 'live-shared']) {
  const c = await main(['handout', out, '--env', env, '--pdf'], io);
  if (c !== 0) console.error(`parity demo: the handout for ${env} exited ${c}`);
}
const report = join(out, 'report', 'index.html');
if (!existsSync(report)) {
  console.error('parity demo: the HTML report was not written');
  process.exit(3);
}
console.log(`\nDemo finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`Open the report:    ${join(process.cwd(), report)}`);
console.log(`Trainer handouts:   ${relative(process.cwd(), join(out, 'report'))}/handout-<env>.html (and .pdf)`);
console.log(`JUnit for CI:       ${relative(process.cwd(), join(out, 'report', 'junit.xml'))}`);
