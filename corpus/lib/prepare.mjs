// Makes one pair ready to run: its two releases installed from npm by the pinned lockfile, each
// side's site built (when the pair has build.mjs) and served on loopback.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveSide } from './serve.mjs';

/** npm ci in the pair's folder, unless node_modules already holds what the lockfile says. */
export function installPair(pairDir) {
  const lock = join(pairDir, 'package-lock.json');
  if (!existsSync(lock)) throw new Error(`${lock}: missing; run npm install in ${pairDir} once and commit the lockfile`);
  const stamp = join(pairDir, 'node_modules', '.package-lock.json');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: pairDir, stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function preparePair(pairDir, buildRoot) {
  installPair(pairDir);
  const meta = JSON.parse(readFileSync(join(pairDir, 'pair.json'), 'utf8'));
  const modulesDir = join(pairDir, 'node_modules');
  const buildFile = join(pairDir, 'build.mjs');
  const build = existsSync(buildFile) ? (await import(pathToFileURL(buildFile).href)).default : undefined;
  const servers = {};
  const urls = {};
  try {
    for (const side of ['old', 'new']) {
      let siteDir = join(pairDir, side);
      if (build) {
        siteDir = join(buildRoot, side);
        rmSync(siteDir, { recursive: true, force: true });
        mkdirSync(siteDir, { recursive: true });
        await build({ side, pairDir, outDir: siteDir, libDir: join(modulesDir, `lib-${side}`) });
      }
      servers[side] = await serveSide({ siteDir, modulesDir });
      urls[side] = servers[side].url;
    }
  } catch (e) {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    throw e;
  }
  return {
    title: meta.title, releases: meta.releases, config: meta.config, urls, servers,
    close: () => Promise.all(Object.values(servers).map((s) => s.close())),
  };
}
