// The simulator itself behaves as the document says, quirk by quirk, so the gateway's tests
// against it mean something.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startOpencpsSim, type OpencpsSim } from '../opencps-sim/server.js';
import { GROUP_ID } from '../opencps-sim/seed.js';

const site = { groupId: GROUP_ID, Accept: 'application/json' };

describe('OpenCPS v2 simulator', () => {
  let sim: OpencpsSim;
  before(async () => {
    sim = await startOpencpsSim();
  });
  after(() => sim.close());

  it('answers nothing without the groupId header (§1.3)', async () => {
    const none = await (await fetch(`${sim.url}/o/rest/v2/serviceinfos?end=0`)).json();
    assert.deepEqual(none, { total: 0, data: [] });
    const some = (await (await fetch(`${sim.url}/o/rest/v2/serviceinfos?end=0`, { headers: site })).json()) as { total: number };
    assert.equal(some.total, 7);
  });

  it('turns single-item lists into bare objects and keeps HTML (§1.5, §2.1)', async () => {
    const one = (await (await fetch(`${sim.url}/o/rest/v2/serviceinfos?keyword=quốc tế`, { headers: site })).json()) as { data: { serviceConfigs: unknown; processText: string } };
    assert.ok(!Array.isArray(one.data), 'a one-item page arrives as a bare object');
    assert.ok(!Array.isArray(one.data.serviceConfigs));
    assert.match(one.data.processText, /<script>/);
  });

  it('says 203 with bare text for a wrong PIN and 403 for an unknown dossier (§1.4)', async () => {
    const wrong = await fetch(`${sim.url}/o/rest/v2/dossiers/000.00.07.G12-261102-0007`, { headers: { ...site, secretCode: '0000' } });
    assert.equal(wrong.status, 203);
    assert.equal(await wrong.text(), 'secretKey not sucess');
    const unknown = await fetch(`${sim.url}/o/rest/v2/dossiers/000.00.07.G12-261102-0099`, { headers: { ...site, secretCode: '4821' } });
    assert.equal(unknown.status, 403);
    const right = (await (await fetch(`${sim.url}/o/rest/v2/dossiers/000.00.07.G12-261102-0007?secretKey=4821`, { headers: site })).json()) as Record<string, unknown>;
    assert.equal(right.applicantIdNo, '001089012345', 'full personal data (§3.1)');
    assert.match(String(right.receiveDate), /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
  });

  it('stores every vote, even the same one twice (§4.2), and sends no CORS headers (§1.7)', async () => {
    const q = (await (await fetch(`${sim.url}/o/rest/v2/postal/votings/dossier/120345`, { headers: site })).json()) as { data: Array<{ votingId: number }> };
    const id = q.data[0]!.votingId;
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${sim.url}/o/rest/v2/postal/votings/${id}/results`, { method: 'POST', headers: site, body: new URLSearchParams({ selected: '1' }) });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    }
    assert.equal(sim.state.votes.filter((v) => v.votingId === id).length, 2);
    assert.equal((await fetch(`${sim.url}/o/rest/v2/serviceinfos`, { method: 'OPTIONS' })).status, 403);
  });
});
