// Where Chromium-family browsers are installed, per platform and channel. Pure: paths are built
// from the environment variables Windows sets (a per-user install under LOCALAPPDATA is what a
// locked-down desktop without admin rights gets), never looked up here.
import { posix, win32 } from 'node:path';

export type Channel = 'msedge' | 'chrome';
export type Family = Channel | 'chromium';

export interface InstallPath { path: string; family: Family }

function windows(env: NodeJS.ProcessEnv): InstallPath[] {
  const pf = env.PROGRAMFILES ?? env.ProgramFiles ?? 'C:\\Program Files';
  const pf86 = env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
  const local = env.LOCALAPPDATA ?? (env.USERPROFILE ? win32.join(env.USERPROFILE, 'AppData', 'Local') : undefined);
  const under = (roots: (string | undefined)[], ...rest: string[]) => roots.filter((r): r is string => Boolean(r)).map((r) => win32.join(r, ...rest));
  return [
    ...under([local], 'Chromium', 'Application', 'chrome.exe').map((path) => ({ path, family: 'chromium' as const })),
    ...under([pf, pf86, local], 'Google', 'Chrome', 'Application', 'chrome.exe').map((path) => ({ path, family: 'chrome' as const })),
    // Edge comes with Windows (in Program Files (x86), whatever the machine's bitness).
    ...under([pf86, pf, local], 'Microsoft', 'Edge', 'Application', 'msedge.exe').map((path) => ({ path, family: 'msedge' as const })),
  ];
}

function mac(env: NodeJS.ProcessEnv): InstallPath[] {
  const apps = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
  const app = (name: string, bin: string, family: Family) => apps.map((a) => ({ path: posix.join(a, `${name}.app`, 'Contents', 'MacOS', bin), family }));
  return [...app('Chromium', 'Chromium', 'chromium'), ...app('Google Chrome', 'Google Chrome', 'chrome'), ...app('Microsoft Edge', 'Microsoft Edge', 'msedge')];
}

function linux(): InstallPath[] {
  return [
    ...['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].map((path) => ({ path, family: 'chromium' as const })),
    ...['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'].map((path) => ({ path, family: 'chrome' as const })),
    ...['/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge'].map((path) => ({ path, family: 'msedge' as const })),
  ];
}

/** Install paths on this platform, Chromium first, then Chrome, then Edge; only the channel's when one is named. */
export function installPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, channel?: Channel): InstallPath[] {
  const all = platform === 'win32' ? windows(env) : platform === 'darwin' ? mac(env) : linux();
  return channel ? all.filter((p) => p.family === channel) : all;
}

export const CHANNEL_NAMES: Record<Channel, string> = { msedge: 'Microsoft Edge', chrome: 'Google Chrome' };
