// Where Parity looks for a browser, in the order issues 2 and 16 ask: PARITY_CHROMIUM, the config's
// executablePath, Playwright's own browser, then the platform's install paths (Chromium, Chrome,
// Edge), or with browser.channel only that browser's; and what it says when there is none.
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, noBrowserHelp } from '../../src/browser/find-browser.js';
import { cleanup, cli, project } from '../e2e/helpers-run.js';

const WIN = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\jbloggs\\AppData\\Local' };

describe('finding a browser', () => {
  it('looks in the documented order', () => {
    const list = browserCandidates({ env: { PARITY_CHROMIUM: '/opt/x/chrome' }, configured: '/etc/chromium', playwrightPath: '/pw/chrome', platform: 'linux' });
    expect(list.slice(0, 4).map((c) => [c.path, c.source])).toEqual([
      ['/opt/x/chrome', 'PARITY_CHROMIUM'],
      ['/etc/chromium', 'browser.executablePath in the config'],
      ['/pw/chrome', 'Playwright-managed browser'],
      ['/usr/bin/chromium', 'system'],
    ]);
    expect(list.map((c) => c.path)).toContain('/usr/bin/google-chrome');
    expect(list.at(-1)!.path).toBe('/opt/microsoft/msedge/msedge');
  });

  it('on Windows: per-user installs (no admin rights) and Program Files, Chromium, then Chrome, then Edge', () => {
    const list = browserCandidates({ env: WIN, platform: 'win32' }).map((c) => c.path);
    expect(list).toEqual([
      'C:\\Users\\jbloggs\\AppData\\Local\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\jbloggs\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Users\\jbloggs\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
    // Without the variables (a service account), the default folders still are looked at.
    expect(browserCandidates({ env: {}, platform: 'win32' }).map((c) => c.path)).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('on macOS: /Applications and ~/Applications', () => {
    const list = browserCandidates({ env: { HOME: '/Users/jb' }, platform: 'darwin' }).map((c) => c.path);
    expect(list).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(list).toContain('/Users/jb/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(list.indexOf('/Applications/Chromium.app/Contents/MacOS/Chromium')).toBe(0);
  });

  it('browser.channel: only that browser, and never Playwright\'s own Chromium in its place', () => {
    const edge = browserCandidates({ env: WIN, channel: 'msedge', playwrightPath: '/pw/chrome', platform: 'win32' });
    expect(edge.map((c) => c.path)).toEqual([
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Users\\jbloggs\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
    expect(edge.every((c) => c.source === 'browser.channel msedge')).toBe(true);
    const chrome = browserCandidates({ env: {}, channel: 'chrome', platform: 'darwin' }).map((c) => c.path);
    expect(chrome).toEqual(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']);
  });

  it('says where it looked and how to get one, for the platform', () => {
    const win = noBrowserHelp(WIN, { channel: 'msedge' }, 'win32');
    expect(win).toContain('No Microsoft Edge (browser.channel: msedge) was found');
    expect(win).toContain('C:\\Users\\jbloggs\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(win).not.toContain('chrome.exe\n');
    expect(win).toContain('browser.executablePath');
    const linux = noBrowserHelp({}, {}, 'linux');
    expect(linux).toContain("Playwright's own browser");
    expect(linux).toContain('sudo apt-get install -y chromium');
  });

  it('takes PARITY_CHROMIUM when it exists, and refuses one that does not rather than use another browser', async () => {
    const found = await findBrowser({ PARITY_CHROMIUM: process.execPath }); // any existing executable stands in
    expect(found).toEqual({ path: process.execPath, source: 'PARITY_CHROMIUM' });
    await expect(findBrowser({ PARITY_CHROMIUM: '/nonexistent/chromium' })).rejects.toMatchObject({ code: 'BROWSER_NOT_FOUND', exitCode: 3 });
  });

  it('parity run with browser.channel: msedge and no Edge installed: exit 3, the message, no stack trace', async () => {
    const p = project(['find-patient']);
    try {
      p.config({ reference: 'train', environments: { train: { sim: { variant: 'train' } }, live: { sim: { variant: 'live-south' } } }, browser: { channel: 'msedge' } });
      const r = await cli(p.dir, ['run', '--capture-only', '--out', 'run'], { PARITY_CHROMIUM: '' });
      expect(r.code).toBe(3);
      expect(r.text).toContain('parity: BROWSER_NOT_FOUND: No Microsoft Edge (browser.channel: msedge) was found');
      expect(r.text).toContain('/opt/microsoft/msedge/msedge');
      expect(r.text).not.toMatch(/\n\s+at /);
    } finally {
      cleanup(p.dir);
    }
  });

  it('validate refuses a channel beside executablePath, naming the line (exit 2)', async () => {
    const p = project(['find-patient']);
    try {
      p.config({ reference: 'train', environments: { train: { sim: { variant: 'train' } } }, browser: { channel: 'chrome', executablePath: '/usr/bin/chromium' } });
      const r = await cli(p.dir, ['validate']);
      expect(r.code).toBe(2);
      expect(r.text).toMatch(/parity\.config\.yaml:\d+:\d+: SPEC_CONFLICT: browser has channel and executablePath/);
      p.config({ reference: 'train', environments: { train: { sim: { variant: 'train' } } }, browser: { channel: 'firefox' } });
      const bad = await cli(p.dir, ['validate']);
      expect(bad.code).toBe(2);
      expect(bad.text).toMatch(/parity\.config\.yaml:\d+:\d+: .*channel/);
    } finally {
      cleanup(p.dir);
    }
  });
});
