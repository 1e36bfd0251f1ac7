// A record screen built from frames, the way older web EPRs build one: the patient banner in the
// page, the record in a same-origin iframe, results in a cross-origin iframe nested inside that,
// and an orders panel from the other origin beside it. Two loopback servers give the two origins.
// Every frame is placed at a fixed position, so where its controls are on the page is known.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Site { url: string; close(): Promise<void> }

const doc = (title: string, body: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;font:16px sans-serif} .at{position:absolute} iframe{position:absolute;padding:0}</style></head><body>${body}</body></html>`;

/** The page and its same-origin record panel; `other` is the cross-origin server's address. */
function mainPages(path: string, other: string, variant: 1 | 2): string | undefined {
  if (path === '/record.html') {
    return doc('Patient record', `<h1 class="at" style="left:20px;top:0">Patient record</h1>
<section aria-label="Patient banner" class="at" style="left:20px;top:70px">SMITH, Anna 943 476 5919</section>
<iframe title="Record" src="/record-panel.html" style="left:40px;top:200px;width:700px;height:500px;border:4px solid #333"></iframe>
<iframe src="${other}orders.html" style="left:800px;top:200px;width:300px;height:300px;border:2px solid #333"></iframe>`);
  }
  if (path === '/record-panel.html') {
    return doc('Record', `<h2 class="at" style="left:20px;top:0">Observations</h2>
<label class="at" for="pulse" style="left:20px;top:36px">Pulse</label><input id="pulse" class="at" style="left:20px;top:60px;width:120px;height:20px">
<button type="button" class="at" style="left:20px;top:100px" onclick="document.getElementById('said').textContent='Saved ' + document.getElementById('pulse').value">Save observations</button>
<p id="said" role="status" class="at" style="left:20px;top:140px"></p>
<iframe title="Results" src="${other}results.html?v=${variant}" style="left:300px;top:100px;width:380px;height:300px;border:2px solid #333"></iframe>`);
  }
  return undefined;
}

function otherPages(path: string, query: URLSearchParams): string | undefined {
  if (path === '/results.html') {
    const label = query.get('v') === '2' ? 'Sample type' : 'Specimen type';
    return doc('Results', `<h2 class="at" style="left:10px;top:0">Results</h2>
<label class="at" for="spec" style="left:10px;top:30px">${label}</label><input id="spec" name="specimen" class="at" style="left:10px;top:50px;width:150px;height:20px">
<button type="button" class="at" style="left:10px;top:90px">Print</button>`);
  }
  if (path === '/orders.html') {
    return doc('Orders', `<h2 class="at" style="left:10px;top:0">Orders</h2>
<label class="at" style="left:10px;top:40px"><input type="checkbox" id="urgent"> Urgent</label>
<button type="button" class="at" style="left:10px;top:80px" onclick="document.getElementById('printed').textContent='Orders printed'">Print</button>
<p id="printed" role="status" class="at" style="left:10px;top:120px"></p>`);
  }
  return undefined;
}

async function serve(pages: (path: string, query: URLSearchParams) => string | undefined): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const body = pages(u.pathname, u.searchParams);
    res.writeHead(body ? 200 : 404, { 'content-type': body ? 'text/html; charset=utf-8' : 'text/plain', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

const stop = (s: Server) => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()); });

/** Two versions of the screen (2 renames the specimen field in the nested results panel) and the other origin they share. */
export async function startFrameSites(): Promise<{ v1: Site; v2: Site; other: Site }> {
  const other = await serve(otherPages);
  const v1 = await serve((p) => mainPages(p, other.url, 1));
  const v2 = await serve((p) => mainPages(p, other.url, 2));
  const site = (s: { server: Server; url: string }): Site => ({ url: s.url, close: () => stop(s.server) });
  return { v1: site(v1), v2: site(v2), other: site(other) };
}
