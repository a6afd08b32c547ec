// An OpenCPS v2 back end for tests, written from /work/shared/backends/opencps-v2.md: a real HTTP
// server on loopback with seeded data, each documented quirk a switch (quirks.ts). It records
// every request, so tests can tell what the gateway asked for and in which order.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { domainFacets, fileTemplate, listServices, serviceDetail } from './catalogue.js';
import { holidayOn, listHolidays, listWorktimes } from './calendar.js';
import type { SimAnswer, SimRequest, SimState } from './context.js';
import { dossierDetail, dossierLogs } from './dossiers.js';
import { bareSingles } from './format.js';
import { DOCUMENTED, type Quirks } from './quirks.js';
import { GROUP_ID } from './seed.js';
import { dossierStatistics, votingStatistics } from './statistics.js';
import { getVotings, postVote } from './votings.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

export interface OpencpsSim {
  url: string;
  quirks: Quirks;
  state: SimState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Route = [method: string, pattern: RegExp, answer: (req: SimRequest, ...params: string[]) => SimAnswer];

const V2 = '/o/rest/v2';
const ROUTES: Route[] = [
  ['GET', /^\/o\/rest\/v2\/serviceinfos$/, listServices],
  ['GET', /^\/o\/rest\/v2\/serviceinfos\/statistics\/domains$/, domainFacets],
  ['GET', /^\/o\/rest\/v2\/serviceinfos\/([^/]+)\/filetemplates\/([^/]+)$/, fileTemplate],
  ['GET', /^\/o\/rest\/v2\/serviceinfos\/([^/]+)$/, serviceDetail],
  ['GET', /^\/o\/rest\/v2\/dossiers\/([^/]+)$/, dossierDetail],
  ['GET', /^\/o\/rest\/v2\/dossierlogs\/(\d+)\/logs$/, dossierLogs],
  ['GET', /^\/o\/rest\/v2\/postal\/votings\/([a-z]+)\/([^/]+)$/, getVotings],
  ['POST', /^\/o\/rest\/v2\/postal\/votings\/(\d+)\/results$/, postVote],
  ['GET', /^\/o\/rest\/v2\/holidays$/, listHolidays],
  ['GET', /^\/o\/rest\/v2\/holidays\/(\d{8})$/, holidayOn],
  ['GET', /^\/o\/rest\/v2\/worktimes$/, listWorktimes],
  ['GET', /^\/o\/rest\/statistics$/, dossierStatistics],
  ['GET', /^\/o\/rest\/statistics\/votings$/, votingStatistics],
];

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, answer: SimAnswer, quirks: Quirks): void {
  const cors: Record<string, string> = quirks.noCors ? {} : { 'Access-Control-Allow-Origin': '*' };
  if ('json' in answer) {
    const body = answer.jaxb && quirks.bareSingleItems ? bareSingles(answer.json) : answer.json;
    res.writeHead(answer.status, { ...cors, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  } else if ('text' in answer) {
    res.writeHead(answer.status, { ...cors, 'Content-Type': answer.type ?? 'text/plain' });
    res.end(answer.text);
  } else {
    res.writeHead(answer.status, { ...cors, 'Content-Type': answer.type });
    res.end(answer.bytes);
  }
}

/** Answers outside the document, when a test asks for them. */
function misbehave(res: ServerResponse, how: NonNullable<Quirks['misbehave']>): void {
  if (how === 'drop') return void res.socket?.destroy();
  if (how === 'html-200') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return void res.end('<!DOCTYPE html><html><body><form action="/c/portal/login">Đăng nhập</form></body></html>');
  }
  if (how === 'status-500') {
    res.writeHead(500, { 'Content-Type': 'text/html' });
    return void res.end('<h1>HTTP Status 500 – Internal Server Error</h1>');
  }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ total: 'many', data: 'none', serviceCode: 42, dossierNo: 7 }));
}

export async function startOpencpsSim(quirks: Partial<Quirks> = {}, port = 0): Promise<OpencpsSim> {
  const sim = { quirks: { ...DOCUMENTED, ...quirks }, state: { votings: [], votes: [], recalculations: 0, nextId: 9001, votePosts: 0, failVotePosts: [] } as SimState, requests: [] as RecordedRequest[] };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sim');
    sim.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers });
    if (sim.quirks.misbehave) return misbehave(res, sim.quirks.misbehave);
    if (req.method === 'OPTIONS') {
      // §1.7: preflights are refused; the operator would have to add CORS at a proxy.
      return send(res, sim.quirks.noCors ? { status: 403, text: 'Forbidden' } : { status: 204, text: '' }, sim.quirks);
    }
    const form = req.method === 'POST' ? await readForm(req) : new URLSearchParams();
    const inGroup = !sim.quirks.groupIdRequired || req.headers['groupid'] === GROUP_ID;
    const simReq: SimRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, form, quirks: sim.quirks, state: sim.state, inGroup };
    for (const [method, pattern, answer] of ROUTES) {
      const m = pattern.exec(url.pathname);
      if (m && method === req.method) return send(res, answer(simReq, ...m.slice(1).map(decodeURIComponent)), sim.quirks);
    }
    send(res, { status: 404, text: `<html>Not Found ${V2}</html>`, type: 'text/html' }, sim.quirks);
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  const address = server.address() as AddressInfo;
  return {
    ...sim,
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
