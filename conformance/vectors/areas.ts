/**
 * @module
 * The registry of vector areas (conformance/vectors/README.md). Each area
 * keeps its checker in its own module and is listed here once; the vectors
 * runner (`deftalk-conformance vectors`) and the reference driver's
 * `vectors.<area>` operations (spec/driver.md) read this list.
 *
 * To add an area: write `conformance/vectors/<area>.json` and a module
 * exporting a {@link VectorArea}, then add one import and one entry below.
 */
import type { VectorArea } from './area.ts';
import { fingerprintVectors } from './fingerprint.ts';
import { groupsVectors } from './groups.ts';
import { handshakeVectors } from './handshake.ts';
import { kdfVectors } from './kdf.ts';
import { ratchetVectors } from './ratchet.ts';
import { wireVectors } from './wire.ts';

/** Every registered vector area; the file of area `a` is `conformance/vectors/<a>.json`. */
export const VECTOR_AREAS: readonly VectorArea[] = [
  kdfVectors,
  handshakeVectors,
  ratchetVectors,
  fingerprintVectors,
  wireVectors,
  groupsVectors,
];
