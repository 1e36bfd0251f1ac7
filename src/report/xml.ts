// Writing XML by hand, safely. Captured text may hold anything a web page can show, including
// characters XML 1.0 forbids outright (form feeds, lone surrogates): those are replaced, not escaped,
// because no escape makes them legal and one bad byte makes Jenkins drop the whole file.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes and keep newlines and tabs as character references (attribute normalisation would eat them). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export type Attrs = Record<string, string | number | undefined>;

export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

/** An element with optional text content or children (already serialised), indented by `depth`. */
export function el(name: string, a: Attrs, body?: string | string[], depth = 0): string {
  const pad = '  '.repeat(depth);
  if (body === undefined || (Array.isArray(body) && body.length === 0)) return `${pad}<${name}${attrs(a)}/>`;
  if (typeof body === 'string') return `${pad}<${name}${attrs(a)}>${xmlText(body)}</${name}>`;
  return `${pad}<${name}${attrs(a)}>\n${body.join('\n')}\n${pad}</${name}>`;
}
