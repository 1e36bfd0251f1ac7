// Every form in which a page can hand a secret back to us. A page that puts a typed password into its
// address, a JSON blob, an attribute or a data: URL does not show it as typed: it shows it
// URL-encoded (%20 or +, upper or lower case hex, encoded twice), as HTML character references
// (&#43; &#x2B; &plus;), with JSON or JavaScript escapes (\u0051, \/), in base64, or as UTF-16 bytes.
// A secret is matched character by character, each character in any of those spellings, so mixed
// forms (encodeURIComponent leaves '!' alone and encodes '+') are matched without listing them;
// base64 cannot be matched per character and is matched as the three alignments it can have.

/** One character in every spelling a page may give it (a regular-expression alternation). */
function charForms(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const forms = new Set<string>([escapeRe(ch)]);
  // URL encoding of each UTF-8 byte, '%' itself possibly encoded again (%252B), any hex case.
  forms.add([...Buffer.from(ch, 'utf8')].map((b) => `%(?:25)*${hexCi(b, 2)}`).join(''));
  if (ch === ' ') forms.add('\\+'); // form encoding (application/x-www-form-urlencoded)
  // HTML character references, '&' possibly escaped again (&amp;#43;); the ';' may be left out.
  forms.add(`&(?:amp;)*#0*${cp}(?![0-9]);?`);
  forms.add(`&(?:amp;)*#[xX]0*${hexCi(cp)}(?![0-9a-fA-F]);?`);
  for (const name of ENTITY_NAMES[ch] ?? []) forms.add(`&(?:amp;)*${name};`);
  // JSON and JavaScript escapes, the backslash possibly escaped again (a JSON string inside JSON).
  const utf16 = [...ch].length === 1 && cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
  forms.add(utf16.map((u) => `\\\\+u${hexCi(u, 4)}`).join(''));
  forms.add(`\\\\+u\\{0*${hexCi(cp)}\\}`); // ES2015 \u{1F600}
  if (cp < 0x100) forms.add(`\\\\+x${hexCi(cp, 2)}`);
  const short = SHORT_ESCAPES[ch];
  if (short) forms.add(`\\\\+${short}`);
  // UTF-16 text read as bytes: each character next to a NUL (little- or big-endian), or next to the
  // U+FFFD that the page's text and its accessibility snapshot turn a NUL into.
  if (cp < 0x100) forms.add(`${escapeRe(ch)}[\\x00\\uFFFD]|[\\x00\\uFFFD]${escapeRe(ch)}`);
  return `(?:${[...forms].join('|')})`;
}

/** A regular expression (global) matching `secret` in any of the forms above, and in base64. */
export function secretPattern(secret: string): RegExp {
  const perChar = [...secret].map(charForms).join('');
  const b64 = base64Forms(secret).map(escapeRe);
  return new RegExp([perChar, ...b64].join('|'), 'g');
}

/**
 * The secret's base64 in each of the three alignments it can have inside a longer encoded text
 * (`btoa('user:' + password)`), standard and URL-safe, of its UTF-8 and UTF-16LE bytes: only the
 * characters that depend on the secret's bytes alone, so the text around it does not matter.
 */
export function base64Forms(secret: string): string[] {
  const out = new Set<string>();
  for (const bytes of [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')]) {
    for (let k = 0; k < 3; k++) {
      const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
      const mid = b64.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
      // Too short a run would match unrelated base64 (a screenshot's data: URL); 8 characters is 48 bits.
      if (mid.length < 8) continue;
      out.add(mid);
      out.add(mid.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...out];
}

function hexCi(n: number, width = 1): string {
  return n.toString(16).padStart(width, '0').replace(/[a-f]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

function escapeRe(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '"', "'": "'", '\\': '\\\\', '/': '\\/', '\n': 'n', '\r': 'r', '\t': 't', '\b': 'b', '\f': 'f',
};

/** HTML named references of the characters a password is likely to hold. */
const ENTITY_NAMES: Record<string, string[]> = {
  '&': ['amp', 'AMP'], '<': ['lt', 'LT'], '>': ['gt', 'GT'], '"': ['quot', 'QUOT'], "'": ['apos'],
  '!': ['excl'], '#': ['num'], $: ['dollar'], '%': ['percnt'], '(': ['lpar'], ')': ['rpar'], '*': ['ast', 'midast'],
  '+': ['plus'], ',': ['comma'], '.': ['period'], '/': ['sol'], ':': ['colon'], ';': ['semi'], '=': ['equals'],
  '?': ['quest'], '@': ['commat'], '[': ['lsqb', 'lbrack'], '\\': ['bsol'], ']': ['rsqb', 'rbrack'], '^': ['Hat'],
  _: ['lowbar', 'UnderBar'], '`': ['grave', 'DiacriticalGrave'], '{': ['lcub', 'lbrace'], '|': ['verbar', 'vert', 'VerticalLine'],
  '}': ['rcub', 'rbrace'], '~': ['tilde'], '-': ['hyphen', 'dash'],
};
