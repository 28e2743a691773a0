/**
 * @module
 * The `groups` vector area (conformance/vectors/README.md §groups.json):
 * the sender-key chain step and message keys, and SenderKeyMessages
 * encrypted, signed and verified as spec/groups.md §Sender keys and
 * §Message encoding state.
 */
import {
  chainStep,
  decryptGroupMessage,
  encryptGroupMessage,
  type SenderKeyState,
  senderMessageKeys,
} from '../../reference/client/groups/senderKey.ts';
import type { GroupId } from '../../reference/wire/group.ts';
import type { AccountId, DeviceId } from '../../reference/wire/ids.ts';
import { askDriver } from '../runner/vectors.ts';
import { checkWith, hex, type TestType, unhex } from './_sessionVectors.ts';
import type { VectorArea, VectorGroup, VectorTest } from './area.ts';

function stateOf(t: VectorTest): SenderKeyState {
  return {
    chainId: Number(t['chainId']),
    iteration: Number(t['iteration']),
    chainKey: hex(unhex(t['chainKey'], 'chainKey')),
    signingKey: hex(unhex(t['signingKey'], 'signingKey')),
    ...(t['signingSeed'] ? { signingSeed: hex(unhex(t['signingSeed'], 'signingSeed')) } : {}),
    skipped: {},
  };
}

function senderOf(t: VectorTest) {
  return {
    accountId: hex(unhex(t['senderAccount'], 'senderAccount')) as AccountId,
    deviceId: Number(t['senderDevice']) as DeviceId,
  };
}

/** The test types of groups.json. */
export const GROUPS_TYPES: Readonly<Record<string, TestType>> = {
  ChainStep: {
    outputs: ['seed', 'nextChainKey', 'key', 'nonce'],
    compute(_g, t) {
      const { seed, next } = chainStep(unhex(t['chainKey'], 'chainKey'));
      const { key, nonce } = senderMessageKeys(seed);
      return { seed: hex(seed), nextChainKey: hex(next), key: hex(key), nonce: hex(nonce) };
    },
  },
  Encrypt: {
    outputs: ['message'],
    compute(_g, t) {
      const groupId = hex(unhex(t['groupId'], 'groupId')) as GroupId;
      const { message } = encryptGroupMessage(stateOf(t), groupId, senderOf(t), unhex(t['plaintext']));
      return { message: hex(message) };
    },
  },
  Decrypt: {
    outputs: ['plaintext'],
    compute(_g, t) {
      const groupId = hex(unhex(t['groupId'], 'groupId')) as GroupId;
      const { plaintext } = decryptGroupMessage(stateOf(t), groupId, senderOf(t), unhex(t['message']));
      return { plaintext: hex(plaintext) };
    },
  },
};

/** The `groups` area. */
export const groupsVectors: VectorArea = {
  area: 'groups',
  check: async (group: VectorGroup, test: VectorTest, driver) =>
    driver ? askDriver(driver, 'groups', group, test) : checkWith(GROUPS_TYPES, group, test),
};
