/**
 * @module
 * The scenario registry: what `deftalk-bench` runs by default, in this order
 * (baselines before the scenarios compared with them). A new scenario is one
 * module under bench/scenarios/ plus one line here.
 */
import type { Scenario } from '../scenario.ts';
import { clusterScale } from './cluster-scale.ts';
import { fastifyHello } from './fastify-hello.ts';
import { fullCycle } from './full-cycle.ts';
import { groupFanout } from './group-fanout.ts';
import { httpSend } from './http-send.ts';
import { idleConnections } from './idle-connections.ts';
import { natsJetstream } from './nats-jetstream.ts';
import { offlineDrain } from './offline-drain.ts';
import { reconnectStorm } from './reconnect-storm.ts';
import { relayHealthz } from './relay-healthz.ts';
import { wsForwarder } from './ws-forwarder.ts';

/** Every registered scenario. */
export const SCENARIOS: readonly Scenario[] = [
  wsForwarder,
  fastifyHello,
  relayHealthz,
  natsJetstream,
  fullCycle,
  offlineDrain,
  httpSend,
  groupFanout,
  idleConnections,
  reconnectStorm,
  // Opt-in (--scenario cluster-scale): PostgreSQL, Redis and 100 000 connections.
  clusterScale,
];
