// From a path in the data ("steps", 1, "actions", 0, "click", "role") back to the YAML node the
// trainer typed, so a problem can say file:line:col and show the line with a caret under it.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Problem } from '../util/errors.js';
import type { SourcePos } from '../model/journey.js';
import type { SourceFile } from './yaml-source.js';

export type DataPath = readonly PropertyKey[];

export interface Located {
  /** The deepest node reached along the path (the value itself when the whole path exists). */
  node?: Node;
  /** The key node of the last step that was reached through a map. */
  key?: Node;
  /** True when every segment of the path exists in the document. */
  complete: boolean;
}

export function nodeAt(src: SourceFile, path: DataPath): Located {
  let cur: unknown = src.doc.contents;
  let key: Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(cur)) cur = cur.resolve(src.doc);
    let next: unknown;
    let nextKey: Node | undefined;
    let found = false;
    if (isMap(cur)) {
      const pair = cur.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (pair) {
        found = true;
        next = pair.value;
        nextKey = pair.key as Node;
      }
    } else if (isSeq(cur) && typeof seg === 'number' && seg < cur.items.length) {
      found = true;
      next = cur.items[seg];
    }
    if (!found) return { node: cur as Node, key, complete: false };
    key = nextKey;
    // "key:" with nothing after it: the value node is null, so the key is where to point.
    if (next === null || next === undefined) return { node: key, key, complete: i === path.length - 1 };
    cur = next;
  }
  if (isAlias(cur)) cur = cur.resolve(src.doc) ?? cur;
  return { node: cur as Node, key, complete: true };
}

/** Offset of the value at `path`, or of its key ('key'), or of the nearest existing parent. */
export function offsetOf(src: SourceFile, path: DataPath, at: 'value' | 'key' = 'value'): number {
  const l = nodeAt(src, path);
  const n = at === 'key' && l.complete && l.key ? l.key : l.node;
  return n?.range?.[0] ?? 0;
}

export function lineCol(src: SourceFile, offset: number): { line: number; col: number } {
  return src.lines.linePos(offset);
}

export function problemIn(src: SourceFile, path: DataPath, code: string, message: string, opts: { at?: 'value' | 'key'; hint?: string; offset?: number } = {}): Problem {
  const offset = opts.offset ?? offsetOf(src, path, opts.at);
  const { line, col } = lineCol(src, offset);
  const p: Problem = { code, message, file: src.file, line, col, excerpt: excerpt(src.text, line, col) };
  if (opts.hint) p.hint = opts.hint;
  return p;
}

export function sourcePos(src: SourceFile, path: DataPath, file: string): SourcePos {
  return { file, ...lineCol(src, offsetOf(src, path)) };
}

/**
 * The source line and a caret under the column. The caret line copies the tabs of the source line
 * so it stays aligned however a terminal expands them; long lines are cut around the column.
 */
export function excerpt(text: string, line: number, col: number): string {
  let src = text.split('\n')[line - 1] ?? '';
  src = src.replace(/\r$/, '');
  let c = col;
  const width = 120;
  if (src.length > width) {
    const start = Math.max(0, Math.min(c - 1 - width / 2, src.length - width));
    src = (start > 0 ? '…' : '') + src.slice(start, start + width);
    c = c - start + (start > 0 ? 1 : 0);
  }
  const pad = src.slice(0, Math.max(0, c - 1)).replace(/[^\t]/g, ' ');
  return `${src}\n${pad}^`;
}

/** "steps[1].actions[0].click" for messages. */
export function pathText(path: DataPath): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${String(seg)}` : String(seg);
  return s || 'the file';
}
