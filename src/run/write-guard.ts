// LIVE is a hospital's production system. In an environment without `writes: allowed`, every request
// that could change data is refused before it leaves the machine (applied in net-policy.ts).
import type { EnvironmentConfig } from '../model/config.js';
import { urlMatches } from '../util/urls.js';

export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when this request must not reach the environment. */
export function isForbidden(env: Pick<EnvironmentConfig, 'writes' | 'blockUrls'>, method: string, url: string): boolean {
  if (env.writes === 'allowed') return false;
  if (!SAFE_METHODS.has(method.toUpperCase())) return true;
  return env.blockUrls.some((p) => urlMatches(url, p));
}
