// Finding the zod schema that judged a given place in the data. Issues say *where* something is
// wrong; to say what would be right ("did you mean 'label'?", "a locator like ...") the problem
// builder needs the schema at that place. Unions are resolved against the actual data, the way a
// person reads them: an object is judged by the object alternative, a number by the number one.
import * as z from 'zod';
import type { DataPath } from './locate.js';

/** Strips the wrappers that do not change what a value must look like. */
export function unwrap(s: z.ZodType): z.ZodType {
  let cur: z.ZodType = s;
  for (let i = 0; i < 20; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault || cur instanceof z.ZodLazy) {
      cur = cur.unwrap() as z.ZodType;
    } else if (cur instanceof z.ZodPipe) {
      cur = cur.in as z.ZodType;
    } else break;
  }
  return cur;
}

export type Kind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export function kindOf(v: unknown): Kind {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

/** The kind of value a schema accepts at its top (after unwrapping). */
export function schemaKind(s: z.ZodType): Kind | 'union' | 'other' {
  const u = unwrap(s);
  if (u instanceof z.ZodObject || u instanceof z.ZodRecord) return 'object';
  if (u instanceof z.ZodArray) return 'array';
  if (u instanceof z.ZodString || u instanceof z.ZodEnum) return 'string';
  if (u instanceof z.ZodNumber) return 'number';
  if (u instanceof z.ZodBoolean) return 'boolean';
  if (u instanceof z.ZodUnion) return 'union';
  return 'other';
}

/** The union alternative meant for a value of this kind, if exactly one fits. */
export function branchFor(u: z.ZodUnion, value: unknown): z.ZodType | undefined {
  const k = kindOf(value);
  const fits = (u.options as z.ZodType[]).filter((o) => schemaKind(o) === k);
  return fits.length === 1 ? fits[0] : undefined;
}

/** Human words for what a schema accepts: "text", "a list", "a map", "text or a map". */
export function describeSchema(s: z.ZodType): string {
  const u = unwrap(s);
  if (u instanceof z.ZodUnion) return [...new Set((u.options as z.ZodType[]).map(describeSchema))].join(' or ');
  if (u instanceof z.ZodEnum) return `one of ${(u.options as string[]).join(', ')}`;
  const k = schemaKind(u);
  return ({ object: 'a map', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false', null: 'nothing', union: 'a value', other: 'a value' } as const)[k];
}

export function describeValue(v: unknown): string {
  const k = kindOf(v);
  if (k === 'null') return 'nothing';
  if (k === 'string') return `text '${String(v).slice(0, 40)}'`;
  if (k === 'number' || k === 'boolean') return `${k === 'number' ? 'the number' : ''} ${String(v)}`.trim();
  return k === 'array' ? 'a list' : 'a map';
}

export interface Resolver {
  /** Chooses the alternative of a union of maps by its keys (the action list item). */
  pickByKey(u: z.ZodUnion, value: unknown): z.ZodType | undefined;
}

/** The schema at `path` below `root`, reading `value` (the data at root) to resolve unions. */
export function schemaAt(root: z.ZodType, value: unknown, path: DataPath, r?: Resolver): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  let v: unknown = value;
  for (const seg of path) {
    s = resolveUnion(s, v, r);
    if (!s) return undefined;
    const u = unwrap(s);
    if (u instanceof z.ZodObject) s = (u.shape as Record<string, z.ZodType>)[String(seg)];
    else if (u instanceof z.ZodArray) s = u.element as z.ZodType;
    else if (u instanceof z.ZodRecord) s = u.valueType as z.ZodType;
    else return undefined;
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
  }
  return s;
}

function resolveUnion(s: z.ZodType | undefined, v: unknown, r?: Resolver): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; cur && i < 5; i++) {
    const u = unwrap(cur);
    if (!(u instanceof z.ZodUnion)) return cur;
    cur = r?.pickByKey(u, v) ?? branchFor(u, v);
  }
  return cur;
}

/** Keys a map schema allows, for did-you-mean. */
export function allowedKeys(s: z.ZodType | undefined): string[] {
  if (!s) return [];
  const u = unwrap(s);
  return u instanceof z.ZodObject ? Object.keys(u.shape as object) : [];
}

/** The value at `path` inside `data`. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
  return v;
}
