// What went wrong on the page while a step ran: console errors, uncaught exceptions, failed requests.
// Collected per page and handed to the capture of each step, then cleared.
import type { Page, Request } from 'playwright';
import type { PageProblems } from '../model/capture.js';

export function emptyProblems(): PageProblems {
  return { consoleErrors: [], pageErrors: [], failedRequests: [], blockedWrites: [], dialogs: [] };
}

/** Network errors that mean nothing answered at all (as opposed to an answer with an error status). */
export const CONNECTION_FAILURE = /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|ERR_CONNECTION_CLOSED|ERR_ADDRESS_UNREACHABLE|ERR_TIMED_OUT|ERR_CONNECTION_TIMED_OUT|ERR_NAME_NOT_RESOLVED/;

export class ProblemCollector {
  private current = emptyProblems();
  /** Set when the page itself could not be loaded: the environment has gone away (see lostConnection). */
  private lost: string | undefined;

  /**
   * `refusable`: requests the environment's write guard refuses whatever happens (a write where
   * writes are blocked, a blockUrls match). Their failure is never the environment's: refused and
   * on record, or abandoned by the page (a navigation away) before they reached the guard at all.
   */
  constructor(private readonly refusable: (url: string, method: string) => boolean = () => false) {}

  /** `dialogs: false` leaves the page's boxes alone: in a Playwright Test suite the test answers them,
   *  and a listener here would change what the test does (Playwright dismisses only unheard dialogs). */
  attach(page: Page, opts: { dialogs?: boolean } = {}): void {
    page.on('console', (m) => {
      // The browser asks for /favicon.ico on its own, sometimes before the step is over and
      // sometimes after: its 404 echoed in the console is no error of the page a person meets.
      if (m.type() === 'error' && !/\/favicon\.ico(\?|$)/.test(m.location().url)) this.current.consoleErrors.push(m.text().slice(0, 500));
    });
    page.on('pageerror', (e) => this.current.pageErrors.push(e.message.split('\n')[0]!.slice(0, 500)));
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? 'failed';
      // Writes we aborted ourselves are recorded as blocked writes, not failures of the environment.
      if (error.includes('ERR_BLOCKED_BY_CLIENT') || this.isBlocked(r.url(), r.method())) return;
      // A click that navigates throws nothing when the next page cannot be loaded: Chromium shows its
      // own error page and the journey would go on against it, reported as blocked. A main-frame
      // page that got no answer (after net-policy's retries) means the environment is down.
      if (r.isNavigationRequest() && CONNECTION_FAILURE.test(error) && isMainFrame(r)) this.lost ??= `${error} loading ${pathOf(r.url())}`;
      this.current.failedRequests.push({ url: pathOf(r.url()), method: r.method(), error, resource: r.resourceType() });
    });
    page.on('response', (r) => {
      // The write guard's own refusal (403) is a blocked write, not a failure.
      if (r.status() >= 400 && !this.isBlocked(r.url(), r.request().method())) this.current.failedRequests.push({ url: pathOf(r.url()), method: r.request().method(), status: r.status(), resource: r.request().resourceType() });
    });
    // A box the page puts up is something a person meets, and answers: recorded, then dismissed (what
    // Playwright did silently before: a confirm answered "Cancel" changes nothing on LIVE).
    if (opts.dialogs !== false) page.on('dialog', (d) => {
      this.current.dialogs!.push({ type: d.type(), message: d.message().slice(0, 500) });
      d.dismiss().catch(() => {}); // the page may already be gone
    });
  }

  /** Problems that happened before this collector listened (what the page had already logged). */
  seed(p: Pick<PageProblems, 'consoleErrors' | 'pageErrors'>): void {
    this.current.consoleErrors.unshift(...p.consoleErrors);
    this.current.pageErrors.unshift(...p.pageErrors);
  }

  blocked(url: string, method: string): void {
    this.current.blockedWrites.push({ url: pathOf(url), method });
  }

  private isBlocked(url: string, method: string): boolean {
    if (this.refusable(url, method)) return true;
    const p = pathOf(url);
    return this.current.blockedWrites.some((b) => b.url === p && b.method === method);
  }

  /** Writes refused since the last take: whether an action just now sent one. */
  refusedCount(): number {
    return this.current.blockedWrites.length;
  }

  /** Why the page could not be loaded at all, if that happened since the page opened. */
  lostConnection(): string | undefined {
    return this.lost;
  }

  /** The problems since the last take, and start afresh. */
  take(): PageProblems {
    const p = this.current;
    this.current = emptyProblems();
    return p;
  }
}

function isMainFrame(r: Request): boolean {
  try {
    return r.frame().parentFrame() === null;
  } catch {
    return false; // a service worker's request has no frame
  }
}

/** Query strings can carry patient identifiers: keep origin-relative paths only. */
export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname;
  } catch {
    return url.split('?')[0]!;
  }
}
