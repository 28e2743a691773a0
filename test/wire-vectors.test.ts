/**
 * conformance/vectors/wire.json against the reference codecs through the
 * registered `wire` area, and proof that the checker notices a vector that
 * disagrees with the implementation (a changed byte, a wrong error name).
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import type { VectorFile } from '../conformance/vectors/area.ts';
import { VECTOR_AREAS } from '../conformance/vectors/areas.ts';
import { checkWire } from '../conformance/vectors/wire.ts';

const file = JSON.parse(
  readFileSync(new URL('../conformance/vectors/wire.json', import.meta.url), 'utf8'),
) as VectorFile;
const area = VECTOR_AREAS.find((a) => a.area === 'wire');

t.ok(area, 'the wire area is registered');
t.equal(file.numberOfTests, file.testGroups.flatMap((g) => g.tests).length);

t.test('every vector agrees with the reference', async (t) => {
  for (const group of file.testGroups) {
    for (const test of group.tests) {
      const outcome = await area!.check(group, test, undefined);
      t.equal(outcome.result, test.result, `tcId ${test.tcId}: ${test.comment}`);
    }
  }
  const flags = new Set(file.testGroups.flatMap((g) => g.tests.flatMap((x) => x.flags)));
  for (const f of ['UnknownCriticalField', 'UnknownNonCriticalField', 'WrongVersion', 'Truncated'])
    t.ok(flags.has(f), f);
});

t.test('a tampered vector is a difference', async (t) => {
  const enc = file.testGroups.find((g) => g.type === 'FrameEncode')!;
  const first = enc.tests[0]!;
  const frame = String(first['frame']);
  t.throws(() => checkWire(enc, { ...first, frame: `${frame.slice(0, -2)}6e` }), { name: 'CheckFailed' });
  const dec = file.testGroups.find((g) => g.type === 'FrameDecode')!;
  const critical = dec.tests.find((x) => x.flags.includes('UnknownCriticalField'))!;
  t.throws(() => checkWire(dec, { ...critical, error: 'MALFORMED_REQUEST' }), { name: 'CheckFailed' });
});
