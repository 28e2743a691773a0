/**
 * @module
 * Terminal progress while a run goes on (spec/conformance.md §Running): one
 * line per case with its outcome, then the closing summary line that CI
 * parses. On a TTY the line of the running case is redrawn in place; other
 * streams get plain lines only, so logs stay readable.
 */
import type { Outcome } from '../case.ts';
import type { CaseResult, Summary } from './report.ts';
import { summaryLine } from './report.ts';

/** A stream progress can be written to; `isTTY` enables redrawing. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const LABEL: Record<Outcome, string> = {
  PASS: 'PASS       ',
  FAIL: 'FAIL       ',
  NON_STRICT: 'NON-STRICT ',
  UNSUPPORTED: 'UNSUPPORTED',
};

/** Progress reporting for one run. */
export interface Progress {
  caseStarted(id: string): void;
  caseFinished(result: CaseResult): void;
  /** Print where reports went and the closing summary line. */
  finished(summary: Summary, reportDir: string): void;
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
    finished(summary, reportDir) {
      stream.write(`reports written to ${reportDir}\n${summaryLine(summary)}\n`);
    },
  };
}
