// The variants by name: each is the base build with its file's overrides merged on top.
// Objects merge key by key; arrays (code lists, field order, report columns) replace whole,
// because a code list is a unit: a variant that adds "Soon" spells out its whole list.
import { InputError } from '../../util/errors.js';
import { BASE } from './base.js';
import { TRAIN } from './train.js';
import { LIVE_SOUTH } from './live-south.js';
import { LIVE_LONDON } from './live-london.js';
import { LIVE_SHARED } from './live-shared.js';
import type { PlantedDifference, VariantConfig, VariantFile, VariantInfo } from './types.js';
import { editDistance } from '../../util/edit-distance.js';
import type { SimCode } from '../codes.js';

const FILES: readonly VariantFile[] = [TRAIN, LIVE_SOUTH, LIVE_LONDON, LIVE_SHARED];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A new object: `over` merged onto `base`; neither is modified. */
export function mergeDeep<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = k in out ? mergeDeep(out[k], v) : v;
  }
  return out as T;
}

const CONFIGS = new Map<string, VariantConfig>(
  FILES.map((f) => [f.overrides.name, mergeDeep(BASE, f.overrides)]),
);

export function variantNames(): string[] {
  return FILES.map((f) => f.overrides.name);
}

/** The merged configuration of a variant; an InputError with a did-you-mean for an unknown name. */
export function variantConfig(name: string): VariantConfig {
  const cfg = CONFIGS.get(name);
  if (cfg) return cfg;
  const names = variantNames();
  const near = closest(name, names);
  throw new InputError([{
    code: 'SIM_UNKNOWN_VARIANT' satisfies SimCode,
    message: `unknown simulator variant '${name}'; the variants are ${names.join(', ')}`,
    ...(near ? { hint: `did you mean '${near}'?` } : {}),
  }]);
}

export function listVariants(): VariantInfo[] {
  return FILES.map((f) => ({
    name: f.overrides.name,
    label: f.overrides.label,
    description: f.overrides.description,
    differences: f.planted.map((p) => ({ ...p, variant: f.overrides.name })),
  }));
}

/** Every planted difference of every variant, in variant order. */
export function plantedDifferences(): PlantedDifference[] {
  return listVariants().flatMap((v) => v.differences);
}

/** The nearest name within a third of its length (or a name containing the input), else undefined. */
export function closest(input: string, names: string[]): string | undefined {
  const lower = input.toLowerCase();
  const contained = names.find((n) => n.includes(lower) || lower.includes(n));
  if (contained && lower.length >= 3) return contained;
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = editDistance(lower, n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.ceil(best.length / 3)) ? best : undefined;
}
