// JSON Schemas for editors (yaml-language-server): generated from the same zod schemas that
// validate, so completion and checking while typing can never disagree with `parity validate`.
// Draft-07, because that is the draft editor plugins understand best.
import * as z from 'zod';
import { configSchema } from './schema/config.js';
import { journeySchema } from './schema/journey.js';

export const SCHEMA_FILES = { config: 'config.schema.json', journey: 'journey.schema.json' } as const;

function toJson(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export function configJsonSchema(): Record<string, unknown> {
  return toJson(configSchema);
}

export function journeyJsonSchema(): Record<string, unknown> {
  return toJson(journeySchema);
}

/** The text of a schema file as committed in schema/ (stable key order, trailing newline). */
export function schemaFileText(kind: keyof typeof SCHEMA_FILES): string {
  return JSON.stringify(kind === 'config' ? configJsonSchema() : journeyJsonSchema(), null, 2) + '\n';
}
