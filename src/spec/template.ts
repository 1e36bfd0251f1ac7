// ${vars.X}, ${env.X} and ${secret.X} in journey and config values.
// Two moments: at load time the templates are only checked (well formed; every vars name defined),
// because env and secret values belong to the machine that runs; at run time resolveTemplate()
// fills them in and hands every secret value it used to the caller, which scrubs them from
// anything it writes. `$${` is a literal `${`.
import { InputError } from '../util/errors.js';
import { CODES } from './codes.js';

export type TemplateSource = 'vars' | 'env' | 'secret';

export interface TemplateRef {
  source: TemplateSource;
  name: string;
  /** Index of the `${` in the text, and the reference as written. */
  index: number;
  raw: string;
}

export interface TemplateError { index: number; raw: string; message: string }

const REF = /^(vars|env|secret)\.([A-Za-z_][A-Za-z0-9_-]*)$/;

export interface Scanned { refs: TemplateRef[]; errors: TemplateError[]; parts: (string | TemplateRef)[] }

/** Splits text into literal parts and references; malformed references become errors. */
export function scanTemplate(text: string): Scanned {
  const refs: TemplateRef[] = [];
  const errors: TemplateError[] = [];
  const parts: (string | TemplateRef)[] = [];
  let lit = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      lit += '${';
      i += 3;
      continue;
    }
    if (!text.startsWith('${', i)) {
      lit += text[i];
      i++;
      continue;
    }
    const end = text.indexOf('}', i + 2);
    if (end < 0) {
      errors.push({ index: i, raw: text.slice(i), message: `'${text.slice(i, i + 30)}' has no closing '}'` });
      lit += text.slice(i);
      break;
    }
    const raw = text.slice(i, end + 1);
    const m = REF.exec(text.slice(i + 2, end).trim());
    if (!m) {
      errors.push({ index: i, raw, message: `'${raw}' is not a template; use \${vars.NAME}, \${env.NAME} or \${secret.NAME} (write $\${ for a literal \${)` });
      lit += raw;
    } else {
      if (lit) parts.push(lit);
      lit = '';
      const ref: TemplateRef = { source: m[1] as TemplateSource, name: m[2]!, index: i, raw };
      refs.push(ref);
      parts.push(ref);
    }
    i = end + 1;
  }
  if (lit) parts.push(lit);
  return { refs, errors, parts };
}

export interface TemplateContext {
  /** The environment's effective vars (config vars overlaid with the environment's own). */
  vars: Record<string, string>;
  env: NodeJS.ProcessEnv;
}

/**
 * Fills in a value at run time. Every secret value resolved is added to `secrets`.
 * Throws InputError SPEC_UNSET_ENV for an unset env/secret variable, SPEC_UNDEFINED_VAR for an
 * unknown var, SPEC_TEMPLATE for a malformed reference (load-time validation normally catches both).
 */
export function resolveTemplate(text: string, ctx: TemplateContext, secrets: Set<string>): string {
  if (!text.includes('${')) return text;
  const { parts, errors } = scanTemplate(text);
  if (errors.length) throw new InputError(errors.map((e) => ({ code: CODES.template, message: e.message })));
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    if (part.source === 'vars') {
      const v = Object.hasOwn(ctx.vars, part.name) ? ctx.vars[part.name] : undefined;
      if (v === undefined) throw new InputError([{ code: CODES.undefinedVar, message: `${part.raw}: no var '${part.name}' in the config or this environment` }]);
      out += v;
      continue;
    }
    const v = ctx.env[part.name];
    if (v === undefined || v === '') {
      const what = part.source === 'secret' ? 'secret' : 'value';
      throw new InputError([{ code: CODES.unsetEnv, message: `${part.raw}: environment variable ${part.name} is not set; set it to the ${what} before running` }]);
    }
    if (part.source === 'secret') secrets.add(v);
    out += v;
  }
  return out;
}

/** Replaces every secret value in `text` with a mask; longest first so overlapping secrets leave nothing. */
export function scrubSecrets(text: string, secrets: Iterable<string>, mask = '•••'): string {
  let out = text;
  for (const s of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) out = out.split(s).join(mask);
  return out;
}
