// A minimal, strict XML parser for the JUnit tests: elements, attributes, text, the five predefined
// entities and numeric references. It throws on anything malformed (unclosed or crossed tags,
// duplicate attributes, a bare '&' or '<' in text, characters XML 1.0 forbids), which is the point.
export interface XmlNode { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string }

const NAME = /[A-Za-z_][\w.-]*/y;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(s: string, where: number): string {
  if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) throw new Error(`bad character data near ${where}: ${s.slice(0, 40)}`);
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'"
      : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}

export function parseXml(src: string): XmlNode {
  if (FORBIDDEN.test(src)) throw new Error('document holds a character XML 1.0 forbids');
  let i = 0;
  const decl = /^<\?xml[^?]*\?>\s*/.exec(src);
  if (decl) i = decl[0].length;
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const text = src.slice(i, lt < 0 ? src.length : lt);
    if (text.trim()) {
      if (stack.length === 1) throw new Error('text outside the root element');
      stack[stack.length - 1]!.text += decode(text, i);
    }
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) { const e = src.indexOf('-->', i); if (e < 0) throw new Error('open comment'); i = e + 3; continue; }
    if (src[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      const top = stack.pop();
      if (!m || !top || top.name !== m[0]) throw new Error(`closing </${m?.[0]}> does not match <${top?.name}> at ${i}`);
      i = src.indexOf('>', i) + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const m = NAME.exec(src);
    if (!m) throw new Error(`bad tag at ${i}`);
    const node: XmlNode = { name: m[0], attrs: {}, children: [], text: '' };
    i = NAME.lastIndex;
    const attr = /\s+([A-Za-z_][\w.:-]*)="([^"]*)"|\s*(\/?)>/y;
    for (;;) {
      attr.lastIndex = i;
      const a = attr.exec(src);
      if (!a) throw new Error(`bad attribute in <${node.name}> at ${i}: ${src.slice(i, i + 30)}`);
      i = attr.lastIndex;
      if (a[1]) {
        if (a[1] in node.attrs) throw new Error(`duplicate attribute ${a[1]} in <${node.name}>`);
        node.attrs[a[1]] = decode(a[2]!, i);
        continue;
      }
      if (stack.length === 1 && root.children.length) throw new Error('more than one root element');
      stack[stack.length - 1]!.children.push(node);
      if (a[3] !== '/') stack.push(node);
      break;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0]!;
}
