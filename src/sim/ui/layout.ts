// The frame around every screen: environment banner, title bar (product, domain, trust, user, the
// sim's clock), toolbar, optional patient banner, then the screen. Same height and structure in
// every variant, so only what a variant changes shows up in a comparison.
import type { Ctx, Res } from '../context.js';
import { htmlRes, ownTrust } from '../context.js';
import { patientName, type Patient } from '../data/store.js';
import { ageOn, showDay, showDayLong, timeOf } from '../data/dates.js';
import { formatNhsNumber } from '../data/nhs-number.js';
import { withoutCode } from '../data/codes.js';
import { esc } from './html.js';

export interface PageOpts {
  title: string;
  body: string;
  screen: string; // id of the screen: picks the page script a variant ships for it
  patient?: Patient;
  /** The sign-in page has no toolbar and no user. */
  bare?: boolean;
}

export function trustName(ctx: Ctx): string {
  const code = ownTrust(ctx);
  return ctx.cfg.trusts.find((t) => t.code === code)?.name ?? '';
}

export function page(ctx: Ctx, o: PageOpts): Res {
  const cfg = ctx.cfg;
  const script = cfg.pageScripts[o.screen];
  const scripts = ['<script src="/assets/app.js" defer></script>', script ? `<script src="/assets/${esc(script)}" defer></script>` : ''].join('');
  const bodyAttrs = [
    `class="tone-${cfg.banner.tone}"`,
    ctx.faults.flakyMs ? `data-flaky-ms="${ctx.faults.flakyMs}"` : '',
    ctx.faults.slowElementMs ? `data-slow-ms="${ctx.faults.slowElementMs}"` : '',
  ].filter(Boolean).join(' ');
  const user = ctx.session && !o.bare ? `<span class="tb-user">${esc(ctx.session.user.toUpperCase())}</span>` : '';
  const trust = ctx.session && !o.bare ? `<span class="tb-trust">${esc(trustName(ctx))}</span>` : '';
  const toolbar = o.bare ? '' : `<nav class="toolbar" aria-label="Toolbar"><a href="/home">Home</a><a href="/patients/search">Find patient</a><a href="/logout">Sign out</a></nav>`;
  const css = cfg.css ? `<style>${cfg.css}</style>` : '';
  return htmlRes(`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,">
<title>${esc(o.title)} - Meridian PAS</title>
<link rel="stylesheet" href="/assets/app.css">${css}
${scripts}
</head>
<body ${bodyAttrs}>
<div class="env-banner" data-testid="environment-banner">${esc(cfg.banner.text)}</div>
<header class="titlebar"><span class="tb-product">Meridian PAS</span><span class="tb-domain">${esc(cfg.domain)}</span>${trust}${user}<span class="tb-clock session-clock">${esc(showDayLong(ctx.today))} ${esc(timeOf(ctx.now))}</span></header>
${toolbar}
${o.patient ? patientBanner(ctx, o.patient) : ''}
<main id="main">
${o.body}
</main>
<footer class="statusbar"><span>Ready</span><span>Meridian PAS</span></footer>
</body>
</html>
`);
}

/** Who the screen is about: name, NHS number, MRN, date of birth and age, sex, GP and allergies. */
export function patientBanner(ctx: Ctx, p: Patient): string {
  const allergies = p.allergyState === 'none' ? 'No known allergies'
    : p.allergyState === 'unknown' || p.allergies.length === 0 ? 'Allergies not recorded'
      : p.allergies.map((a) => `${a.substance} (${a.severity.toLowerCase()})`).join(', ');
  const allergyClass = p.allergies.length ? 'pb-allergy has-allergy' : 'pb-allergy';
  return `<section class="patient-banner" aria-label="Patient banner">
<div class="pb-name"><a href="/patients/${esc(p.mrn)}">${esc(patientName(p))}</a> <span class="pb-title">(${esc(p.title)})</span></div>
<dl class="pb-facts">
<div><dt>NHS number</dt><dd class="nhs-number">${p.nhs ? esc(formatNhsNumber(p.nhs)) : 'Not known'}</dd></div>
<div><dt>MRN</dt><dd class="mrn">${esc(p.mrn)}</dd></div>
<div><dt>Date of birth</dt><dd>${esc(showDay(p.dob))} (${ageOn(p.dob, ctx.today)}y)</dd></div>
<div><dt>Sex</dt><dd>${esc(withoutCode(p.sex))}</dd></div>
<div><dt>GP</dt><dd>${esc(withoutCode(p.gp) || 'Not recorded')}</dd></div>
<div class="${allergyClass}"><dt>Allergies</dt><dd>${esc(allergies)}</dd></div>
</dl>
</section>`;
}
