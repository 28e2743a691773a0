/**
 * The breaking-change gate of spec/transport.md §Versioning: `buf breaking`
 * against the committed baseline fails on a wire-incompatible change and
 * passes on an additive one. Each case copies proto/ and buf.yaml to a
 * temporary directory, edits the copy, and runs the real buf binary.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';

const ROOT = resolve(import.meta.dirname, '..');
const BUF = join(ROOT, 'node_modules', '.bin', 'buf');
const BASELINE = join(ROOT, 'proto', 'baseline.binpb');

function breakingAfter(edit: (transportProto: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'deftalk-breaking-'));
  try {
    cpSync(join(ROOT, 'proto'), join(dir, 'proto'), { recursive: true });
    cpSync(join(ROOT, 'buf.yaml'), join(dir, 'buf.yaml'));
    const file = join(dir, 'proto', 'deftalk', 'v1', 'transport.proto');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const r = spawnSync(BUF, ['breaking', '--against', BASELINE], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

t.test('the committed protos match the baseline', async (t) => {
  const r = breakingAfter((p) => p);
  t.equal(r.status, 0, r.output);
});

t.test('renumbering a field is a breaking change', async (t) => {
  const r = breakingAfter((p) => {
    const edited = p.replace('uint32 version = 1;', 'uint32 version = 5;');
    t.not(edited, p, 'the edit applied');
    return edited;
  });
  t.not(r.status, 0, 'buf breaking fails');
  t.match(r.output, /Frame/, 'the report names the changed message');
});

t.test('changing a field type is a breaking change', async (t) => {
  const r = breakingAfter((p) => p.replace('string method = 2;', 'bytes method = 2;'));
  t.not(r.status, 0, 'buf breaking fails');
});

t.test('adding a field with a new number is not', async (t) => {
  const r = breakingAfter((p) =>
    p.replace('  uint32 version = 1;', '  uint32 version = 1;\n  // Added.\n  uint32 hint = 1000;'),
  );
  t.equal(r.status, 0, r.output);
});
