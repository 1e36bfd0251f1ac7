// Static copies of simulator screens, for measuring Parity against peers that know nothing of
// journeys or sign-in: each page is fetched once from a signed-in simulator and written as a plain
// file with its assets, then served on loopback by the corpus's static server (GET and HEAD only).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSim } from '../dist/sim/index.js';
import { serveSide } from '../corpus/lib/serve.mjs';

const ASSETS = ['/assets/app.css', '/assets/app.js'];

/** Writes `pages` of one simulator variant under dir (/home as home/index.html, so /home serves it). */
export async function snapshotVariant(variant, pages, dir) {
  const sim = await startSim({ variant });
  try {
    const login = await fetch(`${sim.url}/login`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=trainer1&password=training',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    if (!cookie) throw new Error(`simulator ${variant}: sign-in gave no session`);
    for (const p of [...pages, ...ASSETS]) {
      const res = await fetch(sim.url + p, { headers: { cookie } });
      if (!res.ok) throw new Error(`simulator ${variant}: ${p} answered ${res.status}`);
      const file = ASSETS.includes(p) ? join(dir, p) : join(dir, p, 'index.html');
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    }
  } finally {
    await sim.close();
  }
}

/** Static copies of `pages` for each variant, served on loopback: { [variant]: { url, close } }. */
export async function serveStatic(variants, pages, root) {
  const out = {};
  for (const v of variants) {
    const dir = join(root, v);
    await snapshotVariant(v, pages, dir);
    out[v] = await serveSide({ siteDir: dir, modulesDir: join(root, '.none') });
  }
  return out;
}
