// Load-time checks of ${...} templates: well formed, and every ${vars.X} defined for every
// environment the value will be used in. Env and secret values are not looked at here: they
// belong to the machine that runs, and a trainer validating on a laptop need not have them.
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { nodeAt, problemIn, type DataPath } from './locate.js';
import { closest } from './suggest.js';
import { scanTemplate, type TemplateRef } from './template.js';
import type { SourceFile } from './yaml-source.js';

/** Every string in a data tree with its path. */
export function* stringsIn(value: unknown, path: DataPath = []): Generator<[string, DataPath]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, [...path, i]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...path, k]);
}

/** Where the `${` is in the file: inside the scalar when it can be found as written there. */
function refOffset(src: SourceFile, path: DataPath, raw: string): number {
  const n = nodeAt(src, path).node;
  const [start, end] = n?.range ?? [0, 0];
  const i = src.text.slice(start, end).indexOf(raw);
  return i >= 0 ? start + i : start;
}

/**
 * For each var reference, `missingIn` says where it is undefined: [] when defined everywhere it is used,
 * else the environments that lack it (or ['*'] when there are no environments to ask).
 */
export interface VarScope {
  missingIn(name: string): string[];
  known(): string[];
}

export function checkTemplates(src: SourceFile, root: unknown, base: DataPath, scope: VarScope | undefined): Problem[] {
  const out: Problem[] = [];
  for (const [text, rel] of stringsIn(root)) {
    if (!text.includes('${')) continue;
    const path = [...base, ...rel];
    const { refs, errors } = scanTemplate(text);
    for (const e of errors) out.push(problemIn(src, path, CODES.template, e.message, { offset: refOffset(src, path, e.raw) }));
    if (!scope) continue;
    for (const ref of refs.filter((r): r is TemplateRef => r.source === 'vars')) {
      const missing = scope.missingIn(ref.name);
      if (missing.length === 0) continue;
      const where = missing.includes('*') ? 'in the config vars' : `in the config vars or the vars of environment ${missing.join(', ')}`;
      const hint = closest(ref.name, scope.known());
      out.push(
        problemIn(src, path, CODES.undefinedVar, `${ref.raw}: no var '${ref.name}' ${where}`, {
          offset: refOffset(src, path, ref.raw),
          hint: hint ? `did you mean '\${vars.${hint}}'?` : undefined,
        }),
      );
    }
  }
  return out;
}

