// LIVE is production: in a read-only environment no write reaches the server (proved on the
// server's own request log), each attempt is recorded, and steps that commit are skipped.
import { describe, expect, it } from 'vitest';

import { useBrowserAndApp, act, journey, run, why } from './harness.js';
import type { Journey } from '../../src/model/journey.js';

const shared = useBrowserAndApp();

const register = (id: string): Journey => journey(id, [
  { name: 'Draft', actions: [act.fill({ label: 'Surname' }, 'Testpatient'), act.click({ role: 'button', name: 'Save draft' })] },
  { name: 'Register', commits: true, actions: [act.click({ role: 'button', name: 'Register' })] },
  { name: 'Confirmation', actions: [act.expect({ role: 'heading', name: 'Patient registered' }, { visible: true })] },
], '/save.html');

const posts = (from: number) => shared.app.requests.slice(from).filter((r) => r.method !== 'GET');

describe('writes', () => {
  it('blocked: the fetch POST never reaches the server and is listed; the committing step and what follows are skipped', async () => {
    const from = shared.app.requests.length;
    const out = await run(shared.browser, shared.app.url, register('register-ro'));
    expect(posts(from)).toEqual([]);
    expect(shared.app.requests.slice(from)).toContainEqual({ method: 'GET', path: '/save.html' }); // reads do get through
    expect(out.result.steps.map((s) => s.status)).toEqual(['captured', 'skipped', 'skipped']);
    const draft = out.capture(0);
    expect(draft.problems.blockedWrites).toEqual([{ url: '/api/draft', method: 'POST' }]);
    expect(draft.problems.failedRequests).toEqual([]); // our own refusal is not the environment's failure
    expect(draft.identity!.messages).toEqual(['Draft not saved']);
    const reg = out.capture(1);
    expect(reg.status).toBe('skipped');
    expect(reg.skippedReason).toMatch(/writes are blocked in live/);
    expect(out.capture(2).skippedReason).toMatch(/follows 'Register'/);
    expect(out.result.status).toBe('passed');
  });

  it('blocked: a native form POST from a step not marked commits is refused too', async () => {
    const from = shared.app.requests.length;
    const out = await run(shared.browser, shared.app.url, journey('forgot-commits', [
      { name: 'Register', actions: [act.fill({ label: 'Surname' }, 'Testpatient'), act.click({ role: 'button', name: 'Register' })] },
    ], '/save.html'));
    expect(posts(from)).toEqual([]);
    const c = out.capture(0);
    expect(c.problems.blockedWrites).toEqual([{ url: '/api/save', method: 'POST' }]);
    // The form stays on screen, as it was before the button was pressed; nothing failed on the environment's side.
    expect(c.identity?.mainHeading).toBe('Register patient');
    expect(c.problems.failedRequests).toEqual([]);
  });

  it('blockUrls refuses named reads too, and the page is captured as it was left', async () => {
    const from = shared.app.requests.length;
    const out = await run(shared.browser, shared.app.url, journey('audit-blocked', [
      { name: 'Details', actions: [] },
    ], '/app/patients/4711/details'), { env: { blockUrls: ['/api/patient/'] } });
    expect(shared.app.requests.slice(from).map((r) => r.path)).not.toContain('/api/patient/4711');
    const c = out.capture(0);
    expect(c.problems.blockedWrites).toEqual([{ url: '/api/patient/4711', method: 'GET' }]);
  });

  it('allowed: the same journey writes, and the confirmation is captured', async () => {
    const from = shared.app.requests.length;
    const out = await run(shared.browser, shared.app.url, register('register-rw'), { env: { writes: 'allowed' } });
    expect(posts(from)).toEqual([{ method: 'POST', path: '/api/draft' }, { method: 'POST', path: '/api/save' }]);
    expect(out.result.steps.map((s) => s.status)).toEqual(['captured', 'captured', 'captured']);
    expect(out.capture(0).identity!.messages).toEqual(['Draft saved']);
    expect(out.capture(0).problems.blockedWrites).toEqual([]);
    const conf = out.capture(2);
    expect(conf.status, why(conf)).toBe('captured');
    expect(conf.identity!.mainHeading).toBe('Patient registered');
  });
});
