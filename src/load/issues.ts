// Turning zod's verdict into problems a trainer can act on: a stable code, the place in the file,
// and a sentence that says what was expected. Zod reports unions as "none of the alternatives
// matched"; that is useless to a person, so unions are re-judged by the alternative the data was
// evidently meant for (the action named by the item's key, the map form when a map was written).
import * as z from 'zod';
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { problemIn, pathText, type DataPath } from './locate.js';
import { ACTION_KINDS, ACTION_SCHEMAS, actionItem } from './schema/actions.js';
import { ENV_NAME, JOURNEY_ID } from './schema/journey.js';
import { LOCATOR_BASES } from './schema/locator.js';
import { allowedKeys, branchFor, describeSchema, describeValue, schemaAt, unwrap, valueAt, type Resolver } from './schema-walk.js';
import { didYouMean } from './suggest.js';
import type { SourceFile } from './yaml-source.js';

type Issue = z.core.$ZodIssue;

/** Every problem zod finds in `data` against `schema`, placed in `src`. */
export function schemaProblems(schema: z.ZodType, data: unknown, src: SourceFile): Problem[] {
  return new Judge(src).check(schema, data, []);
}

const actionUnion = unwrap(actionItem);

/** A map schema that finds an element (click's value, fill's value, a mask, ...). */
function isLocatorLike(s: z.ZodType | undefined): boolean {
  const u = s && unwrap(s);
  return u instanceof z.ZodObject && 'role' in u.shape && 'css' in u.shape;
}

/** What a regular expression in the schema means, in words. */
function patternWords(pattern: string | undefined): string {
  if (pattern === String(JOURNEY_ID)) return 'lowercase letters, digits and dashes (e.g. register-patient)';
  if (pattern === String(ENV_NAME)) return 'lowercase letters, digits and dashes (e.g. live-south)';
  if (pattern?.includes('wss?')) return 'a ws:// or wss:// address';
  if (pattern?.includes('dgimsuvy')) return 'regular expression flags (d g i m s u v y)';
  if (pattern?.includes('A-Za-z_')) return 'letters, digits, _ and - (starting with a letter)';
  return `text matching ${pattern ?? 'the expected pattern'}`;
}

const last = (p: DataPath) => String(p[p.length - 1] ?? 'file');
const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((s, k) => s === b[k]);

class Judge implements Resolver {
  constructor(private readonly src: SourceFile) {}

  pickByKey(u: z.ZodUnion, value: unknown): z.ZodType | undefined {
    if (u !== actionUnion || value === null || typeof value !== 'object') return undefined;
    const kind = ACTION_KINDS.find((k) => k in (value as object));
    return kind ? z.strictObject({ [kind]: ACTION_SCHEMAS[kind] }) : undefined;
  }

  check(schema: z.ZodType, value: unknown, at: DataPath): Problem[] {
    const r = schema.safeParse(value);
    if (r.success) return [];
    // A map with a misspelt key is judged on its keys first: "unknown key 'lable' (did you mean
    // 'label'?)" says it all, and "this locator does not say how to find the element" would be an echo.
    const misspelt = r.error.issues.filter((i) => i.code === 'unrecognized_keys').map((i) => i.path);
    const sameMap = (p: readonly PropertyKey[], m: readonly PropertyKey[]) => (p.length === m.length || p.length === m.length + 1) && m.every((seg, k) => p[k] === seg);
    const echo = (i: Issue) => i.code === 'custom' && misspelt.some((m) => sameMap(i.path, m));
    // `actionTimeoutMs: 1e308` breaks both the int's safe range and the schema's own maximum: one
    // problem, naming the bound the trainer can act on (the tighter one), not two.
    const bound = (i: Issue) => (i.code === 'too_big' ? Number(i.maximum) : i.code === 'too_small' ? -Number(i.minimum) : undefined);
    const looser = (i: Issue) => {
      const b = bound(i);
      return b !== undefined && r.error.issues.some((j) => j !== i && j.code === i.code && samePath(i.path, j.path) && bound(j)! < b);
    };
    return r.error.issues.filter((i) => !echo(i) && !looser(i)).flatMap((i) => this.fromIssue(i, schema, value, at));
  }

  private fromIssue(issue: Issue, schema: z.ZodType, value: unknown, at: DataPath): Problem[] {
    const rel = issue.path as PropertyKey[];
    const path = [...at, ...rel];
    const raw = valueAt(value, rel);
    const here = () => schemaAt(schema, value, rel, this);
    const p = (code: string, message: string, opts: { at?: 'key' | 'value'; hint?: string } = {}) => problemIn(this.src, path, code, message, opts);

    switch (issue.code) {
      case 'invalid_union': {
        const s = here();
        const u = s && unwrap(s);
        if (u === actionUnion) return this.actionItem(raw, path);
        if (raw === undefined) {
          return [problemIn(this.src, path.slice(0, -1), CODES.missing, `missing '${last(path)}' in ${pathText(path.slice(0, -1))}: expected ${s ? describeSchema(s) : 'a value'}`)];
        }
        const branch = u instanceof z.ZodUnion ? branchFor(u, raw) : undefined;
        if (branch) return this.check(branch, raw, path);
        return [p(CODES.type, `'${last(path)}' should be ${s ? describeSchema(s) : 'something else'}, not ${describeValue(raw)}`)];
      }
      case 'unrecognized_keys': {
        const allowed = allowedKeys(here());
        return issue.keys.map((k) => {
          const hint = didYouMean(k, allowed);
          const msg = `unknown key '${k}' in ${pathText(path)}` + (hint ? '' : `; expected one of: ${allowed.join(', ')}`);
          return problemIn(this.src, [...path, k], CODES.unknownKey, msg, { at: 'key', hint });
        });
      }
      case 'invalid_type': {
        const s = here();
        if (raw === undefined) {
          const code = isLocatorLike(s) ? CODES.locator : CODES.missing;
          return [problemIn(this.src, path.slice(0, -1), code, `missing '${last(path)}' in ${pathText(path.slice(0, -1))}: expected ${s ? describeSchema(s) : 'a value'}`)];
        }
        if (raw === null && isLocatorLike(s)) {
          return [p(CODES.locator, `'${last(path)}' needs a locator: one of ${LOCATOR_BASES.join(', ')} (e.g. { role: button, name: Save })`, { at: 'key' })];
        }
        if (path.length === 0) return [p(CODES.type, `expected a YAML map of keys at the top of the file, not ${describeValue(raw)}`)];
        return [p(CODES.type, `'${last(path)}' should be ${s ? describeSchema(s) : issue.expected}, not ${describeValue(raw)}`, { at: raw === null ? 'key' : 'value' })];
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        const hint = didYouMean(String(raw), values);
        if (last(path) === 'role') return [p(CODES.unknownRole, `'${String(raw)}' is not an ARIA role (button, link, textbox, combobox, checkbox, menuitem, tab, heading, ...)`, { hint })];
        return [p(CODES.value, `'${last(path)}' must be one of ${values.join(', ')}, not '${String(raw)}'`, { hint })];
      }
      case 'invalid_key': {
        const pattern = issue.issues.find((i) => i.code === 'invalid_format')?.pattern;
        return [p(CODES.value, `'${last(path)}' is not a valid name here: use ${patternWords(pattern)}`, { at: 'key' })];
      }
      case 'invalid_format':
        return [p(CODES.value, `'${last(path)}' should be ${issue.format === 'regex' ? patternWords(issue.pattern) : issue.format}`)];
      case 'too_small':
      case 'too_big': {
        const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const lo = issue.code === 'too_small';
        const what =
          issue.origin === 'array' ? `${lo ? 'at least' : 'at most'} ${n} item${n === 1 ? '' : 's'}`
          : issue.origin === 'string' ? (lo && n === 1 ? 'not empty' : `${lo ? 'at least' : 'at most'} ${n} characters`)
          : `${lo ? 'at least' : 'at most'} ${n}`;
        return [p(CODES.value, `'${last(path)}' must be ${what}`)];
      }
      case 'custom': {
        const code = (issue.params as { code?: string } | undefined)?.code ?? CODES.value;
        return [p(code, issue.message, { at: 'key' })];
      }
      default:
        return [p(CODES.value, `'${last(path)}': ${issue.message}`)];
    }
  }

  /** One `- action: ...` list item, judged by its key. */
  private actionItem(raw: unknown, path: DataPath): Problem[] {
    const shape = 'one action per list item, e.g. `- click: { role: button, name: Save }`';
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      const hint = typeof raw === 'string' ? didYouMean(raw, ACTION_KINDS) : undefined;
      return [problemIn(this.src, path, CODES.type, `an action should be a map with one key: ${shape}`, { hint })];
    }
    const keys = Object.keys(raw);
    const known = keys.filter((k) => (ACTION_KINDS as string[]).includes(k));
    if (keys.length === 0) return [problemIn(this.src, path, CODES.actionKeys, `empty action: ${shape}`)];
    if (known.length === 0) {
      const k = keys[0]!;
      return [problemIn(this.src, [...path, k], CODES.unknownAction, `unknown action '${k}'; expected one of ${ACTION_KINDS.join(', ')}`, { at: 'key', hint: didYouMean(k, ACTION_KINDS) })];
    }
    const out: Problem[] = [];
    if (known.length > 1) {
      out.push(problemIn(this.src, [...path, known[1]!], CODES.actionKeys, `'${known[0]}' and '${known[1]}' are in one list item; start each action with its own '- '`, { at: 'key' }));
    }
    for (const k of keys.filter((k) => !known.includes(k))) {
      // Usually a key that belongs to the action but lost its indentation: "- click:\n  role: button".
      const belongs = (LOCATOR_BASES as readonly string[]).includes(k) || ['name', 'value', 'option', 'exact', 'nth', 'within', 'frame'].includes(k);
      const hint = didYouMean(k, ACTION_KINDS) ?? (belongs ? `indent it under '${known[0]}', or write { ${k}: ... } after it` : undefined);
      out.push(problemIn(this.src, [...path, k], CODES.unknownKey, `'${k}' is not an action; ${shape}`, { at: 'key', hint }));
    }
    for (const k of known) out.push(...this.check(ACTION_SCHEMAS[k as keyof typeof ACTION_SCHEMAS], (raw as Record<string, unknown>)[k], [...path, k]));
    return out;
  }
}
