/**
 * @module
 * Generates `conformance/vectors/wire.json` (conformance/vectors/README.md
 * §wire.json): exact Frame encodings and the decoding rules of
 * spec/transport.md, built byte by byte with protobufjs' Writer so that
 * invalid encodings the codecs would never produce can be written. Every
 * expected outcome is computed by the reference checker and must agree with
 * the verdict written here, so the generator fails rather than write a wrong
 * vector. `--check` fails when the committed file is stale.
 */
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs/minimal.js';
import type { VectorFile, VectorTest } from '../conformance/vectors/area.ts';
import { checkWire, type FrameJson } from '../conformance/vectors/wire.ts';
import { DefTalkError } from '../reference/errors/index.ts';
import { encodeError } from '../reference/wire/index.ts';
import { report, writeOrCheck } from './lib/generated.ts';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const OUT = 'conformance/vectors/wire.json';

type W = protobuf.Writer;
const writer = (): W => protobuf.Writer.create();
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function request(
  id: number,
  method: string,
  path: string,
  body?: Uint8Array,
  extra?: (w: W) => void,
): Uint8Array {
  const w = writer();
  if (id) w.uint32(8).uint32(id);
  w.uint32(18).string(method).uint32(26).string(path);
  if (body?.length) w.uint32(34).bytes(body);
  extra?.(w);
  return w.finish();
}

function frame(opts: {
  version?: number;
  request?: Uint8Array;
  response?: Uint8Array;
  pre?: (w: W) => void;
  extra?: (w: W) => void;
}): string {
  const w = writer();
  opts.pre?.(w);
  if (opts.version !== undefined) w.uint32(8).uint32(opts.version);
  if (opts.request) w.uint32(18).bytes(opts.request);
  if (opts.response) w.uint32(26).bytes(opts.response);
  opts.extra?.(w);
  return hex(w.finish());
}

const info: FrameJson = { kind: 'request', id: 1, method: 'GET', path: '/v1/info', body: '' };
const infoReq = request(1, 'GET', '/v1/info');

interface Draft {
  comment: string;
  result: 'valid' | 'invalid';
  flags: string[];
  requirements?: string[];
  frame: string;
  decoded?: FrameJson;
  error?: string;
}

const encodeTests: Draft[] = [
  {
    comment: 'request GET /v1/info, id 1, no body',
    result: 'valid',
    flags: ['Normal'],
    frame: frame({ version: 1, request: infoReq }),
    decoded: info,
  },
  {
    comment: 'request with the largest id and a body',
    result: 'valid',
    flags: ['Normal'],
    frame: frame({
      version: 1,
      request: request(4294967295, 'PUT', '/v1/x?y=1', Buffer.from('00ff', 'hex')),
    }),
    decoded: { kind: 'request', id: 4294967295, method: 'PUT', path: '/v1/x?y=1', body: '00ff' },
  },
  {
    comment: 'response 200 with a body',
    result: 'valid',
    flags: ['Normal'],
    frame: frame({
      version: 1,
      response: writer()
        .uint32(8)
        .uint32(7)
        .uint32(16)
        .uint32(200)
        .uint32(26)
        .bytes(Buffer.from('0a0101', 'hex'))
        .finish(),
    }),
    decoded: { kind: 'response', id: 7, status: 200, body: '0a0101' },
  },
  (() => {
    const body = encodeError(new DefTalkError('NOT_FOUND'));
    return {
      comment: 'response 404 carrying the NOT_FOUND error body',
      result: 'valid' as const,
      flags: ['Normal'],
      frame: frame({
        version: 1,
        response: writer().uint32(8).uint32(3).uint32(16).uint32(404).uint32(26).bytes(body).finish(),
      }),
      decoded: { kind: 'response' as const, id: 3, status: 404, body: hex(body) },
    };
  })(),
];

const NON_CRITICAL = ['REQ-TRANSPORT-011'];
const CRITICAL = ['REQ-TRANSPORT-010'];
const decodeTests: Draft[] = [
  {
    comment: 'fields in reverse order',
    result: 'valid',
    flags: ['FieldOrder'],
    frame: frame({ request: infoReq, extra: (w) => w.uint32(8).uint32(1) }),
    decoded: info,
  },
  {
    comment: 'unknown varint field 999 in Frame (just below the critical range)',
    result: 'valid',
    flags: ['UnknownNonCriticalField'],
    requirements: NON_CRITICAL,
    frame: frame({ version: 1, request: infoReq, extra: (w) => w.uint32(999 * 8).uint32(1) }),
    decoded: info,
  },
  {
    comment: 'unknown varint field 2000 in Request (just above the critical range)',
    result: 'valid',
    flags: ['UnknownNonCriticalField'],
    requirements: NON_CRITICAL,
    frame: frame({
      version: 1,
      request: request(1, 'GET', '/v1/info', undefined, (w) => w.uint32(2000 * 8).uint32(5)),
    }),
    decoded: info,
  },
  {
    comment: 'unknown fixed32 field 5 and fixed64 field 6 in Request',
    result: 'valid',
    flags: ['UnknownNonCriticalField'],
    requirements: NON_CRITICAL,
    frame: frame({
      version: 1,
      request: request(1, 'GET', '/v1/info', undefined, (w) =>
        w
          .uint32(5 * 8 + 5)
          .fixed32(1)
          .uint32(6 * 8 + 1)
          .fixed64(2),
      ),
    }),
    decoded: info,
  },
  {
    comment: 'unknown length-delimited field 50 whose bytes would parse as a critical field: not looked into',
    result: 'valid',
    flags: ['OpaqueUnknownField'],
    requirements: NON_CRITICAL,
    frame: frame({
      version: 1,
      request: infoReq,
      extra: (w) =>
        w.uint32(50 * 8 + 2).bytes(
          writer()
            .uint32(1000 * 8)
            .uint32(1)
            .finish(),
        ),
    }),
    decoded: info,
  },
  {
    comment: 'unknown field 1000 in Frame',
    result: 'invalid',
    error: 'UNKNOWN_CRITICAL_FIELD',
    flags: ['UnknownCriticalField'],
    requirements: CRITICAL,
    frame: frame({ version: 1, request: infoReq, extra: (w) => w.uint32(1000 * 8).uint32(1) }),
  },
  {
    comment: 'unknown field 1999 in Request',
    result: 'invalid',
    error: 'UNKNOWN_CRITICAL_FIELD',
    flags: ['UnknownCriticalField'],
    requirements: CRITICAL,
    frame: frame({
      version: 1,
      request: request(1, 'GET', '/v1/info', undefined, (w) => w.uint32(1999 * 8).uint32(0)),
    }),
  },
  {
    comment: 'unknown length-delimited field 1500 in Response',
    result: 'invalid',
    error: 'UNKNOWN_CRITICAL_FIELD',
    flags: ['UnknownCriticalField'],
    requirements: CRITICAL,
    frame: frame({
      version: 1,
      response: writer()
        .uint32(8)
        .uint32(2)
        .uint32(16)
        .uint32(200)
        .uint32(1500 * 8 + 2)
        .bytes(new Uint8Array([1]))
        .finish(),
    }),
  },
  {
    comment: 'version 2',
    result: 'invalid',
    error: 'UNSUPPORTED_VERSION',
    flags: ['WrongVersion'],
    requirements: ['REQ-TRANSPORT-022'],
    frame: frame({ version: 2, request: infoReq }),
  },
  {
    comment: 'version absent (0)',
    result: 'invalid',
    error: 'UNSUPPORTED_VERSION',
    flags: ['WrongVersion'],
    requirements: ['REQ-TRANSPORT-022'],
    frame: frame({ request: infoReq }),
  },
  {
    comment: 'version 2 with a field version 1 calls critical: the version is checked first',
    result: 'invalid',
    error: 'UNSUPPORTED_VERSION',
    flags: ['WrongVersion'],
    requirements: ['REQ-TRANSPORT-022'],
    frame: frame({ version: 2, request: infoReq, extra: (w) => w.uint32(1000 * 8).uint32(1) }),
  },
  {
    comment: 'last byte cut off',
    result: 'invalid',
    error: 'MALFORMED_REQUEST',
    flags: ['Truncated'],
    frame: frame({ version: 1, request: infoReq }).slice(0, -2),
  },
  {
    comment: 'Request length runs past the end',
    result: 'invalid',
    error: 'MALFORMED_REQUEST',
    flags: ['Truncated'],
    frame: '08011264' + hex(infoReq),
  },
  {
    comment: 'neither request nor response',
    result: 'invalid',
    error: 'MALFORMED_REQUEST',
    flags: ['MissingField'],
    frame: frame({ version: 1 }),
  },
  {
    comment: 'request id 0 (absent)',
    result: 'invalid',
    error: 'MALFORMED_REQUEST',
    flags: ['MissingField'],
    frame: frame({ version: 1, request: request(0, 'GET', '/v1/info') }),
  },
  {
    comment: 'Request.method sent as a varint',
    result: 'invalid',
    error: 'MALFORMED_REQUEST',
    flags: ['WrongWireType'],
    frame: frame({
      version: 1,
      request: writer().uint32(8).uint32(1).uint32(16).uint32(3).uint32(26).string('/v1/info').finish(),
    }),
  },
  {
    comment: 'a group (wire type 3) in Frame',
    result: 'invalid',
    error: 'MALFORMED_REQUEST',
    flags: ['Group'],
    frame: frame({ version: 1, request: infoReq, extra: (w) => w.uint32(7 * 8 + 3).uint32(7 * 8 + 4) }),
  },
  {
    comment: 'field number 0',
    result: 'invalid',
    error: 'MALFORMED_REQUEST',
    flags: ['FieldZero'],
    frame: frame({ version: 1, request: infoReq, extra: (w) => w.uint32(0).uint32(1) }),
  },
];

function build(): string {
  let tcId = 0;
  const finish = (type: string, drafts: Draft[]) => ({
    type,
    tests: drafts.map((d): VectorTest => {
      const test: VectorTest = { tcId: ++tcId, ...d } as VectorTest;
      const group = { type, tests: [] };
      const outcome = checkWire(group, test);
      if (outcome.result !== d.result)
        throw new Error(`tcId ${tcId} (${d.comment}): computed ${outcome.result}`);
      return test;
    }),
  });
  const testGroups = [finish('FrameEncode', encodeTests), finish('FrameDecode', decodeTests)];
  const file: VectorFile = {
    area: 'wire',
    schema: 'vectors.schema.json',
    generatorVersion: VERSION,
    header: [
      'deftalk.v1.Frame encodings and the decoding rules of spec/transport.md §Frame decoding and §Unknown fields.',
      'FrameEncode: encoding `decoded` gives exactly `frame`. FrameDecode: decoding `frame` gives `decoded`, or fails with `error`.',
      'All byte strings are lower-case hex. Generated by scripts/gen-vectors-wire.ts.',
    ],
    notes: {
      Normal: 'An ordinary frame; the bytes must match exactly.',
      FieldOrder: 'Fields in another order than their numbers; protobuf decoders accept any order.',
      UnknownNonCriticalField:
        'A field the receiver does not know, outside 1000-1999: it MUST be ignored (REQ-TRANSPORT-011).',
      OpaqueUnknownField: 'An unknown length-delimited field is skipped whole; its content is never parsed.',
      UnknownCriticalField:
        'A field numbered 1000-1999 the receiver does not know: the frame MUST be refused (REQ-TRANSPORT-010).',
      WrongVersion: 'Frame.version other than 1: UNSUPPORTED_VERSION, checked before anything else.',
      Truncated: 'The bytes end inside a field.',
      MissingField: 'A field the frame needs is absent.',
      WrongWireType:
        'A known field encoded with another wire type than its declared type; decoders that do not check would misread it.',
      Group: 'Groups (wire types 3 and 4) are not used by DefTalk messages.',
      FieldZero: 'Field number 0 is not valid protobuf.',
    },
    requirements: ['REQ-TRANSPORT-020'],
    numberOfTests: tcId,
    testGroups,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Generate (or check) the file; returns the exit code. */
export function main(argv: string[]): number {
  const check = argv.includes('--check');
  return report('gen-vectors-wire', [writeOrCheck(OUT, build(), check)], check);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
