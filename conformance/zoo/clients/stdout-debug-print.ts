/**
 * @module
 * Zoo client: a debugging `console.log` left in the `hello` operation, so a
 * line that is not an answer lands on the driver's stdout.
 */
import { wrapDriverOp, type ZooClient } from '../member.ts';

/** Writes a non-answer line to stdout. */
export const member: ZooClient = {
  kind: 'client',
  name: 'stdout-debug-print',
  breaks: ['REQ-DRIVER-006'],
  description: 'a leftover console.log in hello writes a line that is not an answer to stdout',
  ops: (ops) =>
    wrapDriverOp(ops, 'hello', (op) => async (params, ctx) => {
      console.log('hello received');
      return op.run(params, ctx);
    }),
};
