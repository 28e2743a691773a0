/**
 * @module
 * Driver operations of the identity and session chapters (spec/driver.md
 * §Operations, spec/client.md §Driver operations): a driver process holds
 * one local client in memory (identity, prekeys, trusted identities,
 * sessions) that the harness drives while it plays the peer itself. Byte
 * strings travel as standard base64 (spec/driver.md §Data encoding).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientState } from '../client/clientState.ts';
import { acceptDeviceList, verifyDeviceList } from '../client/deviceList.ts';
import { safetyNumber } from '../client/fingerprint.ts';
import { KeyStore, MAX_LOG2N, MIN_LOG2N } from '../client/keyStore.ts';
import { generatePreKeys, sessionBundle } from '../client/preKeys.ts';
import { IdentityKey, IdentityKeyPair } from '../client/session/keys.ts';
import { SessionCipher } from '../client/session/sessionCipher.ts';
import { DefTalkError } from '../errors/index.ts';
import { parseAccountId } from '../wire/ids.ts';
import type { DriverOp } from './driver.ts';

/** Capability of the identity, prekey, session and safety-number operations. */
export const SESSION_CAPABILITY = 'client.session';
/** Capability of the key store operations. */
export const KEYSTORE_CAPABILITY = 'client.keystore';

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

function bad(op: string, field: string): DefTalkError {
  return new DefTalkError('DRIVER_BAD_PARAMS', { op, field });
}

function bytesParam(
  op: string,
  params: Record<string, unknown>,
  field: string,
  optional = false,
): Uint8Array {
  const v = params[field];
  if (v === undefined && optional) return new Uint8Array(0);
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) throw bad(op, field);
  return new Uint8Array(Buffer.from(v, 'base64'));
}

function stringParam(op: string, params: Record<string, unknown>, field: string): string {
  const v = params[field];
  if (typeof v !== 'string' || v.length === 0 || v.length > 256) throw bad(op, field);
  return v;
}

function obj(op: string, v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(op, field);
  return v as Record<string, unknown>;
}

function keyId(op: string, v: unknown, field: string): number {
  if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 0xffffffff) throw bad(op, field);
  return v as number;
}

/** The in-memory client a driver process drives. */
class DriverClient {
  state: ClientState | undefined;
  accountId = '00000000000000000000000000000000';
  cipher: SessionCipher | undefined;

  need(): { state: ClientState; cipher: SessionCipher } {
    if (!this.state || !this.cipher) throw new DefTalkError('NOT_REGISTERED');
    return { state: this.state, cipher: this.cipher };
  }

  reset(state: ClientState): void {
    this.state = state;
    this.cipher = new SessionCipher({ identities: state, prekeys: state, sessions: state });
  }
}

/** The identity and session operations, each with its capability (spec/client.md §Driver operations). */
export function identityDriverOps(): [string, DriverOp][] {
  const me = new DriverClient();
  const session = (run: DriverOp['run']): DriverOp => ({ capability: SESSION_CAPABILITY, run });
  const keystore = (run: DriverOp['run']): DriverOp => ({ capability: KEYSTORE_CAPABILITY, run });

  return [
    [
      'identity.create',
      session((p) => {
        const seed =
          p.identitySeed === undefined ? undefined : bytesParam('identity.create', p, 'identitySeed');
        if (seed && seed.length !== 32) throw bad('identity.create', 'identitySeed');
        if (p.accountId !== undefined)
          me.accountId = parseAccountId(stringParam('identity.create', p, 'accountId'));
        const state = ClientState.fresh('http://127.0.0.1/');
        state.setIdentity(seed ? IdentityKeyPair.fromSeed(seed) : IdentityKeyPair.generate());
        state.setDeviceKey(IdentityKeyPair.generate());
        me.reset(state);
        return { identityKey: b64(state.localIdentity.publicKey.bytes), accountId: me.accountId };
      }),
    ],
    [
      'keys.generate',
      session((p) => {
        const { state } = me.need();
        const count = (f: string) => {
          const v = p[f] ?? 0;
          if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 100) throw bad('keys.generate', f);
          return v as number;
        };
        const m = generatePreKeys(state, {
          signed: true,
          oneTime: count('oneTime'),
          kem: count('kem'),
          lastResort: p.lastResort !== false,
        });
        return {
          signedPreKey: {
            keyId: m.signedPreKey!.keyId,
            publicKey: b64(m.signedPreKey!.publicKey),
            signature: b64(m.signedPreKey!.signature),
          },
          oneTimePreKeys: m.oneTimePreKeys.map((k) => ({ keyId: k.keyId, publicKey: b64(k.publicKey) })),
          kemPreKeys: m.kemPreKeys.map((k) => ({
            keyId: k.keyId,
            publicKey: b64(k.publicKey),
            signature: b64(k.signature),
            lastResort: k.lastResort,
          })),
        };
      }),
    ],
    [
      'session.initiate',
      session((p) => {
        const op = 'session.initiate';
        const { cipher } = me.need();
        const peer = stringParam(op, p, 'peer');
        const b = obj(op, p.bundle, 'bundle');
        const spk = obj(op, b.signedPreKey, 'bundle.signedPreKey');
        const kem = obj(op, b.kemPreKey, 'bundle.kemPreKey');
        const opk =
          b.oneTimePreKey === undefined || b.oneTimePreKey === null
            ? undefined
            : obj(op, b.oneTimePreKey, 'bundle.oneTimePreKey');
        const bundle = sessionBundle({
          accountId: me.accountId as never,
          deviceId: 1 as never,
          identityKey: bytesParam(op, b, 'identityKey'),
          signedPreKey: {
            keyId: keyId(op, spk.keyId, 'signedPreKey.keyId'),
            publicKey: bytesParam(op, spk, 'publicKey'),
            signature: bytesParam(op, spk, 'signature'),
          },
          kemPreKey: {
            keyId: keyId(op, kem.keyId, 'kemPreKey.keyId'),
            publicKey: bytesParam(op, kem, 'publicKey'),
            signature: bytesParam(op, kem, 'signature'),
            lastResort: kem.lastResort === true,
          },
          oneTimePreKey: opk
            ? {
                keyId: keyId(op, opk.keyId, 'oneTimePreKey.keyId'),
                publicKey: bytesParam(op, opk, 'publicKey'),
              }
            : undefined,
        });
        cipher.initiate(peer, bundle);
        return {};
      }),
    ],
    [
      'session.encrypt',
      session((p) => {
        const { cipher } = me.need();
        const out = cipher.encrypt(
          stringParam('session.encrypt', p, 'peer'),
          bytesParam('session.encrypt', p, 'plaintext'),
        );
        return { ciphertext: b64(out) };
      }),
    ],
    [
      'session.decrypt',
      session((p) => {
        const { cipher } = me.need();
        const out = cipher.decrypt(
          stringParam('session.decrypt', p, 'peer'),
          bytesParam('session.decrypt', p, 'ciphertext'),
        );
        return { plaintext: b64(out) };
      }),
    ],
    [
      'identity.trust',
      session((p) => {
        const { cipher } = me.need();
        cipher.trustIdentity(
          stringParam('identity.trust', p, 'peer'),
          IdentityKey.fromBytes(bytesParam('identity.trust', p, 'identityKey')),
        );
        return {};
      }),
    ],
    [
      'identity.trusted',
      session((p) => {
        const { state } = me.need();
        const key = state.getTrusted(stringParam('identity.trusted', p, 'peer'));
        return { identityKey: key ? b64(key.bytes) : null };
      }),
    ],
    [
      'safety.number',
      session((p) => {
        const op = 'safety.number';
        const { state } = me.need();
        const peerAccount = parseAccountId(stringParam(op, p, 'peerAccountId'));
        const sn = safetyNumber(
          { identityKey: state.localIdentity.publicKey, stableId: Buffer.from(me.accountId, 'hex') },
          {
            identityKey: IdentityKey.fromBytes(bytesParam(op, p, 'peerIdentityKey')),
            stableId: Buffer.from(peerAccount, 'hex'),
          },
        );
        return { digits: sn.digits, display: sn.display, scannable: b64(sn.scannable) };
      }),
    ],
    [
      'devices.verify',
      session((p) => {
        const op = 'devices.verify';
        const list = verifyDeviceList(IdentityKey.fromBytes(bytesParam(op, p, 'identityKey')), {
          bytes: bytesParam(op, p, 'deviceList'),
          signature: bytesParam(op, p, 'signature'),
        });
        return {
          version: list.version,
          devices: list.devices.map((d) => ({ deviceId: d.deviceId, deviceKey: b64(d.deviceKey) })),
        };
      }),
    ],
    [
      'devices.accept',
      session((p) => {
        const op = 'devices.accept';
        const { state } = me.need();
        const peer = stringParam(op, p, 'peer');
        const list = acceptDeviceList(
          IdentityKey.fromBytes(bytesParam(op, p, 'identityKey')),
          { bytes: bytesParam(op, p, 'deviceList'), signature: bytesParam(op, p, 'signature') },
          state.heldDeviceListVersion(peer),
        );
        state.holdDeviceListVersion(peer, list.version);
        return {
          version: list.version,
          devices: list.devices.map((d) => ({ deviceId: d.deviceId, deviceKey: b64(d.deviceKey) })),
        };
      }),
    ],
    [
      'keystore.create',
      keystore(async (p) => {
        const op = 'keystore.create';
        const { state } = me.need();
        const log2N = p.scryptLog2N ?? MIN_LOG2N;
        if (!Number.isInteger(log2N) || (log2N as number) < MIN_LOG2N || (log2N as number) > MAX_LOG2N) {
          throw bad(op, 'scryptLog2N');
        }
        const dir = await mkdtemp(join(tmpdir(), 'deftalk-driver-ks-'));
        try {
          const store = await KeyStore.create(dir, stringParam(op, p, 'passphrase'), state.serialize(), {
            log2N: log2N as number,
            r: 8,
            p: 1,
          });
          store.close();
          return { file: b64(await readFile(KeyStore.path(dir))) };
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
    ],
    [
      'keystore.open',
      keystore(async (p) => {
        const op = 'keystore.open';
        const dir = await mkdtemp(join(tmpdir(), 'deftalk-driver-ks-'));
        try {
          const store = await KeyStore.fromBytes(
            dir,
            bytesParam(op, p, 'file'),
            stringParam(op, p, 'passphrase'),
          );
          const state = ClientState.parse(store.plaintext);
          store.close();
          return { identityKey: b64(state.localIdentity.publicKey.bytes) };
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
    ],
  ];
}
