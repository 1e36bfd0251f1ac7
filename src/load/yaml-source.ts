// Reading one YAML file into a parsed document that remembers where every node came from.
// Everything that can be wrong before the schema is consulted is found here: size, binary junk,
// encoding, tabs, syntax, duplicate keys. A file with such problems is not validated further,
// because its data cannot be trusted to mean what the trainer wrote.
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { excerpt } from './locate.js';

/** Larger files are rejected without being read: a journey is a page of YAML, not a data dump. */
export const MAX_SPEC_BYTES = 2 * 1024 * 1024;

export interface SourceFile {
  /** Path as shown in messages (relative to the config folder or the cwd). */
  file: string;
  abs: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export type ParsedYaml = { source: SourceFile; data: unknown; problems: [] } | { source?: undefined; data?: undefined; problems: Problem[] };

/** Problem at a character offset of `text`, with line, column and caret excerpt. */
export function problemAt(file: string, text: string, offset: number, code: string, message: string, hint?: string): Problem {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = offset - lineStart + 1;
  const p: Problem = { code, message, file, line, col, excerpt: excerpt(text, line, col) };
  if (hint) p.hint = hint;
  return p;
}

export async function readYamlFile(abs: string, file: string): Promise<ParsedYaml> {
  let size: number;
  try {
    const st = await stat(abs);
    if (!st.isFile()) return { problems: [{ code: CODES.notFound, message: 'not a file', file }] };
    size = st.size;
  } catch {
    return { problems: [{ code: CODES.notFound, message: 'no such file', file }] };
  }
  if (size > MAX_SPEC_BYTES) {
    return { problems: [{ code: CODES.tooLarge, message: `file is ${(size / 1048576).toFixed(1)} MB; spec and config files may be at most 2 MB`, file }] };
  }
  return parseYamlBuffer(await readFile(abs), abs, file);
}

/** A text file's bytes as UTF-8, or the problem located at the first byte that is not (`advice`
 *  ends the message: what to do about it). */
export function decodeUtf8(buf: Buffer, file: string, code: string, advice: string): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    const lossy = buf.toString('utf8');
    return { problem: problemAt(file, lossy, Math.max(0, lossy.indexOf('\uFFFD')), code, `file is not valid UTF-8 text; ${advice}`) };
  }
}

export function parseYamlBuffer(buf: Buffer, abs: string, file: string): ParsedYaml {
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    // Count lines on the bytes before the NUL only: the rest may be anything.
    const before = buf.subarray(0, nul).toString('latin1');
    return { problems: [problemAt(file, before, nul, CODES.binary, 'file contains NUL bytes; expected a YAML text file')] };
  }
  const decoded = decodeUtf8(buf, file, CODES.encoding, 'save it as UTF-8');
  if ('problem' in decoded) return { problems: [decoded.problem] };
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM from Windows editors is harmless
  return parseYamlText(text, abs, file);
}

export function parseYamlText(text: string, abs: string, file: string): ParsedYaml {
  // Line by line: a single regular expression over the whole file would backtrack for ages on 2 MB of comments.
  if (text.split('\n').every((l) => /^\s*(#.*)?$/.test(l))) {
    return { problems: [{ code: CODES.empty, message: 'file is empty; expected a YAML map', file, line: 1, col: 1 }] };
  }
  const problems: Problem[] = [];
  // Tabs first, with our own scan: the parser reports them as a cascade of indentation errors.
  const tabLines = new Set<number>();
  let offset = 0;
  for (const [i, line] of text.split('\n').entries()) {
    const indent = /^[ \t]*/.exec(line)![0];
    const dash = /^[ \t]*-[ \t]+/.exec(line)?.[0] ?? indent; // "-\tclick:" indents with a tab too
    const tab = dash.indexOf('\t');
    if (tab >= 0 && line.trim() !== '') {
      tabLines.add(i + 1);
      problems.push(problemAt(file, text, offset + tab, CODES.tab, 'tab character in indentation; indent YAML with spaces'));
    }
    offset += line.length + 1;
  }

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  // Duplicate keys are independent of each other and all reported; of the other syntax errors
  // only the first, because the parser's later complaints are usually echoes of it.
  let syntaxSeen = false;
  for (const e of doc.errors) {
    if (tabLines.has(lines.linePos(e.pos[0]).line)) continue;
    if (e.code === 'DUPLICATE_KEY') {
      problems.push(problemAt(file, text, e.pos[0], CODES.duplicateKey, 'the same key appears twice in this map'));
      continue;
    }
    if (syntaxSeen) continue;
    syntaxSeen = true;
    const opener = /closing "quote|end with a [}\]]/.test(e.message) ? unclosedOpener(text, e.pos[0]) : undefined;
    if (opener) {
      const close = ({ '{': '}', '[': ']', '"': '"', "'": "'" } as Record<string, string>)[text[opener]!];
      problems.push(problemAt(file, text, opener, CODES.syntax, `YAML syntax: this ${text[opener]} is never closed; expected a ${close} before the end of the value`));
    } else if (e.code === 'MULTIPLE_DOCS') {
      problems.push(problemAt(file, text, e.pos[0], CODES.syntax, `YAML syntax: a second document starts here; a file holds one ${file.endsWith('config.yaml') ? 'config' : 'journey'}, so remove the '---' or split the file`));
    } else {
      problems.push(problemAt(file, text, firstNonBlank(text, e.pos[0]), e.code === 'TAB_AS_INDENT' ? CODES.tab : CODES.syntax, `YAML syntax: ${firstLine(e.message)}`));
    }
  }
  if (problems.length) return { problems: dedupe(problems) };
  if (doc.contents === null) return { problems: [{ code: CODES.empty, message: 'file is empty; expected a YAML map', file, line: 1, col: 1 }] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // Alias bombs and unresolvable tags end here.
    return { problems: [problemAt(file, text, doc.contents.range?.[0] ?? 0, CODES.syntax, `YAML: ${firstLine((e as Error).message)}`)] };
  }
  return { source: { file, abs, text, doc, lines }, data, problems: [] };
}

/** A position inside a line's indentation means the line: point at its first character. */
function firstNonBlank(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, offset))) return offset;
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i < text.length && text[i] !== '\n' ? i : offset;
}

/**
 * The parser notices an unclosed quote or bracket where the next line starts; the trainer's mistake
 * is where it was opened. Finds the innermost quote, { or [ still open at `offset`. A quote only opens
 * a scalar at the start of a value, so the apostrophe in "don't" is not one.
 */
export function unclosedOpener(text: string, offset: number): number | undefined {
  const stack: number[] = [];
  let quote: number | undefined;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== undefined) {
      if (text[quote] === '"' && ch === '\\') i++;
      else if (ch === text[quote]) {
        if (ch === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < offset && text[i] !== '\n') i++;
    } else if ((ch === '"' || ch === "'") && /(^|[\n:,\[{?-])[ \t]*$/.test(text.slice(Math.max(0, i - 40), i))) {
      quote = i;
    } else if (ch === '{' || ch === '[') stack.push(i);
    else if ((ch === '}' || ch === ']') && stack.length) stack.pop();
  }
  return quote ?? stack[stack.length - 1];
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** One problem per code and place (the parser, or two checking passes, can report one mistake twice), in file order. */
export function dedupe(ps: Problem[]): Problem[] {
  const seen = new Set<string>();
  return ps
    .filter((p) => {
      const k = `${p.code}:${p.line}:${p.col}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
