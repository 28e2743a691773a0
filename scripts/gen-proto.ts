/**
 * @module
 * Generates the wire layer's protobuf code from `proto/deftalk/v1/*.proto`
 * (spec/transport.md §Wire format):
 *
 * - `reference/wire/generated/deftalk.js` and `.d.ts`: protobufjs static code
 *   (pbjs `static-module`, ES6, then pbts), used by the codecs;
 * - `reference/wire/generated/schema.ts`: for every message, its known field
 *   numbers with their wire types and nested message types, read through
 *   protobufjs reflection. The critical-field scan (reference/wire/critical.ts)
 *   walks raw bytes with this table, so no reflection runs on the hot path.
 *
 * The output depends only on the proto files (sorted), so it is deterministic;
 * `--check` compares instead of writing and fails when the committed code is
 * stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import protobuf from 'protobufjs';
import { report, writeOrCheck } from './lib/generated.ts';

const PROTO_ROOT = 'proto';
const PROTO_DIR = join(PROTO_ROOT, 'deftalk', 'v1');
const OUT_DIR = join('reference', 'wire', 'generated');

const require = createRequire(import.meta.url);
const PBJS = join(require.resolve('protobufjs-cli/package.json'), '..', 'bin', 'pbjs');
const PBTS = join(require.resolve('protobufjs-cli/package.json'), '..', 'bin', 'pbts');

/** The proto files of the package, sorted so the output does not depend on directory order. */
export function protoFiles(dir = PROTO_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => join(dir, f));
}

/** Run pbjs then pbts into a temporary directory and return the two texts. */
function staticCode(files: string[]): { js: string; dts: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'deftalk-gen-proto-'));
  try {
    const js = join(tmp, 'deftalk.js');
    const dts = join(tmp, 'deftalk.d.ts');
    execFileSync(
      process.execPath,
      [
        PBJS,
        '-t',
        'static-module',
        '-w',
        'es6',
        '--es6',
        '--no-beautify',
        '-p',
        PROTO_ROOT,
        '-o',
        js,
        ...files,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    execFileSync(process.execPath, [PBTS, '-o', dts, js], { stdio: ['ignore', 'inherit', 'inherit'] });
    return { js: readFileSync(js, 'utf8'), dts: readFileSync(dts, 'utf8') };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** protobuf wire types: 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
const WIRE_TYPE: Record<string, number> = {
  double: 1,
  float: 5,
  int32: 0,
  uint32: 0,
  sint32: 0,
  int64: 0,
  uint64: 0,
  sint64: 0,
  fixed32: 5,
  sfixed32: 5,
  fixed64: 1,
  sfixed64: 1,
  bool: 0,
  string: 2,
  bytes: 2,
};

/** One row of the schema table: `[fieldNumber, allowedWireTypes, nestedMessageFullName | null]`. */
type FieldRow = [number, number[], string | null];

/** Read the protos with protobufjs reflection and build the field table. */
export function schemaTable(files: string[]): Record<string, FieldRow[]> {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith(PROTO_ROOT) ? target : join(PROTO_ROOT, target));
  root.loadSync(files, { keepCase: false });
  root.resolveAll();
  const table: Record<string, FieldRow[]> = {};
  const visit = (ns: protobuf.NamespaceBase): void => {
    for (const nested of ns.nestedArray) {
      if (nested instanceof protobuf.Type) addType(nested);
      if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) visit(nested);
    }
  };
  const name = (t: protobuf.Type): string => t.fullName.replace(/^\./, '');
  const addType = (type: protobuf.Type): void => {
    const rows: FieldRow[] = [];
    for (const field of type.fieldsArray) {
      if (field instanceof protobuf.MapField) {
        // A map is a repeated message of synthetic entries: key = 1, value = 2.
        const entry = `${name(type)}.${field.name}$Entry`;
        const valueType = field.resolvedType instanceof protobuf.Type ? name(field.resolvedType) : null;
        const valueWire = valueType ? [2] : field.resolvedType ? [0] : [WIRE_TYPE[field.type]!];
        table[entry] = [
          [1, [WIRE_TYPE[field.keyType]!], null],
          [2, valueWire, valueType],
        ];
        rows.push([field.id, [2], entry]);
        continue;
      }
      if (field.resolvedType instanceof protobuf.Type) {
        rows.push([field.id, [2], name(field.resolvedType)]);
      } else if (field.resolvedType instanceof protobuf.Enum) {
        rows.push([field.id, field.repeated ? [0, 2] : [0], null]);
      } else {
        const wt = WIRE_TYPE[field.type];
        if (wt === undefined) throw new Error(`unsupported field type ${field.type} in ${name(type)}`);
        // Repeated scalars may arrive packed (2) or one by one.
        rows.push([field.id, field.repeated && wt !== 2 ? [wt, 2] : [wt], null]);
      }
    }
    rows.sort((a, b) => a[0] - b[0]);
    table[name(type)] = rows;
  };
  visit(root);
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Render `reference/wire/generated/schema.ts`. */
export function renderSchema(table: Record<string, FieldRow[]>): string {
  const lines = [
    '// GENERATED by scripts/gen-proto.ts from proto/deftalk/v1/*.proto. Do not edit; run `npm run generate`.',
    '/**',
    ' * @module',
    ' * Known fields of every DefTalk message, for the critical-field scan',
    ' * (spec/transport.md §Unknown fields). Each row is',
    ' * `[fieldNumber, allowedWireTypes, nestedMessageType | null]`; map fields',
    ' * point at a synthetic `<Message>.<field>$Entry` type.',
    ' */',
    '',
    '/** Field rows by fully qualified message name. */',
    'export const MESSAGE_FIELDS: Readonly<Record<string, readonly (readonly [number, readonly number[], string | null])[]>> = {',
  ];
  for (const [type, rows] of Object.entries(table)) {
    lines.push(`  '${type}': [`);
    for (const [id, wts, nested] of rows) {
      lines.push(`    [${id}, [${wts.join(', ')}], ${nested === null ? 'null' : `'${nested}'`}],`);
    }
    lines.push('  ],');
  }
  lines.push('};', '');
  return lines.join('\n');
}

/** Generate (or check) all outputs; returns the exit code. */
export function main(argv: string[]): number {
  const check = argv.includes('--check');
  const files = protoFiles();
  const { js, dts } = staticCode(files);
  const schema = renderSchema(schemaTable(files));
  const results = [
    writeOrCheck(resolve(OUT_DIR, 'deftalk.js'), js, check),
    writeOrCheck(resolve(OUT_DIR, 'deftalk.d.ts'), dts, check),
    writeOrCheck(resolve(OUT_DIR, 'schema.ts'), schema, check),
  ];
  return report('gen-proto', results, check);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
