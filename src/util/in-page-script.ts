// Scripts that run in a browser page (the page model, the settle watcher, the report viewer, the
// simulator's client) live as real .js files in an in-page/ folder beside the module that ships them,
// so a compiler checks them (tsconfig.browser.json) while no build tool rewrites them: the page gets
// the file's text exactly as written. The build copies in-page/ folders into dist/ unchanged.
import { readFileSync } from 'node:fs';

/**
 * The text of an in-page script, `path` relative to src/ (or dist/, beside the compiled modules).
 * Resolved here, inside a function, rather than by each caller from its own import.meta at load
 * time: Playwright Test compiles a linked package's modules (parity/test in a workspace) as
 * CommonJS, where a top-level import.meta stops the module loading at all.
 */
export function inPageScript(path: string): string {
  return readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
}
