// Redaction: patient data and secrets are removed before anything reaches the disk.
// Text is scrubbed by pattern; secret values (resolved ${secret.X}) are scrubbed wherever they appear,
// in every encoding a page can give them (secret-forms.ts), and so is the user:password of any URL;
// on screen, matching text and regions are painted over before the screenshot is taken.
// Every file of a run directory is written through RunDir, which passes it through here.
import type { RedactRule } from '../model/config.js';
import type { Locator } from '../model/journey.js';
import { secretPattern } from './secret-forms.js';
import { withoutUserinfo } from '../util/urls.js';

export const REDACTED = '▇▇▇';

export class Redactor {
  private readonly patterns: RegExp[];
  /** Regions painted over in every screenshot (a patient banner, a photo), whatever they say. */
  readonly regions: Locator[];
  constructor(rules: RedactRule[], private readonly secrets: Set<string>) {
    this.patterns = rules.filter((r) => r.pattern).map((r) => new RegExp(r.pattern!, withGlobal(r.flags)));
    this.regions = rules.flatMap((r) => (r.region ? [r.region] : []));
  }

  /** What is painted over on screen: the rules' patterns, and each secret in all its forms. */
  get textPatterns(): { source: string; flags: string }[] {
    return [...this.patterns, ...this.secretList().map((s) => this.secretRe(s))].map((p) => ({ source: p.source, flags: p.flags }));
  }

  get secretValues(): string[] {
    return this.secretList();
  }

  private readonly compiled = new Map<string, RegExp>();

  /** The set grows as the run resolves secrets: each is compiled once, when first met. */
  private secretRe(secret: string): RegExp {
    let re = this.compiled.get(secret);
    if (!re) this.compiled.set(secret, (re = secretPattern(secret)));
    return re;
  }

  /** Secret values, longest first so that one secret containing another is removed whole. */
  private secretList(): string[] {
    return [...this.secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  }

  text(s: string): string {
    let out = withoutUserinfo(s);
    for (const secret of this.secretList()) out = out.replace(this.secretRe(secret), REDACTED);
    for (const p of this.patterns) out = out.replace(p, REDACTED);
    return out;
  }

  /**
   * A JSON value with every string scrubbed (keys included: a label can hold a name), as a copy.
   * With nothing to scrub (no patterns, no secret resolved yet) the value itself: every step's
   * capture passes through here, and copying it string by string would change nothing.
   */
  value<T>(v: T): T {
    const idle = this.patterns.length === 0 && ![...this.secrets].some((s) => s.length > 0);
    return idle ? v : this.scrubbed(v);
  }

  private scrubbed<T>(v: T): T {
    if (typeof v === 'string') return this.text(v) as T;
    if (Array.isArray(v)) return v.map((x) => this.scrubbed(x)) as T;
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[this.text(k)] = this.scrubbed(x);
      return out as T;
    }
    return v;
  }

  get active(): boolean {
    return this.patterns.length > 0 || this.secrets.size > 0 || this.regions.length > 0;
  }
}

function withGlobal(flags = ''): string {
  return flags.includes('g') ? flags : flags + 'g';
}

/**
 * In-page: cover with an opaque box every place that shows patient data or a secret: text nodes that
 * match; the smallest element whose text matches when the match spans several nodes (a name rendered
 * as <b>Smith</b>, <span>Jane</span>); input values; and the region boxes given (document coordinates).
 * Descends only into subtrees whose text matches, so a large page costs little. Open shadow roots are
 * searched too (their text is not in the host's textContent). Returns the number of boxes drawn;
 * REMOVE_OVERLAYS_SCRIPT takes them away after the screenshot.
 */
export const PAINT_OVER_SCRIPT = String.raw`
({ patterns, secrets, boxes }) => {
  const res = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '')));
  const hit = (t) => !!t && (secrets.some((s) => s && t.includes(s)) || res.some((r) => r.test(t)));
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const out = [];
  const add = (rc) => { if (rc.width > 0 || rc.height > 0) out.push({ x: rc.left + scrollX, y: rc.top + scrollY, width: rc.width, height: rc.height }); };
  const contentRects = (node) => { const r = document.createRange(); r.selectNodeContents(node); return [...r.getClientRects()]; };
  const roots = [document.body || document.documentElement];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if ((el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && hit(el.value)) add(el.getBoundingClientRect());
      if (el.shadowRoot) { roots.push(el.shadowRoot); collect(el.shadowRoot); }
    }
  };
  collect(document);
  // Every text node is looked at: an element's textContent runs its children's words together
  // ("NHS number" + "999 000 0026" reads "number999"), so a pattern with word boundaries would not
  // find the number inside it, and the screenshot would keep what the capture's text removed.
  const visit = (node) => {
    let covered = false;
    for (const n of node.childNodes) {
      if (n.nodeType === 3) { if (hit(n.nodeValue)) { contentRects(n).forEach(add); covered = true; } }
      else if (n.nodeType === 1 && !SKIP.has(n.tagName) && visit(n)) covered = true;
    }
    // The match spans several children and none holds it whole ("999 <b>000</b> 0026"): cover
    // this element's content.
    if (!covered && node.nodeType === 1 && node.childNodes.length > 1 && hit(node.textContent)) {
      const rs = contentRects(node); (rs.length ? rs : [node.getBoundingClientRect()]).forEach(add); covered = true;
    }
    return covered;
  };
  if (res.length || secrets.some(Boolean)) for (const root of roots) visit(root);
  for (const b of boxes) out.push(b);
  if (!out.length) return 0;
  // Modal dialogs and popovers are drawn in the top layer, above every z-index. Our boxes go in a
  // manual popover shown last, so they are drawn above those too; absolute in the top layer means
  // document coordinates, like the boxes.
  const layer = document.createElement('div');
  layer.setAttribute('data-parity-redaction', '');
  layer.style.cssText = 'position:absolute;inset:auto;left:0;top:0;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;background:transparent;z-index:2147483647;pointer-events:none';
  // Each box reaches 2 px past what it covers, but never past the document's edges: a box wider than
  // the page (a full-width patient banner) would widen it, and the screenshot with it.
  const maxX = document.documentElement.scrollWidth, maxY = document.documentElement.scrollHeight;
  for (const b of out) {
    const left = Math.max(0, b.x - 2), top = Math.max(0, b.y - 2);
    const width = Math.min(maxX, b.x + b.width + 2) - left, height = Math.min(maxY, b.y + b.height + 2) - top;
    if (width <= 0 || height <= 0) continue;
    const d = document.createElement('div');
    d.style.cssText = 'position:absolute;background:#222;margin:0;padding:0;border:0;' +
      'left:' + left + 'px;top:' + top + 'px;width:' + width + 'px;height:' + height + 'px';
    layer.appendChild(d);
  }
  document.documentElement.appendChild(layer);
  if (typeof layer.showPopover === 'function') { layer.popover = 'manual'; layer.showPopover(); }
  return out.length;
}
`;

export const REMOVE_OVERLAYS_SCRIPT = `() => { for (const d of document.querySelectorAll('[data-parity-redaction]')) d.remove(); }`;
