/**
 * @module
 * Zoo client: a lenient dispatcher that answers any operation it does not
 * know with an empty success, so the harness cannot tell an unsupported
 * operation from one that did nothing.
 */
import type { DriverOp } from '../../../reference/cli/driver.ts';
import type { DriverOps, ZooClient } from '../member.ts';

const NOTHING: DriverOp = { run: () => ({}) };

/** Unknown operations succeed. */
export const member: ZooClient = {
  kind: 'client',
  name: 'unknown-op-succeeds',
  breaks: ['REQ-DRIVER-003'],
  description: 'the dispatcher answers unknown operations with an empty success',
  ops(ops): DriverOps {
    const lenient = new Map(ops);
    lenient.get = (name: string) => ops.get(name) ?? NOTHING;
    return lenient;
  },
};
