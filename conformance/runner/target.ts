/**
 * @module
 * Reaching the implementation under test before any case runs
 * (spec/conformance.md §Modes): a relay's `GET /v1/info`, a driver's
 * `hello`, or the reference checked in process; and the target string the
 * report records, with credentials removed.
 */
import type { ImplementationInfo } from './report.ts';

/** What the run is pointed at. */
export type RunTarget =
  | { kind: 'relay'; url: URL }
  /** A relay the harness starts itself from a command with `{port}` and `{data}` (spec/conformance.md §Restarting the relay). */
  | { kind: 'relay-process'; command: string }
  | { kind: 'driver'; command: string }
  | { kind: 'reference'; implementation: string; capabilities: readonly string[] };

/** The target could not be reached or did not describe itself; the run stops with exit status 2. */
export class TargetUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetUnavailable';
  }
}

const SECRET_NAME = /(TOKEN|SECRET|PASSW(OR)?D|KEY|CREDENTIAL|AUTH)/i;

/**
 * The target as the report records it: a URL without user info and with
 * query values masked; a driver command with the values of secret-looking
 * `NAME=value` assignments and `--token`-style options masked.
 */
export function describeTarget(target: RunTarget): string {
  if (target.kind === 'reference') return 'reference (in-process)';
  if (target.kind === 'relay-process')
    return `relay command: ${describeTarget({ kind: 'driver', command: target.command })}`;
  if (target.kind === 'relay') {
    const u = new URL(target.url.href);
    u.username = '';
    u.password = '';
    for (const k of [...u.searchParams.keys()]) u.searchParams.set(k, '***');
    return u.href;
  }
  return target.command
    .replace(/\b([A-Za-z_][A-Za-z0-9_]*)=(\S+)/g, (m, name: string) =>
      SECRET_NAME.test(name) ? `${name}=***` : m,
    )
    .replace(/(--?[A-Za-z-]*(?:token|secret|password|key)[A-Za-z-]*)(=|\s+)(\S+)/gi, '$1$2***');
}

/**
 * Ask a relay what it is: `GET /v1/info` as JSON (spec/transport.md
 * §Discovery). Its `capabilities` gate cases that name a capability.
 */
export async function relayInfo(url: URL, timeoutMs: number): Promise<ImplementationInfo> {
  let res: Response;
  try {
    res = await fetch(new URL('/v1/info', url), {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new TargetUnavailable(`cannot reach the relay's /v1/info: ${(e as Error).message}`);
  }
  if (res.status !== 200) throw new TargetUnavailable(`the relay's /v1/info answered HTTP ${res.status}`);
  let body: Record<string, unknown>;
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    throw new TargetUnavailable("the relay's /v1/info did not answer JSON");
  }
  const caps = body.capabilities;
  if (!Array.isArray(caps) || caps.some((c) => typeof c !== 'string')) {
    throw new TargetUnavailable("the relay's /v1/info has no capabilities array of strings");
  }
  const versions = Array.isArray(body.versions) ? body.versions.map(String) : [];
  return {
    name: typeof body.implementation === 'string' ? body.implementation : '(unnamed relay)',
    versions,
    capabilities: caps as string[],
  };
}
