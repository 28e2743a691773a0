/**
 * @module
 * The `ratchet` vector area (conformance/vectors/README.md §ratchet.json):
 * Double Ratchet transcripts of spec/session.md between an initiator and a
 * responder that start from a PQXDH shared key. Every step states the bytes
 * an encryption must produce or the plaintext (or error) a decryption must
 * give; a test is `invalid` when one of its steps must be refused.
 */

import {
  DhKeyPair,
  IdentityKey,
  type RandomSource,
  SessionState,
} from '../../reference/client/session/index.ts';
import { isDefTalkError } from '../../reference/errors/index.ts';
import { CheckFailed } from '../case.ts';
import { askDriver } from '../runner/vectors.ts';
import { checkWith, hex, queuedRandom, type TestType, unhex } from './_sessionVectors.ts';
import type { VectorArea, VectorGroup, VectorTest } from './area.ts';

/** Who acts in a step. */
export type Actor = 'initiator' | 'responder';

/** One step of a transcript. */
export interface StepJson {
  actor: Actor;
  op: 'encrypt' | 'decrypt' | 'advance';
  plaintext?: string;
  message?: string;
  count?: number;
  error?: string;
}

/** The two session states of a transcript, initialized as spec/session.md §Initialization says. */
export function transcriptParties(t: VectorTest): {
  states: Record<Actor, SessionState>;
  random: Record<Actor, RandomSource>;
} {
  const sk = unhex(t['sharedKey']);
  const ad = unhex(t['associatedData']);
  const responderRatchet = DhKeyPair.fromSecret(unhex(t['responderRatchetSecret']));
  const random = {
    initiator: queuedRandom((t['initiatorRandom'] as string[]).map((r) => unhex(r))),
    responder: queuedRandom((t['responderRandom'] as string[]).map((r) => unhex(r))),
  };
  // The base key is not an input of the ratchet; a transcript uses 32 zero bytes.
  const baseKey = new Uint8Array(32);
  const states = {
    initiator: SessionState.initiator(
      {
        sharedKey: sk,
        associatedData: ad,
        peerIdentity: IdentityKey.fromBytes(ad.slice(32, 64)),
        baseKey,
        remoteRatchet: responderRatchet.publicKey,
      },
      random.initiator,
    ),
    responder: SessionState.responder({
      sharedKey: sk,
      associatedData: ad,
      peerIdentity: IdentityKey.fromBytes(ad.slice(0, 32)),
      baseKey,
      ratchet: responderRatchet,
    }),
  };
  return { states, random };
}

/** The test types of ratchet.json. */
export const RATCHET_TYPES: Readonly<Record<string, TestType>> = {
  RatchetTranscript: {
    outputs: [],
    compute(_g, t) {
      const { states, random } = transcriptParties(t);
      const refused: string[] = [];
      (t['steps'] as StepJson[]).forEach((s, i) => {
        const state = states[s.actor];
        if (s.op === 'advance') {
          for (let k = 0; k < (s.count ?? 0); k++) state.encrypt(new Uint8Array(0));
          return;
        }
        if (s.op === 'encrypt') {
          const m = hex(state.encrypt(unhex(s.plaintext)));
          if (m !== s.message) throw new CheckFailed(`step ${i}: encryption differs`, s.message, m);
          return;
        }
        try {
          const pt = hex(state.decrypt(unhex(s.message), random[s.actor]));
          if (s.error !== undefined)
            throw new CheckFailed(`step ${i}: accepted a message to refuse`, s.error, pt);
          if (pt !== s.plaintext) throw new CheckFailed(`step ${i}: plaintext differs`, s.plaintext, pt);
        } catch (e) {
          if (!isDefTalkError(e)) throw e;
          if (s.error !== e.errorName)
            throw new CheckFailed(`step ${i}: refused with another error`, s.error, e.errorName);
          refused.push(`${i}:${e.errorName}`);
        }
      });
      return refused.length ? { verdict: 'invalid', detail: refused.join(',') } : {};
    },
  },
};

/** The `ratchet` area. */
export const ratchetVectors: VectorArea = {
  area: 'ratchet',
  check: async (group: VectorGroup, test: VectorTest, driver) =>
    driver ? askDriver(driver, 'ratchet', group, test) : checkWith(RATCHET_TYPES, group, test),
};
