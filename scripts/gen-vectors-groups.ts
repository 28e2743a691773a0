/**
 * @module
 * Generates conformance/vectors/groups.json (conformance/vectors/README.md
 * §groups.json) deterministically: every key is SHA-256 of a fixed label,
 * and Ed25519 signatures are deterministic (RFC 8032 §5.1.6), so a run
 * always writes the same bytes. `--check` compares instead of writing.
 */
import { readFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fill, hex } from '../conformance/vectors/_sessionVectors.ts';
import type { VectorFile, VectorGroup, VectorTest } from '../conformance/vectors/area.ts';
import { GROUPS_TYPES } from '../conformance/vectors/groups.ts';
import { encryptGroupMessage, type SenderKeyState } from '../reference/client/groups/senderKey.ts';
import type { GroupId } from '../reference/wire/group.ts';
import type { AccountId, DeviceId } from '../reference/wire/ids.ts';
import { report, writeOrCheck } from './lib/generated.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const s32 = (label: string) => sha256(enc(`deftalk-vectors/${label}`));
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

type Draft = Omit<VectorTest, 'tcId'>;

const GROUP = hex(s32('group id').slice(0, 16));
const ALICE = hex(s32('alice account id').slice(0, 16));
const seed = s32('alice sender key signing seed');
const own: SenderKeyState = {
  chainId: 0x5eed0001,
  iteration: 0,
  chainKey: hex(s32('alice sender chain key')),
  signingKey: hex(ed25519.getPublicKey(seed)),
  signingSeed: hex(seed),
  skipped: {},
};
const sender = { accountId: ALICE as AccountId, deviceId: 2 as DeviceId };
const flip = (h: string, byte: number) => {
  const b = Buffer.from(h, 'hex');
  b[byte < 0 ? b.length + byte : byte]! ^= 1;
  return b.toString('hex');
};

function groupsFile(): string {
  // Three messages in order; the receiver's key is the distributed one at iteration 0.
  let s = own;
  const messages: string[] = [];
  for (const text of ['hello group', 'second', 'third']) {
    const r = encryptGroupMessage(s, GROUP as GroupId, sender, enc(text));
    messages.push(hex(r.message));
    s = r.next;
  }
  const received = { chainId: own.chainId, chainKey: own.chainKey, signingKey: own.signingKey };
  const base = { groupId: GROUP, senderAccount: ALICE, senderDevice: 2, ...received };
  const dec = (
    comment: string,
    flags: string[],
    result: 'valid' | 'invalid',
    message: string,
    extra: Record<string, unknown> = {},
  ): Draft => ({
    comment,
    result,
    flags,
    ...base,
    iteration: 0,
    message,
    ...(result === 'invalid' ? { error: 'GROUP_MESSAGE_INVALID' } : {}),
    ...extra,
  });
  const groups: { type: string; tests: Draft[] }[] = [
    {
      type: 'ChainStep',
      tests: [
        { comment: 'first step of a chain key', result: 'valid', flags: ['Normal'], chainKey: own.chainKey },
        {
          comment: 'step of the all-zero chain key',
          result: 'valid',
          flags: ['Normal'],
          chainKey: '00'.repeat(32),
        },
      ],
    },
    {
      type: 'Encrypt',
      tests: [
        {
          comment: 'first message of a sender key',
          result: 'valid',
          flags: ['Normal'],
          ...base,
          iteration: 0,
          signingSeed: own.signingSeed,
          plaintext: hex(enc('hello group')),
        },
      ],
    },
    {
      type: 'Decrypt',
      tests: [
        dec('first message', ['Normal'], 'valid', messages[0]!),
        dec('third message, two skipped', ['Skipped'], 'valid', messages[2]!),
        dec('signature altered', ['BadSignature'], 'invalid', flip(messages[0]!, -1)),
        dec(
          'ciphertext altered (signature no longer verifies)',
          ['BadSignature'],
          'invalid',
          flip(messages[0]!, 30),
        ),
        dec('another sender device claimed', ['WrongSender'], 'invalid', messages[0]!, { senderDevice: 3 }),
        dec('another chain id', ['WrongChain'], 'invalid', messages[0]!, { chainId: own.chainId + 1 }),
        dec('iteration already used', ['Replay'], 'invalid', messages[0]!, {
          iteration: 1,
          chainKey: hex(s32('any later chain key')),
        }),
        dec('kind byte 0x01', ['Malformed'], 'invalid', `01${messages[0]!.slice(2)}`),
        dec('truncated', ['Malformed'], 'invalid', messages[0]!.slice(0, 200)),
      ],
    },
  ];
  const notes = {
    Normal: 'An ordinary computation (REQ-GROUPS-020).',
    Skipped: 'The receiver derives and keeps the message keys of the skipped iterations (REQ-GROUPS-020).',
    BadSignature:
      'The Ed25519 signature does not verify over label || ad || ct: GROUP_MESSAGE_INVALID (REQ-GROUPS-021).',
    WrongSender:
      'The envelope names another sender than the one the message was sealed for (REQ-GROUPS-021).',
    WrongChain: 'The receiver holds no key of the chain id the message names (REQ-GROUPS-021).',
    Replay: "The iteration is below the key's and no skipped key is kept for it (REQ-GROUPS-021).",
    Malformed: 'Not a SenderKeyMessage: another kind byte, or shorter than 105 bytes (REQ-GROUPS-021).',
  };
  let tcId = 0;
  const testGroups: VectorGroup[] = groups.map((g) => {
    const group: VectorGroup = { type: g.type, tests: [] };
    group.tests = g.tests.map((d) => fill(GROUPS_TYPES, group, { tcId: ++tcId, ...d } as VectorTest));
    return group;
  });
  const file: VectorFile = {
    area: 'groups',
    schema: 'vectors.schema.json',
    generatorVersion: VERSION,
    header: [
      'Sender keys of spec/groups.md: the chain step (HMAC-SHA-256 0x01/0x02), message keys (HKDF-SHA-256, info "DefTalk-v1 sender key message keys", 44 bytes), and SenderKeyMessages (ChaCha20-Poly1305 under ad = header || sender account || u32(sender device), Ed25519 over "DefTalk-v1 sender key message" || ad || ct).',
      "Decrypt tests give the receiver's sender key (chainId, iteration, chainKey, signingKey) and the sender of the envelope; a valid test yields the plaintext, an invalid one GROUP_MESSAGE_INVALID.",
      'Generated by scripts/gen-vectors-groups.ts.',
    ],
    notes,
    requirements: ['REQ-GROUPS-020', 'REQ-GROUPS-021'],
    numberOfTests: tcId,
    testGroups,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  return report(
    'gen-vectors-groups',
    [writeOrCheck('conformance/vectors/groups.json', groupsFile(), check)],
    check,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
