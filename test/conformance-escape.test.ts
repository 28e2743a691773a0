/**
 * An error that a case lets escape its awaited work (a rejected promise
 * nobody awaits, a throw in a callback) fails that case and the run goes on;
 * it must not end the harness process (conformance/runner/run.ts). Run in a
 * child process, since tap fails its own test on an unhandled rejection.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'escaping-case-run.ts');

for (const kind of ['reject', 'throw']) {
  t.test(`an escaped ${kind} fails its case and the next case still runs`, async (t) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', FIXTURE, kind], { encoding: 'utf8' });
    t.equal(run.status, 0, `the harness process ends normally: ${run.stderr}`);
    const outcomes = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '[]') as [string, string, string][];
    t.same(
      outcomes.map(([id, outcome]) => [id, outcome]),
      [
        ['syn/escapes', 'FAIL'],
        ['syn/after', 'PASS'],
      ],
    );
    t.match(outcomes[0]?.[2], /promise nobody awaits|thrown in a callback/);
  });
}
