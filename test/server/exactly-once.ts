// Exactly once through a bad network and two server instances on one database: N survey
// responses (a third of them for dossiers, with tokens from look-ups) go through the SDK (its
// retries, one idempotency key per response) and the chaos proxy, which balances connections over
// both instances while one of them is restarted half-way. Afterwards the database holds exactly
// N responses, one per key, each matching the receipt its sender got.
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client.js';
import type { SurveyReceipt, SurveyResponse } from '../../src/model/index.js';
import type { Database } from '../../server/db/database.js';
import { firstTryFate, startProxy } from './chaos-proxy.js';
import { fixture } from './fixture.js';
import { fixtureServer } from './helpers.js';

type Server = Awaited<ReturnType<typeof fixtureServer>>;

export interface Instances {
  /** Starts one instance on the shared database (port 0: any free port). */
  start(port: number): Promise<Server>;
  /** A handle on the shared database to count what was stored. */
  database: Database;
}

const N = 40;

/** The fixture plus dossiers enough for a third of the responses, each with its own key. */
export function chaosData(): typeof fixture {
  const extra = Array.from({ length: 14 }, (_, i) => {
    const base = fixture.dossiers[0]!;
    const code = `000.00.53.H48-250902-${String(100 + i).padStart(4, '0')}`;
    return { lookupKey: `CH${String(1000 + i)}`, dossier: { ...base.dossier, code } };
  });
  return { ...fixture, dossiers: [...fixture.dossiers, ...extra] };
}

export async function exactlyOnce(instances: Instances): Promise<void> {
  let a = await instances.start(0);
  const b = await instances.start(0);
  const aPort = a.port;
  const keyIndex = new Map<string, number>();
  const proxy = await startProxy(
    () => [aPort, b.port],
    (key, attempt) => (attempt === 1 ? firstTryFate(keyIndex.get(key) ?? 3) : 'pass'),
  );
  let restarting: Promise<void> = Promise.resolve();
  try {
    const client = createClient({
      baseUrl: `http://127.0.0.1:${proxy.port}/api/v1`,
      timeout: 3_000,
      // Enough tries to ride out the restart; short waits keep the test quick.
      retry: { limit: 40, backoffLimit: 500 },
    });
    const data = chaosData();
    // The look-ups go straight to instance B, one at a time: they are not what is tested here.
    const direct = createClient({ baseUrl: `${b.url}/api/v1` });
    const responses: Array<{ key: string; body: SurveyResponse; token: string | undefined }> = [];
    for (let i = 0; i < N; i++) {
      const key = `chaos-${String(i).padStart(4, '0')}-${Math.random().toString(36).slice(2, 10)}`;
      keyIndex.set(key, i);
      const body: SurveyResponse = {
        formId: 'sipas-2025',
        formVersion: 1,
        answers: { time: 'on-time', overall: i % 3 === 0 ? 'very-satisfied' : 'satisfied' },
        comment: `Phiếu số ${i + 1}`,
        channel: i % 2 ? 'kiosk' : 'web',
      };
      // A third are for dossiers, with the token their look-up returned; their time is prefilled.
      const sample = i % 3 === 1 ? data.dossiers[2 + Math.floor(i / 3)] : undefined;
      if (!sample) {
        responses.push({ key, body, token: undefined });
        continue;
      }
      const found = await direct.dossiers.lookup({ code: sample.dossier.code, lookupKey: sample.lookupKey });
      const { time: _prefilled, ...answers } = body.answers;
      responses.push({ key, body: { ...body, answers, dossierCode: sample.dossier.code }, token: found.access?.token });
    }

    const receipts = new Map<string, SurveyReceipt>();
    const send = async ({ key, body, token }: (typeof responses)[number]) => {
      receipts.set(key, await client.surveys.submit(body, { idempotencyKey: key, ...(token ? { token } : {}) }));
    };
    /** Four at a time, like a few kiosks and phones at once. */
    const pool = async (items: typeof responses) => {
      const queue = [...items];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let item = queue.shift(); item; item = queue.shift()) await send(item);
        }),
      );
    };

    await pool(responses.slice(0, N / 2));
    // Restart instance A on its port while the second half is being sent; B keeps serving.
    restarting = (async () => {
      await new Promise((r) => setTimeout(r, 30));
      await a.close();
      // Down for a moment: tries sent to A in this window find nobody listening.
      await new Promise((r) => setTimeout(r, 400));
      a = await instances.start(aPort);
    })();
    await Promise.all([pool(responses.slice(N / 2)), restarting]);

    // Every fault happened, and the restart really interrupted someone.
    const applied = JSON.stringify(proxy.applied);
    assert.ok(proxy.applied['503'] >= N / 4 - 1, applied);
    // A try that met the restart (upstream-down) lost the fault it was planned for.
    const preempted = proxy.applied['upstream-down'];
    assert.ok(proxy.applied['cut-mid-request'] >= N / 4 - 1 - preempted, applied);
    assert.ok(proxy.applied['cut-after-stored'] >= N / 4 - 1 - preempted, applied);
    assert.ok(proxy.applied['upstream-down'] > 0, `the restart interrupted no try: ${applied}`);

    assert.equal(receipts.size, N);
    assert.equal(new Set([...receipts.values()].map((r) => r.id)).size, N, 'one id per response');
    // Tries that were stored but never read came back as duplicates of the first store.
    assert.ok([...receipts.values()].some((r) => r.duplicate), 'some retries were answered as duplicates');
    await assertStoredOnce(instances.database, responses, receipts);

    // Sending everything once more (a reloaded kiosk flushing its outbox) stores nothing new.
    await pool(responses);
    await assertStoredOnce(instances.database, responses, receipts);
  } finally {
    await proxy.close();
    // A failed run must not leave the restarted instance holding the process open.
    await restarting.catch(() => undefined);
    await Promise.all([a.close(), b.close()]);
  }
}

async function assertStoredOnce(
  db: Database,
  responses: Array<{ key: string; body: SurveyResponse }>,
  receipts: Map<string, SurveyReceipt>,
): Promise<void> {
  const rows = await db.query<{ id: string; key: string; response: SurveyResponse }>(
    `select r.id, k.key, r.response from survey_responses r join idempotency_keys k on k.result_id = r.id and k.scope = 'survey'`,
  );
  const total = await db.query<{ n: number }>('select count(*)::int as n from survey_responses');
  assert.equal(Number(total[0]!.n), N, `exactly ${N} responses stored`);
  assert.deepEqual(new Set(rows.map((s) => s.key)), new Set(responses.map((r) => r.key)));
  for (const row of rows) {
    assert.equal(receipts.get(row.key)?.id, row.id, 'the receipt names the stored response');
    assert.deepEqual(row.response, responses.find((r) => r.key === row.key)!.body);
  }
}
