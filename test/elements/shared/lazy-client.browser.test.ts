// The client an element builds from its api-base loads its code (ky, zod, the schemas) on the
// first call. These talk to the reference API the test server proxies under /api/.
import { expect } from '@open-wc/testing';
import { NetworkError } from '../../../src/api/errors.js';
import { connectOnCall, connectWithLoaders, warmClient } from '../../../src/elements/shared/lazy-client.js';

const loadProcedures = () => import('../../../src/api/procedures.js').then((m) => m.proceduresResource);

describe('connectOnCall (the client of an api-base)', () => {
  it('gives one client per API base, the same object each time', () => {
    const connect = connectOnCall('procedures');
    const a = connect('/api/v1');
    expect(connect('/api/v1')).to.equal(a);
    expect(connect('/api/v2')).not.to.equal(a);
    // Awaiting a resource must not treat it as a promise.
    expect((a.procedures as unknown as { then?: unknown }).then).to.equal(undefined);
  });

  it('loads the resource on the first call and answers with validated data from the server', async () => {
    let loads = 0;
    const client = connectWithLoaders({ procedures: () => (loads++, loadProcedures()) })('/api/v1');
    expect(loads).to.equal(0);
    const procedure = await client.procedures.get('1.001193');
    expect(procedure.code).to.equal('1.001193');
    expect(procedure.name.length).to.be.greaterThan(10);
    const page = await client.procedures.search({ q: 'khai sinh' });
    expect(page.items.length).to.be.greaterThan(0);
    expect(loads).to.equal(1);
  });

  it('passes the SDK’s own errors through (a 404 from the server)', async () => {
    const client = connectOnCall('procedures')('/api/v1');
    const error = await client.procedures.get('9.999999').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as { status?: number }).status).to.equal(404);
  });

  it('rejects with NetworkError when the code cannot be fetched, and tries again on the next call', async () => {
    let loads = 0;
    const client = connectWithLoaders({
      procedures: () =>
        loads++ === 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : loadProcedures(),
    })('/api/v1');
    const error = await client.procedures.get('1.001193').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(NetworkError);
    expect((await client.procedures.get('1.001193')).code).to.equal('1.001193');
    expect(loads).to.equal(2);
  });

  it('warmClient starts the load once; the call then reuses it', async () => {
    let loads = 0;
    const client = connectWithLoaders({ procedures: () => (loads++, loadProcedures()) })('/api/v1');
    warmClient(client);
    warmClient(client);
    expect(loads).to.equal(1);
    await client.procedures.get('1.001193');
    expect(loads).to.equal(1);
    warmClient({}); // not a lazy client: nothing happens
    warmClient(undefined);
  });
});
