// Reading a recording: strict JSON, with the offset of every value kept by its JSON path, so a
// problem can say file:line:col and `steps[4].selectors[0]`. Node's JSON.parse names no position
// for many mistakes (a trailing comma, say), so the few lines of a JSON reader are our own.
import { readFile, stat } from 'node:fs/promises';
import type { Problem } from '../util/errors.js';
import { decodeUtf8, problemAt } from '../load/yaml-source.js';
import { IMPORT_CODES } from './codes.js';

export type JsonPath = readonly (string | number)[];

/** A Recorder export is some kilobytes; anything this large is not one. */
export const MAX_RECORDING_BYTES = 5 * 1024 * 1024;

export interface JsonSource {
  file: string; // as shown in messages
  text: string;
  data: unknown;
  /** Offset of the value at a path ("steps", 3, "selectors"); of the nearest parent when absent. */
  offsetOf(path: JsonPath): number;
}

/** "steps[3].selectors[0]": the JSON path as messages write it. */
export function jsonPathText(path: JsonPath): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? (s ? `.${seg}` : seg) : `[${JSON.stringify(seg)}]`;
  return s || '(the whole file)';
}

/** A problem at the value a JSON path names, with line, column and caret. */
export function problemAtPath(src: JsonSource, path: JsonPath, code: string, message: string, hint?: string): Problem {
  return problemAt(src.file, src.text, src.offsetOf(path), code, path.length ? `${jsonPathText(path)}: ${message}` : message, hint);
}

export async function readJsonSource(abs: string, file: string): Promise<{ source?: JsonSource; problems: Problem[] }> {
  const st = await stat(abs).catch(() => undefined);
  if (!st?.isFile()) return { problems: [{ code: IMPORT_CODES.notFound, message: st ? 'not a file' : 'no such file', file }] };
  if (st.size > MAX_RECORDING_BYTES) return { problems: [{ code: IMPORT_CODES.tooLarge, message: `file is ${(st.size / 1048576).toFixed(1)} MB; a recording may be at most 5 MB`, file }] };
  const decoded = decodeUtf8(await readFile(abs), file, IMPORT_CODES.encoding, 'export the recording again');
  return 'problem' in decoded ? { problems: [decoded.problem] } : parseJsonText(decoded.text, file);
}

export function parseJsonText(raw: string, file: string): { source?: JsonSource; problems: Problem[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const offsets = new Map<string, number>();
  try {
    const data = new Reader(text, offsets).document();
    const offsetOf = (path: JsonPath) => {
      for (let n = path.length; n >= 0; n--) {
        const o = offsets.get(keyOf(path.slice(0, n)));
        if (o !== undefined) return o;
      }
      return 0;
    };
    return { source: { file, text, data, offsetOf }, problems: [] };
  } catch (e) {
    if (!(e instanceof JsonSyntax)) throw e;
    return { problems: [problemAt(file, text, e.offset, IMPORT_CODES.json, `not valid JSON: ${e.message}`)] };
  }
}

const keyOf = (path: JsonPath) => JSON.stringify(path);

class JsonSyntax extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** RFC 8259, nothing more: no comments, no trailing commas, no single quotes. */
class Reader {
  private i = 0;
  constructor(private readonly s: string, private readonly offsets: Map<string, number>) {}

  document(): unknown {
    this.ws();
    if (this.i >= this.s.length) throw new JsonSyntax('the file is empty; expected a recording ({ "title": ..., "steps": [...] })', 0);
    const v = this.value([]);
    this.ws();
    if (this.i < this.s.length) throw new JsonSyntax(`unexpected ${this.what()} after the end of the recording`, this.i);
    return v;
  }

  private what(): string {
    const c = this.s[this.i];
    return c === undefined ? 'end of file' : `'${c}'`;
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  private value(path: (string | number)[]): unknown {
    this.ws();
    this.offsets.set(keyOf(path), this.i);
    const c = this.s[this.i];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    throw new JsonSyntax(`unexpected ${this.what()}; expected a value (a string in "double quotes", a number, true, false, null, { or [)`, this.i);
  }

  private object(path: (string | number)[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') throw new JsonSyntax(`unexpected ${this.what()}; expected a key in "double quotes"${this.s[this.i] === '}' ? ' (a comma before } is not allowed in JSON)' : ''}`, this.i);
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') throw new JsonSyntax(`unexpected ${this.what()}; expected ':' after the key "${key}"`, this.i);
      this.i++;
      Object.defineProperty(out, key, { value: this.value([...path, key]), enumerable: true, writable: true, configurable: true });
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      throw new JsonSyntax(`unexpected ${this.what()}; expected ',' or '}' after the value of "${key}"`, this.i);
    }
  }

  private array(path: (string | number)[]): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      if (this.s[this.peek()] === ']') throw new JsonSyntax("unexpected ']'; a comma before ] is not allowed in JSON", this.peek());
      out.push(this.value([...path, out.length]));
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      throw new JsonSyntax(`unexpected ${this.what()}; expected ',' or ']' in the list`, this.i);
    }
  }

  private peek(): number {
    let j = this.i;
    while (j < this.s.length && ' \t\n\r'.includes(this.s[j]!)) j++;
    return j;
  }

  private string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) throw new JsonSyntax('this string is never closed; expected a " before the end of the file', start);
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c < ' ') throw new JsonSyntax(c === '\n' ? 'a line break inside a string; expected \\n or a closing "' : 'a control character inside a string', this.i);
      if (c === '\\') {
        const e = this.s[this.i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          this.i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(parseInt(this.s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
          continue;
        }
        throw new JsonSyntax(`'\\${e ?? ''}' is not a JSON escape`, this.i);
      }
      out += c;
      this.i++;
    }
  }

  private number(): number {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) throw new JsonSyntax(`unexpected ${this.what()}; expected a number`, this.i);
    this.i += m[0].length;
    return Number(m[0]);
  }
}
