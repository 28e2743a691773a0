/**
 * @module
 * Finding a zoo member (spec/conformance.md §The bug zoo) by its registry
 * name or by the file that exports it, shared by the runner and the relay
 * process of {@link ./serve.ts}.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ZooMember } from './member.ts';
import { ZOO_MEMBERS } from './members.ts';

/** A member by registry name, or the `member` export of a module file (for synthetic members in tests). */
export async function loadMember(spec: string): Promise<ZooMember> {
  if (spec.endsWith('.ts')) {
    const mod = (await import(pathToFileURL(resolve(spec)).href)) as { member?: ZooMember };
    if (!mod.member) throw new Error(`${spec} exports no zoo member`);
    return mod.member;
  }
  const found = ZOO_MEMBERS.find((m) => m.name === spec);
  if (!found) throw new Error(`no zoo member named ${spec}`);
  return found;
}
