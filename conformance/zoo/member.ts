/**
 * @module
 * The descriptor every member of the bug zoo exports (spec/conformance.md
 * §The bug zoo): a name, the requirement IDs its fault breaks, one line
 * saying what the fault is, and how to build it. A relay member is a set of
 * {@link RelayParts} for the reference relay's dependency-injection seam
 * (reference/relay/server.ts): a decorated store or an extra fastify hook,
 * never a flag in product code.
 */
import type { DriverOp } from '../../reference/cli/driver.ts';
import type { RelayParts } from '../../reference/relay/server.ts';

/** A faulty relay: the reference relay with one part replaced by a faulty one. */
export interface ZooRelay {
  readonly kind: 'relay';
  /** Stable short name, the file name under conformance/zoo/relays/. */
  readonly name: string;
  /** The requirement IDs the fault breaks; a failing case citing one of them kills the member on target. */
  readonly breaks: readonly string[];
  /** One line: the bug, as someone could have written it. */
  readonly description: string;
  /** Fresh parts for one relay start (decorators may hold state, so never shared between starts). */
  parts(): RelayParts;
}

/** The reference driver's operation table (reference/cli/driver.ts `DRIVER_OPS`). */
export type DriverOps = ReadonlyMap<string, DriverOp>;

/**
 * A faulty client: the reference driver (reference/cli/driver.ts) serving a
 * decorated operation table, in its own driver process.
 */
export interface ZooClient {
  readonly kind: 'client';
  /** Stable short name, the file name under conformance/zoo/clients/. */
  readonly name: string;
  readonly breaks: readonly string[];
  readonly description: string;
  /** The operation table to serve, built from the reference one; called once per driver process. */
  ops(reference: DriverOps): DriverOps;
  /** The exit status the process ends with, given the driver loop's; default unchanged. */
  exitStatus?(status: number): number;
}

/** A zoo member of any kind. */
export type ZooMember = ZooRelay | ZooClient;

/**
 * `ops` with the operation `name` replaced by what `wrap` makes of it; the
 * wrapper may call any operation of the table (they share the driver's client).
 */
export function wrapDriverOp(
  ops: DriverOps,
  name: string,
  wrap: (op: DriverOp, table: DriverOps) => DriverOp['run'],
): DriverOps {
  const out = new Map(ops);
  const op = ops.get(name);
  if (!op) throw new Error(`the reference driver has no operation ${name}`);
  out.set(name, { ...op, run: wrap(op, out) });
  return out;
}
