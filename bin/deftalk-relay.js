#!/usr/bin/env node
// Launcher: the project ships TypeScript sources and runs them through tsx's
// ESM loader, so a fresh clone needs no build step before `deftalk-relay` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../reference/relay/cli.ts');
process.exitCode = await main(process.argv.slice(2));
