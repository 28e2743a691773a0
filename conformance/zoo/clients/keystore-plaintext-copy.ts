/**
 * @module
 * Zoo client: a "recovery copy" of the client state written unencrypted
 * after the sealed key store, in the same file. The fault decorates the
 * reference KeyStore's creation in this driver process only.
 */
import { appendFile } from 'node:fs/promises';
import { KeyStore } from '../../../reference/client/keyStore.ts';
import type { ZooClient } from '../member.ts';

/** Secrets in the clear in the key store file. */
export const member: ZooClient = {
  kind: 'client',
  name: 'keystore-plaintext-copy',
  breaks: ['REQ-CLIENT-002'],
  description: 'the key store file carries an unencrypted copy of the client state after the sealed part',
  ops(ops) {
    const create = KeyStore.create.bind(KeyStore);
    KeyStore.create = async (dir, passphrase, plaintext, params) => {
      const store = await create(dir, passphrase, plaintext, params);
      await appendFile(KeyStore.path(dir), plaintext);
      return store;
    };
    return ops;
  },
};
