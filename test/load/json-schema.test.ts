// The JSON Schemas in schema/ are generated from the zod schemas that validate; they must not drift.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { configJsonSchema, journeyJsonSchema, schemaFileText } from '../../src/load/index.js';

describe('JSON Schema', () => {
  test('the committed schema files are what the code generates (regenerate with: parity schema --out schema)', () => {
    expect(readFileSync('schema/config.schema.json', 'utf8')).toBe(schemaFileText('config'));
    expect(readFileSync('schema/journey.schema.json', 'utf8')).toBe(schemaFileText('journey'));
  });

  test('journey schema: draft-07, strict maps, one alternative per action, locators shared', () => {
    const s = journeyJsonSchema() as { $schema: string; additionalProperties: boolean; required: string[]; definitions: Record<string, { anyOf?: { properties: object }[]; properties?: object }> };
    expect(s.$schema).toContain('draft-07');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['journey', 'steps']);
    const actions = s.definitions.Action!.anyOf!.map((a) => Object.keys(a.properties));
    expect(actions).toEqual([['goto'], ['click'], ['fill'], ['type'], ['select'], ['check'], ['uncheck'], ['press'], ['hover'], ['wait'], ['expect']]);
    expect(Object.keys(s.definitions.Locator!.properties!)).toEqual(['role', 'name', 'label', 'text', 'placeholder', 'testId', 'css', 'exact', 'nth', 'within', 'frame']);
  });

  test('config schema names every top-level key of the format', () => {
    const s = configJsonSchema() as { properties: object; required: string[] };
    expect(Object.keys(s.properties)).toEqual([
      'reference', 'environments', 'specs', 'baselines', 'acceptances', 'viewport', 'locale', 'timezone', 'concurrency',
      'masks', 'normalise', 'redact', 'visual', 'failOn', 'browser', 'capture', 'vars',
    ]);
    expect(s.required).toEqual(['reference', 'environments']);
  });
});
