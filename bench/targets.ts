/**
 * @module
 * The relay's performance targets (issue 8, bench/README.md §Targets),
 * judged from one results document: each is `held`, `missed`, or
 * `not-measured` when the run did not include what it needs (a series not
 * selected or skipped, a quick run, a series that never sustained a rate).
 * The verdicts go into results.json and summary.md and are printed at the
 * end of a run; they never change the exit status (the bench asserts no
 * speed, only invariants).
 */
import type { Results, SeriesRecord, StepRecord } from './results.ts';
import { DRAIN_TARGET_S } from './scenarios/offline-drain.ts';

/** One target and what this run says of it. */
export interface TargetVerdict {
  id: 'cycle-vs-forwarder' | 'p99-at-half-max' | 'idle-memory' | 'drain-100k' | 'cycle-vs-jetstream';
  /** The target as the issue states it. */
  target: string;
  verdict: 'held' | 'missed' | 'not-measured';
  /** The measured value in the target's own unit, when measured. */
  value: number | null;
  /** How the value was obtained, or why it could not be. */
  basis: string;
}

const CYCLE = 'full-cycle/200B';
const FORWARDER = 'ws-forwarder/200B';
const JETSTREAM = 'nats-jetstream/200B';
const IDLE = 'idle-connections';
const DRAIN = 'offline-drain/200B';
/** Fewer idle connections than this spread the relay's fixed costs over too few to judge the target. */
const MIN_IDLE_CONNECTIONS = 1000;
/** The drain step that queues 100 000 envelopes (offline-drain queues 2·rate). */
const DRAIN_RATE = 50_000;

function ran(results: Results, id: string): SeriesRecord | undefined {
  const s = results.series.find((x) => x.id === id);
  return s && s.status === 'ok' && s.steps.length > 0 ? s : undefined;
}

function notMeasured(id: TargetVerdict['id'], target: string, basis: string): TargetVerdict {
  return { id, target, verdict: 'not-measured', value: null, basis };
}

function judge(
  id: TargetVerdict['id'],
  target: string,
  value: number,
  holds: boolean,
  basis: string,
): TargetVerdict {
  return { id, target, verdict: holds ? 'held' : 'missed', value, basis };
}

/** A ratio of sustained rates, both sides from this run. */
function sustainedRatio(
  results: Results,
  id: TargetVerdict['id'],
  target: string,
  denominator: string,
  atLeast: number,
): TargetVerdict {
  if (results.config.quick) return notMeasured(id, target, 'a quick run sustains no rate ladder');
  const cycle = ran(results, CYCLE);
  const base = ran(results, denominator);
  if (!cycle || !base) return notMeasured(id, target, `needs ${CYCLE} and ${denominator} in the same run`);
  const a = cycle.knee.sustainedRate;
  const b = base.knee.sustainedRate;
  if (a === null || b === null || b === 0)
    return notMeasured(id, target, 'one side sustained no rate offered to it');
  const r = a / b;
  return judge(
    id,
    target,
    r,
    r >= atLeast,
    `highest rate sustained: ${CYCLE} ${a}/s, ${denominator} ${b}/s (a lower bound for a side that never reached its knee)`,
  );
}

/** The step with the highest target rate not above `rate`. */
function stepAtOrBelow(steps: readonly StepRecord[], rate: number): StepRecord | undefined {
  let best: StepRecord | undefined;
  for (const st of steps) if (st.targetRate <= rate && (!best || st.targetRate > best.targetRate)) best = st;
  return best;
}

/** Every target of issue 8, in the order. */
export function evaluateTargets(results: Results): TargetVerdict[] {
  const out: TargetVerdict[] = [];
  out.push(
    sustainedRatio(
      results,
      'cycle-vs-forwarder',
      `${CYCLE} sustains at least 60 % of the rate ${FORWARDER} sustains`,
      FORWARDER,
      0.6,
    ),
  );

  const halfTarget = 'p99 at most 10 ms at half of the relay’s own maximum rate';
  const cycle = ran(results, CYCLE);
  if (results.config.quick)
    out.push(notMeasured('p99-at-half-max', halfTarget, 'a quick run finds no maximum'));
  else if (!cycle) out.push(notMeasured('p99-at-half-max', halfTarget, `needs ${CYCLE}`));
  else {
    // The maximum is the highest median achieved rate of any step (the knee's far side included).
    const max = Math.max(...cycle.steps.map((st) => st.figures.achieved_rate?.median ?? 0));
    const step = stepAtOrBelow(cycle.steps, max / 2);
    const p99 = step?.figures.latency_p99_ms?.median;
    if (!step || p99 === undefined)
      out.push(notMeasured('p99-at-half-max', halfTarget, `no step at or below half of ${max.toFixed(0)}/s`));
    else
      out.push(
        judge(
          'p99-at-half-max',
          halfTarget,
          p99,
          p99 <= 10,
          `maximum ${max.toFixed(0)}/s achieved; median p99 ${p99.toFixed(2)} ms at the ${step.targetRate}/s step`,
        ),
      );
  }

  const idleTarget = 'at most 8 KiB of memory per idle connection';
  const idle = ran(results, IDLE);
  const perConnection = idle?.steps
    .flatMap((st) => st.runs.map((r) => r.counters.heap_bytes_per_connection))
    .filter((v): v is number => typeof v === 'number');
  const connections = idle ? Math.max(...idle.steps.map((st) => st.targetRate)) : 0;
  if (!idle || !perConnection || perConnection.length === 0)
    out.push(notMeasured('idle-memory', idleTarget, `needs ${IDLE}`));
  else if (results.config.quick || connections < MIN_IDLE_CONNECTIONS)
    out.push(
      notMeasured(
        'idle-memory',
        idleTarget,
        `needs at least ${MIN_IDLE_CONNECTIONS} connections outside a quick run (fixed costs dominate below; this run had ${connections})`,
      ),
    );
  else {
    const worst = Math.max(...perConnection) / 1024;
    out.push(
      judge(
        'idle-memory',
        idleTarget,
        worst,
        worst <= 8,
        `largest of ${perConnection.length} runs: live JavaScript heap and buffers per connection after full collections at N = ${idle.steps.at(-1)?.targetRate} (native socket state not included)`,
      ),
    );
  }

  const drainTarget = '100 000 queued envelopes drained and erased in at most 2 s';
  const drain = ran(results, DRAIN)?.steps.find((st) => st.targetRate === DRAIN_RATE);
  const achieved = drain?.figures.achieved_rate?.median;
  if (!drain || !achieved)
    out.push(notMeasured('drain-100k', drainTarget, `needs ${DRAIN} at ${DRAIN_RATE}/s`));
  else {
    const seconds = (2 * DRAIN_RATE) / achieved;
    out.push(
      judge(
        'drain-100k',
        drainTarget,
        seconds,
        seconds <= DRAIN_TARGET_S,
        `median of ${drain.runs.length} runs: connect to queue empty and flushed`,
      ),
    );
  }

  out.push(
    sustainedRatio(
      results,
      'cycle-vs-jetstream',
      `${CYCLE} sustains at least 3 × the rate ${JETSTREAM} sustains`,
      JETSTREAM,
      3,
    ),
  );
  return out;
}

/** One line per target for the progress stream and summary.md. */
export function describeTarget(t: TargetVerdict): string {
  const v = t.value === null ? '' : ` (${t.value < 10 ? t.value.toFixed(2) : t.value.toFixed(1)})`;
  return `${t.verdict.toUpperCase()}${v}: ${t.target}; ${t.basis}`;
}
