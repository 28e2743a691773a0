/**
 * @module
 * The fault-injection proxy of the conformance harness (spec/conformance.md
 * §Fault injection): its public surface for cases and tests.
 */
export {
  type DirectionFaults,
  type FaultAction,
  type FaultKind,
  type FaultPlan,
  NO_FAULTS,
} from './faults.ts';
export { FrameLog, type FrameLogEntry } from './frameLog.ts';
export { type FaultProxy, type FaultProxyOptions, LINK_HEADER, startFaultProxy } from './proxy.ts';
