/**
 * @module
 * Zoo client: the key store passphrase is not passed through, and a
 * built-in default is used to create and open it, so any passphrase opens
 * the store.
 */
import type { DriverOps, ZooClient } from '../member.ts';
import { wrapDriverOp } from '../member.ts';

const DEFAULT = 'deftalk-default-passphrase';

/** Ignores the user's passphrase. */
export const member: ZooClient = {
  kind: 'client',
  name: 'keystore-default-passphrase',
  breaks: ['REQ-CLIENT-001'],
  description: 'the key store is created and opened with a built-in passphrase, ignoring the user’s',
  ops(ops): DriverOps {
    const withDefault = (name: string, t: DriverOps) =>
      wrapDriverOp(t, name, (op) => (params, ctx) => op.run({ ...params, passphrase: DEFAULT }, ctx));
    return withDefault('keystore.open', withDefault('keystore.create', ops));
  },
};
