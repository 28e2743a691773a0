/**
 * @module
 * Terminal progress while a run goes on (spec/conformance.md §Running): one
 * line per case with its outcome, then the closing summary line that CI
 * parses. On a TTY the line of the running case is redrawn in place; other
 * streams get plain lines only, so logs stay readable.
 */
import type { CaseResult, ExpectationsSection, ResultOutcome, Summary } from './report.ts';
import { expectationsLine, summaryLine } from './report.ts';

/** A stream progress can be written to; `isTTY` enables redrawing. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const LABEL: Record<ResultOutcome, string> = {
  PASS: 'PASS       ',
  FAIL: 'FAIL       ',
  NON_STRICT: 'NON-STRICT ',
  UNSUPPORTED: 'UNSUPPORTED',
  EXPECTED_FAILURE: 'XFAIL      ',
  UNEXPECTED_PASS: 'XPASS      ',
};

/** Progress reporting for one run. */
export interface Progress {
  caseStarted(id: string): void;
  caseFinished(result: CaseResult): void;
  /** Print where reports went, the expectations line under `--expectations`, and the closing summary line. */
  finished(summary: Summary, reportDir: string, expectations?: ExpectationsSection | null): void;
}

/** Progress on `stream`, redrawing when it is a TTY. */
export function createProgress(stream: ProgressStream): Progress {
  const tty = stream.isTTY === true;
  return {
    caseStarted(id) {
      if (tty) stream.write(`\r\x1b[2K...         ${id}`);
    },
    caseFinished(r) {
      const why = r.outcome === 'PASS' || !r.error ? '' : `: ${r.error.message.split('\n')[0]}`;
      stream.write(`${tty ? '\r\x1b[2K' : ''}${LABEL[r.outcome]} ${r.id} (${r.durationMs} ms)${why}\n`);
    },
    finished(summary, reportDir, expectations) {
      stream.write(`reports written to ${reportDir}\n`);
      if (expectations) {
        for (const p of expectations.problems)
          stream.write(`expectation ${p.kind}: ${p.case}: ${p.message}\n`);
        stream.write(`${expectationsLine(expectations)}\n`);
      }
      stream.write(`${summaryLine(summary)}\n`);
    },
  };
}
