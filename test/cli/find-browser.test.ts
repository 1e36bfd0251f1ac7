// Where Parity looks for Chromium, in the order issue 2 asks: PARITY_CHROMIUM, the config's
// executablePath, Playwright's own browser, then the system's Chromium and Chrome.
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser } from '../../src/run/find-browser.js';

describe('finding a browser', () => {
  it('looks in the documented order', () => {
    const list = browserCandidates({ env: { PARITY_CHROMIUM: '/opt/x/chrome' }, configured: '/etc/chromium', playwrightPath: '/pw/chrome' });
    expect(list.slice(0, 4).map((c) => [c.path, c.source])).toEqual([
      ['/opt/x/chrome', 'PARITY_CHROMIUM'],
      ['/etc/chromium', 'browser.executablePath in the config'],
      ['/pw/chrome', 'Playwright-managed browser'],
      ['/usr/bin/chromium', 'system'],
    ]);
    expect(list.map((c) => c.path)).toContain('/usr/bin/google-chrome');
  });

  it('takes PARITY_CHROMIUM when it exists, and refuses one that does not rather than use another browser', async () => {
    const found = await findBrowser({ PARITY_CHROMIUM: process.execPath }); // any existing executable stands in
    expect(found).toEqual({ path: process.execPath, source: 'PARITY_CHROMIUM' });
    await expect(findBrowser({ PARITY_CHROMIUM: '/nonexistent/chromium' })).rejects.toMatchObject({ code: 'BROWSER_NOT_FOUND', exitCode: 3 });
  });
});
