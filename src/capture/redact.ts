// Redaction: patient data and secrets are removed before anything reaches the disk.
// Text is scrubbed by pattern; secret values (resolved ${secret.X}) are scrubbed wherever they appear,
// in every encoding a page can give them (secret-forms.ts), and so is the user:password of any URL;
// on screen, matching text and regions are painted over before the screenshot is taken.
// Every file of a run directory is written through RunDir, which passes it through here.
import type { RedactRule } from '../model/config.js';
import type { Locator } from '../model/journey.js';
import { secretPattern } from './secret-forms.js';
import { withoutUserinfo } from '../util/urls.js';
import { inPageScript } from '../util/in-page-script.js';

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
export const PAINT_OVER_SCRIPT = inPageScript('capture/in-page/paint-over.js');

export const REMOVE_OVERLAYS_SCRIPT = inPageScript('capture/in-page/remove-overlays.js');
