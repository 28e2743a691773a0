/**
 * `--quick` runs of reconnect-storm (devices signing in and reconnecting at
 * once) and group-fanout (one sender, a 100-member group) against a real
 * relay process keep every delivery invariant (bench/README.md §Delivery
 * scenarios). No speed is asserted.
 */
import t from 'tap';
import { quickScenarios } from './bench-quick.ts';

t.test('quick runs of reconnect-storm and group-fanout keep their invariants', (t) =>
  quickScenarios(t, ['reconnect-storm', 'group-fanout']),
);
