// Sign-in, the trust picker of a shared domain, and sign-out.
// The password is checked for presence only (this is a simulator) and never written into a page.
// Sign-out only clears the browser's cookie: the server keeps the session, because Parity reuses
// one signed-in storage state across many browser contexts, and one journey signing out must not
// sign out the others.
import type { Ctx, Res, Route } from '../context.js';
import { cookieHeader, redirect } from '../context.js';
import { page } from '../ui/layout.js';
import { renderForm } from '../ui/forms.js';
import { esc, statusMessage } from '../ui/html.js';
import type { FormDef } from '../variants/types.js';

const SIGN_IN: FormDef = {
  heading: 'Sign in',
  fields: {
    username: { label: 'Username', kind: 'text', required: true, width: 'm' },
    password: { label: 'Password', kind: 'password', required: true, width: 'm' },
  },
  sections: [{ legend: 'Your account', fields: ['username', 'password'] }],
  submit: 'Sign in',
};

function loginPage(ctx: Ctx, username: string, errors: Record<string, string>): Res {
  const form = renderForm({ form: SIGN_IN, values: { username }, errors, action: '/login', id: 'login-form' });
  const signedOut = ctx.query.get('signedOut') ? statusMessage('You have signed out.') : '';
  return page(ctx, {
    title: 'Sign in', screen: 'login', bare: true,
    body: `<div class="login-box"><h1>Sign in</h1><p class="intro">Meridian patient administration, ${esc(ctx.cfg.label)} (${esc(ctx.cfg.domain)}).</p>${signedOut}${form}</div>`,
  });
}

function postLogin(ctx: Ctx): Res {
  const username = (ctx.form.username ?? '').trim();
  const password = ctx.form.password ?? '';
  const errors: Record<string, string> = {};
  if (!username) errors.username = 'Enter your username';
  if (!password) errors.password = 'Enter your password';
  if (Object.keys(errors).length) return loginPage(ctx, username, errors);
  const cookie = ctx.signIn(username);
  return redirect(ctx.cfg.trustPicker ? '/trust' : '/home', { 'Set-Cookie': cookie });
}

function trustPage(ctx: Ctx, error?: string): Res {
  if (!ctx.cfg.trustPicker) return redirect('/home');
  const radios = ctx.cfg.trusts.map((t, i) =>
    `<label class="radio"><input type="radio" name="trust" id="trust-${i}" value="${esc(t.code)}" required${ctx.session?.trust === t.code ? ' checked' : ''}> ${esc(t.name)}</label>`).join('');
  const err = error ? `<p class="error-message" role="alert" id="trust-error">${esc(error)}</p>` : '';
  return page(ctx, {
    title: 'Choose a trust', screen: 'trust',
    body: `<div class="login-box"><h1>Choose a trust</h1><p class="intro">This installation is shared. Choose the trust you are working for in this session.</p>
<form method="post" action="/trust" novalidate class="pas-form"><fieldset class="field radios is-required"><legend class="req">Trust</legend><div class="control">${radios}${err}</div></fieldset>
<div class="actions"><button type="submit" class="primary">Continue</button></div></form></div>`,
  });
}

function postTrust(ctx: Ctx): Res {
  const code = ctx.form.trust ?? '';
  if (!ctx.cfg.trusts.some((t) => t.code === code)) return trustPage(ctx, 'Select a trust');
  ctx.setTrust(code);
  return redirect('/home');
}

export const AUTH_ROUTES: Route[] = [
  { method: 'GET', path: '/', handler: () => redirect('/login'), open: true },
  { method: 'GET', path: '/login', handler: (ctx) => loginPage(ctx, '', {}), open: true },
  { method: 'POST', path: '/login', handler: postLogin, open: true },
  { method: 'GET', path: '/logout', handler: () => redirect('/login?signedOut=1', { 'Set-Cookie': cookieHeader('', 'Max-Age=0') }), open: true },
  { method: 'GET', path: '/trust', handler: (ctx) => trustPage(ctx), beforeTrust: true },
  { method: 'POST', path: '/trust', handler: postTrust, beforeTrust: true },
];
