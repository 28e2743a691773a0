/**
 * @module
 * Zoo client: the driver ends with a non-zero status after an orderly
 * shutdown (a leftover "exit 1 on close" from a crash handler).
 */
import type { ZooClient } from '../member.ts';

/** Exits 1 after shutdown. */
export const member: ZooClient = {
  kind: 'client',
  name: 'shutdown-exit-1',
  breaks: ['REQ-DRIVER-007', 'REQ-DRIVER-008'],
  description: 'the driver exits with status 1 after shutdown or the end of its input',
  ops: (ops) => ops,
  exitStatus: () => 1,
};
