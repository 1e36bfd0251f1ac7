// Scripts that run in a browser page (the page model, the settle watcher, the report viewer, the
// simulator's client) live as real .js files in an in-page/ folder beside the module that ships them,
// so a compiler checks them (tsconfig.browser.json) while no build tool rewrites them: the page gets
// the file's text exactly as written. The build copies in-page/ folders into dist/ unchanged.
import { readFileSync } from 'node:fs';

/** The text of an in-page script, `path` relative to the module at `from` (its import.meta.url). */
export function inPageScript(from: string, path: string): string {
  return readFileSync(new URL(path, from), 'utf8');
}
