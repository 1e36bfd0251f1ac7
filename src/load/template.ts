// ${vars.X}, ${env.X} and ${secret.X} in journey and config values, and the values a run makes
// fresh: ${run.id}, ${gen.nhsNumber}, ${gen.name}, ${gen.id} and ${date.today…} (generated.ts).
// Two moments: at load time the templates are only checked (well formed; every vars name defined),
// because env and secret values belong to the machine that runs; at run time resolveTemplate()
// fills them in and hands every secret value it used to the caller, which scrubs them from
// anything it writes. `$${` is a literal `${`.
import { InputError } from '../util/errors.js';
import { CODES } from './codes.js';
import { evalDate, GEN_KINDS, generate, parseDateExpr, type DateExpr, type GeneratedValue, type GenKind, type GenScope } from './generated.js';

export type TemplateSource = 'vars' | 'env' | 'secret' | 'run' | 'gen' | 'date';

export interface TemplateRef {
  source: TemplateSource;
  /** The var or variable name; for gen the kind, for run 'id', for date the anchor. */
  name: string;
  /** Index of the `${` in the text, and the reference as written. */
  index: number;
  raw: string;
  /** ${gen.name.mother}: several values of one kind in one journey. */
  label?: string;
  date?: DateExpr;
}

export interface TemplateError { index: number; raw: string; message: string }

const REF = /^(vars|env|secret)\.([A-Za-z_][A-Za-z0-9_-]*)$/;
const GEN = /^gen\.([A-Za-z]+)(?:\.([A-Za-z0-9_-]+))?$/;
const TEMPLATES = '${vars.NAME}, ${env.NAME}, ${secret.NAME}, ${run.id}, ${gen.nhsNumber}, ${gen.name}, ${gen.id} or ${date.today}';

/** The reference inside `${…}`, or why it is not one. */
function parseRef(inner: string, index: number, raw: string): TemplateRef | string {
  const m = REF.exec(inner);
  if (m) return { source: m[1] as TemplateSource, name: m[2]!, index, raw };
  if (inner === 'run.id') return { source: 'run', name: 'id', index, raw };
  if (inner.startsWith('run.')) return `'${raw}' is not a run value; the run gives \${run.id}`;
  const g = GEN.exec(inner);
  if (g) {
    if (!(GEN_KINDS as readonly string[]).includes(g[1]!)) return `'${raw}' is not a generated value; use ${GEN_KINDS.map((k) => `\${gen.${k}}`).join(', ')}`;
    return { source: 'gen', name: g[1]!, index, raw, ...(g[2] ? { label: g[2] } : {}) };
  }
  if (inner.startsWith('gen.')) return `'${raw}' is not a generated value; use ${GEN_KINDS.map((k) => `\${gen.${k}}`).join(', ')}, with a label after a dot for several (\${gen.name.mother})`;
  if (inner.startsWith('date.')) {
    const d = parseDateExpr(inner.slice(5));
    if ('error' in d) return `'${raw}': ${d.error}`;
    return { source: 'date', name: d.anchor, index, raw, date: d };
  }
  return `'${raw}' is not a template; use ${TEMPLATES} (write $\${ for a literal \${)`;
}

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
    const ref = parseRef(text.slice(i + 2, end).trim(), i, raw);
    if (typeof ref === 'string') {
      errors.push({ index: i, raw, message: ref });
      lit += raw;
    } else {
      if (lit) parts.push(lit);
      lit = '';
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
  /** For ${run.*}, ${gen.*} and ${date.*}: the run, the journey and the environment's today.
   *  Every value made is added to `made` (by reference), for journey.json and the captures. */
  gen?: GenScope & { made?: Map<string, GeneratedValue> };
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
    if (part.source === 'run' || part.source === 'gen' || part.source === 'date') {
      if (!ctx.gen) throw new InputError([{ code: CODES.template, message: `${part.raw}: generated values are filled in only while a run is going` }]);
      out += generatedValue(part, ctx.gen);
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

function generatedValue(ref: TemplateRef, g: NonNullable<TemplateContext['gen']>): string {
  if (ref.source === 'date') return evalDate(ref.date!, g.today);
  const key = ref.source === 'run' ? 'run.id' : `gen.${ref.name}${ref.label ? `.${ref.label}` : ''}`;
  const value = ref.source === 'run' ? g.runId : generate(ref.name as GenKind, ref.label ?? '', g);
  g.made?.set(key, { ref: key, kind: ref.source === 'run' ? 'runId' : (ref.name as GenKind), value });
  return value;
}

/** Replaces every secret value in `text` with a mask; longest first so overlapping secrets leave nothing. */
export function scrubSecrets(text: string, secrets: Iterable<string>, mask = '•••'): string {
  let out = text;
  for (const s of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) out = out.split(s).join(mask);
  return out;
}

/**
 * The names of every ${secret.X} anywhere in `value` (strings of a tree of journeys, config parts),
 * read the way resolveTemplate reads them: `${ secret.X }` with spaces is the same reference, and a
 * text search for '${secret.' would miss it.
 */
export function secretNamesIn(value: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.includes('${')) for (const r of scanTemplate(v).refs) if (r.source === 'secret') out.add(r.name);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}
