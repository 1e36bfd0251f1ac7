// A stand-in for the DevTools Recorder, for tests: Playwright drives the page (clicks, changes,
// keys) and each step is written in the Recorder's export format, with selectors computed as the
// Recorder computes them: aria/ from Chromium's accessibility tree (name alone when it is unique
// on the page, else name[role="..."]), then CSS (#id, or a tag path), xpath/, pierce/ and text/
// (the element's text when short and unique). Navigations are asserted on the step that caused
// them, with the new page's URL and title.
import type { CDPSession, Locator, Page } from 'playwright';

type Step = Record<string, unknown>;

export class ChromeRecording {
  readonly steps: Step[] = [];
  private cdp?: CDPSession;
  private constructor(private readonly page: Page, private readonly title: string) {}

  static async start(page: Page, title: string): Promise<ChromeRecording> {
    const r = new ChromeRecording(page, title);
    const vp = page.viewportSize() ?? { width: 1280, height: 800 };
    r.steps.push({ type: 'setViewport', width: vp.width, height: vp.height, deviceScaleFactor: 1, isMobile: false, hasTouch: false, isLandscape: false });
    return r;
  }

  /** The export, as DevTools › Recorder › Export › JSON writes it. */
  json(): string {
    return JSON.stringify({ title: this.title, steps: this.steps }, null, 2);
  }

  async navigate(url: string): Promise<void> {
    await this.page.goto(url);
    this.steps.push({ type: 'navigate', url: this.page.url(), assertedEvents: [await this.navigationEvent()] });
  }

  async click(el: Locator): Promise<void> {
    const selectors = await this.selectors(el);
    const box = await el.boundingBox();
    await this.observe(() => el.click(), { type: 'click', target: 'main', selectors, offsetY: Math.round((box?.height ?? 20) / 2), offsetX: Math.round((box?.width ?? 20) / 2) });
  }

  /** What the Recorder writes for typing into a field, or choosing in a native drop-down (the option's value). */
  async change(el: Locator, value: string): Promise<void> {
    const selectors = await this.selectors(el);
    const isSelect = await el.evaluate((n) => n instanceof HTMLSelectElement);
    await this.observe(() => (isSelect ? el.selectOption({ value }).then(() => undefined) : el.fill(value)), { type: 'change', value, selectors, target: 'main' });
  }

  async key(key: string): Promise<void> {
    this.steps.push({ type: 'keyDown', target: 'main', key });
    await this.observe(() => this.page.keyboard.press(key), { type: 'keyUp', key, target: 'main' });
  }

  private async observe(act: () => Promise<void>, step: Step): Promise<void> {
    const before = await this.page.evaluate(() => ((window as unknown as { __doc?: string }).__doc ??= Math.random().toString(36)));
    await act();
    await this.page.waitForLoadState('load');
    await this.page.waitForTimeout(150);
    const after = await this.page.evaluate(() => (window as unknown as { __doc?: string }).__doc).catch(() => undefined);
    if (after !== before) step.assertedEvents = [await this.navigationEvent()];
    this.steps.push(step);
  }

  private async navigationEvent(): Promise<Step> {
    await this.page.waitForLoadState('load');
    return { type: 'navigation', url: this.page.url(), title: await this.page.title() };
  }

  private async selectors(el: Locator): Promise<string[][]> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const cdp = this.cdp;
    const out: string[][] = [];
    await el.evaluate((n) => n.setAttribute('data-rec', '1'));
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-rec]' });
    await el.evaluate((n) => n.removeAttribute('data-rec'));
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const ax = nodes.find((x) => !x.ignored);
    const name = String(ax?.name?.value ?? '').trim();
    const role = String(ax?.role?.value ?? '');
    if (name) {
      const { nodes: same } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name });
      const unique = same.filter((x) => !x.ignored && x.role?.value !== 'StaticText' && x.role?.value !== 'InlineTextBox').length === 1;
      out.push([unique ? `aria/${name}` : `aria/${name}[role="${role}"]`]);
    }
    const dom = await el.evaluate((n) => {
      const path = (e: Element): string => {
        if (e.id) return `#${CSS.escape(e.id)}`;
        const parent = e.parentElement;
        if (!parent || e.tagName === 'BODY') return e.tagName.toLowerCase();
        const same = [...parent.children].filter((c) => c.tagName === e.tagName);
        const tag = e.tagName.toLowerCase() + (same.length > 1 ? `:nth-of-type(${same.indexOf(e) + 1})` : '');
        return `${path(parent)} > ${tag}`;
      };
      const xpath = (e: Element): string => {
        if (e.id) return `//*[@id="${e.id}"]`;
        const parent = e.parentElement;
        if (!parent) return `/${e.tagName.toLowerCase()}`;
        const same = [...parent.children].filter((c) => c.tagName === e.tagName);
        return `${xpath(parent)}/${e.tagName.toLowerCase()}${same.length > 1 ? `[${same.indexOf(e) + 1}]` : ''}`;
      };
      const text = n instanceof HTMLInputElement || n instanceof HTMLSelectElement ? '' : (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      const uniqueText = text && text.length <= 64 && [...document.querySelectorAll('body *')].filter((e) => e.children.length === 0 && (e.textContent ?? '').includes(text)).length <= 1;
      return { css: path(n), xpath: xpath(n), text: uniqueText ? text : '' };
    });
    out.push([dom.css], [`xpath/${dom.xpath}`], [`pierce/${dom.css}`]);
    if (dom.text) out.push([`text/${dom.text}`]);
    return out;
  }
}
