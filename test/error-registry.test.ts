/**
 * @module
 * The error registry in step (spec/errors.md): every code of
 * spec/errors.json appears exactly once in the generated TypeScript registry
 * and once in the spec's table; nothing extra; every name builds a
 * DefTalkError whose body carries no details unless given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { DefTalkError, ERRORS, ErrorCode, errorInfo, isDefTalkError } from '../reference/errors/index.ts';
import { loadRegistry, renderTable, renderTypeScript } from '../scripts/gen-errors.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const declared = loadRegistry(join(ROOT, 'spec/errors.json'));
const live = declared.filter((e) => !e.retired);

/** The rows of the generated table in spec/errors.md, as [code, name, retired]. */
function specRows(): [number, string, boolean][] {
  const md = readFileSync(join(ROOT, 'spec/errors.md'), 'utf8');
  const begin = md.indexOf('<!-- BEGIN GENERATED: error table -->');
  const end = md.indexOf('<!-- END GENERATED: error table -->');
  return md
    .slice(begin, end)
    .split('\n')
    .map((l) => /^\| (\d+) \| `([A-Z0-9_]+)` \|.*\| (\(retired\) )?/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), m[2]!, m[3] !== undefined]);
}

t.test('the registry declares something, with codes in their area ranges', async (t) => {
  t.ok(declared.length > 0);
  for (const e of declared) t.ok(e.code >= 1000 && e.code <= 9999, `${e.name} ${e.code}`);
});

t.test(
  'every live code of spec/errors.json is in ERRORS exactly once, with the same fields, and nothing else is',
  async (t) => {
    t.equal(ERRORS.length, live.length);
    for (const e of live) {
      const found = ERRORS.filter((x) => x.code === e.code);
      t.equal(found.length, 1, `${e.code} once`);
      t.same(found[0], {
        code: e.code,
        name: e.name,
        status: e.status,
        retryable: e.retryable,
        description: e.description,
      });
      t.equal(ErrorCode[e.name as keyof typeof ErrorCode], e.code, `ErrorCode.${e.name}`);
    }
    t.equal(new Set(ERRORS.map((e) => e.name)).size, ERRORS.length, 'no duplicate name');
    t.equal(Object.keys(ErrorCode).length, live.length, 'ErrorCode has no extra name');
    for (const e of declared.filter((x) => x.retired))
      t.equal(errorInfo(e.code), undefined, `retired ${e.code}`);
  },
);

t.test('every code of spec/errors.json is in the spec table exactly once; nothing else is', async (t) => {
  const rows = specRows();
  t.equal(rows.length, declared.length);
  for (const e of declared) {
    const found = rows.filter(([code]) => code === e.code);
    t.equal(found.length, 1, `${e.code} once`);
    t.same(found[0], [e.code, e.name, e.retired === true]);
  }
});

t.test('the generated files are what the generator makes now', async (t) => {
  t.equal(renderTypeScript(declared), readFileSync(join(ROOT, 'reference/errors/registry.ts'), 'utf8'));
  t.ok(readFileSync(join(ROOT, 'spec/errors.md'), 'utf8').includes(renderTable(declared)));
});

t.test('every registered name builds a DefTalkError with the registry fields', async (t) => {
  for (const info of ERRORS) {
    const err = new DefTalkError(info.name);
    t.ok(isDefTalkError(err, info.name));
    t.equal(err.code, info.code);
    t.equal(err.status, info.status);
    t.equal(err.retryable, info.retryable);
    t.equal(err.message, info.description, 'the message is the registry text, never input');
    t.same(err.toJSON(), {
      code: info.code,
      name: info.name,
      message: info.description,
      retryable: info.retryable,
    });
    t.notOk('details' in err.toJSON(), `${info.name}: no details key unless details are given`);
    t.same(errorInfo(info.code), info);
  }
});

t.test('details appear in the body only when given', async (t) => {
  const name = ERRORS[0]!.name;
  const err = new DefTalkError(name, { deviceId: 3 });
  t.same(err.toJSON().details, { deviceId: 3 });
  t.throws(() => new DefTalkError('NO_SUCH_ERROR' as never), /unregistered error name/);
  t.equal(errorInfo(1), undefined);
});
