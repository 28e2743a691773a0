/**
 * The lifecycle driver operations (spec/driver.md §Lifecycle operations)
 * of the reference driver, served in process over JSON lines, against a
 * reference relay: policy and consent, a change of number with the code
 * read through the test hooks, a push token, deletion.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import t from 'tap';
import { CLIENT_LIFECYCLE_CASES } from '../conformance/cases/client/lifecycle.ts';
import { ALL_CASES } from '../conformance/cases/index.ts';
import { runConformance } from '../conformance/runner/run.ts';
import { driverCommand } from '../conformance/zoo/run.ts';
import { runDriver } from '../reference/cli/driver.ts';
import { startTestRelay } from './identity-helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');

t.test('lifecycle.* through the driver', async (t) => {
  const r = await startTestRelay(t);
  const store = mkdtempSync(join(tmpdir(), 'deftalk-lifecycle-driver-'));
  t.teardown(() => rmSync(store, { recursive: true, force: true }));
  const input = new PassThrough();
  const output = new PassThrough();
  const done = runDriver(input, output, new PassThrough());
  const answers = new Map<number, (a: Record<string, unknown>) => void>();
  createInterface({ input: output }).on('line', (line) => {
    const a = JSON.parse(line) as { id: number };
    answers.get(a.id)?.(a as Record<string, unknown>);
  });
  let next = 1;
  const call = (op: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = next++;
      answers.set(id, resolve);
      input.write(`${JSON.stringify({ id, op, params })}\n`);
    });
  const result = async (op: string, params: Record<string, unknown> = {}) => {
    const a = await call(op, params);
    t.notOk(a.error, `${op} succeeds ${JSON.stringify(a.error ?? '')}`);
    return a.result as Record<string, unknown>;
  };

  const hello = await result('hello');
  t.ok((hello.capabilities as string[]).includes('client.lifecycle'), 'the capability is declared');
  await result('messages.open', { relay: r.relay.url, store, passphrase: 'driver passphrase' });
  await result('messages.register', { phoneNumber: '+4915122223333' });
  await result('messages.verify', { code: await r.client.verificationCode('+4915122223333') });
  const policy = await result('lifecycle.policy');
  t.equal(policy.acceptedVersion, 0);
  t.ok((policy.changedUses as string[]).includes('discovery'), 'every use is new to a fresh account');
  t.same(await result('lifecycle.consent', { decline: ['discovery'] }), {
    acceptedVersion: policy.version,
    declinedUses: ['discovery'],
  });
  t.same((await result('lifecycle.consent', { allow: ['discovery'] })).declinedUses, []);
  const bad = await call('lifecycle.consent', { decline: 'discovery' });
  t.match(bad, { error: { name: 'DRIVER_BAD_PARAMS' } }, 'a use list must be an array');
  await result('lifecycle.pushToken', {
    gateway: 'dev',
    token: Buffer.from('push token').toString('base64'),
  });
  t.same(await result('lifecycle.changeNumber', { phoneNumber: '+4915122224444' }), { codeSent: true });
  const code = await r.client.verificationCode('+4915122224444');
  t.same(await result('lifecycle.changeNumber', { phoneNumber: '+4915122224444', code }), { changed: true });
  const inventory = r.relay.db.prepare('SELECT count(*) AS n FROM push_tokens').get() as { n: number };
  t.equal(inventory.n, 1, 'the push token is stored');
  await result('lifecycle.deleteAccount');
  t.equal((r.relay.db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n, 0, 'deleted');
  const after = await call('lifecycle.policy');
  t.match(after, { error: { name: 'UNAUTHENTICATED' } }, 'the deleted account authenticates no more');
  await call('shutdown');
  await done;
});

t.test('the reference client passes the client-lifecycle cases through a real driver process', async (t) => {
  for (const c of CLIENT_LIFECYCLE_CASES) t.ok(ALL_CASES.includes(c), `${c.id} is registered`);
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-lifecycle-client-'));
  t.teardown(() => rmSync(reports, { recursive: true, force: true }));
  const { report } = await runConformance({
    mode: 'client',
    cases: CLIENT_LIFECYCLE_CASES,
    target: { kind: 'driver', command: `"${process.execPath}" "${join(ROOT, 'bin', 'deftalk.js')}" driver` },
    reportDir: reports,
    seed: 5,
    progress: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  t.same(
    report.cases.map((c) => `${c.id}: ${c.outcome}${c.error ? ` ${c.error.message}` : ''}`),
    CLIENT_LIFECYCLE_CASES.map((c) => `${c.id}: PASS`),
  );
});

t.test('a client that drops "allow" fails the consent case', async (t) => {
  const reports = mkdtempSync(join(tmpdir(), 'deftalk-lifecycle-zoo-client-'));
  t.teardown(() => rmSync(reports, { recursive: true, force: true }));
  const { report } = await runConformance({
    mode: 'client',
    cases: CLIENT_LIFECYCLE_CASES,
    target: {
      kind: 'driver',
      command: driverCommand('consent-allow-ignored'),
    },
    reportDir: reports,
    seed: 5,
    progress: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  t.same(
    report.cases.map((c) => c.outcome),
    ['FAIL'],
    'killed',
  );
});
