// What went wrong on the page while a step ran: console errors, uncaught exceptions, failed requests.
// Collected per page and handed to the capture of each step, then cleared.
import type { Page } from 'playwright';
import type { PageProblems } from '../model/capture.js';

export function emptyProblems(): PageProblems {
  return { consoleErrors: [], pageErrors: [], failedRequests: [], blockedWrites: [] };
}

export class ProblemCollector {
  private current = emptyProblems();

  attach(page: Page): void {
    page.on('console', (m) => {
      if (m.type() === 'error') this.current.consoleErrors.push(m.text().slice(0, 500));
    });
    page.on('pageerror', (e) => this.current.pageErrors.push(e.message.split('\n')[0]!.slice(0, 500)));
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? 'failed';
      // Writes we aborted ourselves are recorded as blocked writes, not failures of the environment.
      if (error.includes('ERR_BLOCKED_BY_CLIENT') || this.isBlocked(r.url(), r.method())) return;
      this.current.failedRequests.push({ url: pathOf(r.url()), method: r.method(), error });
    });
    page.on('response', (r) => {
      if (r.status() >= 400) this.current.failedRequests.push({ url: pathOf(r.url()), method: r.request().method(), status: r.status() });
    });
  }

  blocked(url: string, method: string): void {
    this.current.blockedWrites.push({ url: pathOf(url), method });
  }

  private isBlocked(url: string, method: string): boolean {
    const p = pathOf(url);
    return this.current.blockedWrites.some((b) => b.url === p && b.method === method);
  }

  /** The problems since the last take, and start afresh. */
  take(): PageProblems {
    const p = this.current;
    this.current = emptyProblems();
    return p;
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
