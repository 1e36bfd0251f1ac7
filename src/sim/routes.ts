// Every screen's routes in one table, and matching a request against it. Paths with fewer
// parameters win, so /patients/new is never taken for the patient with MRN "new".
import type { Route } from './context.js';
import { AUTH_ROUTES } from './screens/auth.js';
import { HOME_ROUTES } from './screens/home.js';
import { SEARCH_ROUTES } from './screens/search.js';
import { REGISTER_ROUTES } from './screens/register.js';
import { PATIENT_FORM_ROUTES } from './screens/patient-forms.js';
import { BOOKING_ROUTES } from './screens/booking.js';
import { OUTCOME_ROUTES } from './screens/outcome.js';
import { INPATIENT_ROUTES } from './screens/inpatient.js';
import { REPORT_ROUTES } from './screens/reports.js';
import { PATIENT_ROUTES } from './screens/patient.js';
import { CLINICAL_RECORD_ROUTES } from './screens/clinical-record.js';

interface Compiled { route: Route; re: RegExp; names: string[]; params: number }

function compile(route: Route): Compiled {
  const names: string[] = [];
  const src = route.path.split('/').map((seg) => {
    if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    names.push(seg.slice(1));
    return '([^/]+)';
  }).join('/');
  return { route, re: new RegExp(`^${src}$`), names, params: names.length };
}

const TABLE: Compiled[] = [
  ...AUTH_ROUTES, ...HOME_ROUTES, ...SEARCH_ROUTES, ...REGISTER_ROUTES, ...PATIENT_FORM_ROUTES,
  ...BOOKING_ROUTES, ...OUTCOME_ROUTES, ...INPATIENT_ROUTES, ...REPORT_ROUTES, ...PATIENT_ROUTES, ...CLINICAL_RECORD_ROUTES,
].map(compile).sort((a, b) => a.params - b.params);

export type Match = { route: Route; params: Record<string, string> } | { methodNotAllowed: true } | null;

export function matchRoute(method: string, path: string): Match {
  const m = method === 'HEAD' ? 'GET' : method;
  let pathMatched = false;
  for (const c of TABLE) {
    const r = c.re.exec(path);
    if (!r) continue;
    pathMatched = true;
    if (c.route.method !== m) continue;
    const params: Record<string, string> = {};
    c.names.forEach((n, i) => { params[n] = decodeURIComponent(r[i + 1]!); });
    return { route: c.route, params };
  }
  return pathMatched ? { methodNotAllowed: true } : null;
}
