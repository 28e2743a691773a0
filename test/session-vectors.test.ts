/**
 * The session vector areas (conformance/vectors/{kdf,handshake,ratchet,
 * fingerprint}.json) against the reference implementation in process, and
 * proof that each checker notices a wrong expected output or a wrong verdict.
 * The files' freshness is `npm run check:generated` (gen-vectors-session --check).
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import type { VectorArea, VectorFile } from '../conformance/vectors/area.ts';
import { fingerprintVectors } from '../conformance/vectors/fingerprint.ts';
import { handshakeVectors } from '../conformance/vectors/handshake.ts';
import { kdfVectors } from '../conformance/vectors/kdf.ts';
import { ratchetVectors } from '../conformance/vectors/ratchet.ts';

const AREAS: VectorArea[] = [kdfVectors, handshakeVectors, ratchetVectors, fingerprintVectors];
const load = (area: string) =>
  JSON.parse(readFileSync(`conformance/vectors/${area}.json`, 'utf8')) as VectorFile;

for (const area of AREAS) {
  t.test(`${area.area}.json passes against the reference`, async (tt) => {
    const file = load(area.area);
    let n = 0;
    const results = new Set<string>();
    for (const g of file.testGroups) {
      for (const test of g.tests) {
        const out = await area.check(g, test, undefined);
        tt.equal(out.result, test.result, `tcId ${test.tcId}: ${test.comment}`);
        results.add(test.result);
        n++;
      }
    }
    tt.equal(n, file.numberOfTests);
    tt.ok(results.has('valid') && results.has('invalid'), 'has valid and invalid tests');
    for (const g of file.testGroups)
      for (const test of g.tests) for (const f of test.flags) tt.ok(file.notes[f], `note for ${f}`);
  });
}

t.test('checkers notice a wrong expected value', async (tt) => {
  const kdf = load('kdf');
  const g = kdf.testGroups.find((x) => x.type === 'RootKdf')!;
  const bad = { ...g.tests[0]!, chainKey: '00'.repeat(32) };
  await tt.rejects(kdfVectors.check(g, bad, undefined), { message: /differs/ });
  const ratchet = load('ratchet');
  const rg = ratchet.testGroups[0]!;
  const steps = (rg.tests[0]!['steps'] as { message?: string }[]).map((s) => ({ ...s }));
  steps[0]!.message = `${steps[0]!.message!.slice(0, -2)}00`;
  await tt.rejects(ratchetVectors.check(rg, { ...rg.tests[0]!, steps }, undefined), { message: /differs/ });
  const hs = load('handshake');
  const hg = hs.testGroups.find((x) => x.type === 'PqxdhRespond')!;
  const reused = hg.tests.find((x) => x['error'] === 'PREKEY_REUSED')!;
  await tt.rejects(
    handshakeVectors.check(hg, { ...reused, error: 'UNKNOWN_PREKEY' }, undefined),
    /another error/,
  );
});
