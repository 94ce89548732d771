/**
 * Plot-style named snapshots: geometry serialised as a small standalone SVG under test/output/,
 * reviewed as a diff. A snapshot never writes itself: a missing or changed file fails the test,
 * and `npm run test:update-snapshots` (UPDATE_SNAPSHOTS=1) writes them, for review before commit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const OUTPUT = new URL('../../output/', import.meta.url);

export function expectSnapshot(name: string, svg: string): void {
  const file = new URL(name, OUTPUT);
  if (process.env['UPDATE_SNAPSHOTS']) {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(file, svg);
    return;
  }
  if (!existsSync(file)) throw new Error(`test/output/${name} is missing: run npm run test:update-snapshots, then review and commit it.`);
  expect(svg, `test/output/${name} (npm run test:update-snapshots rewrites it)`).toBe(readFileSync(file, 'utf8'));
}

/** Rounds a coordinate to 0.01 px, so a snapshot reads well and floating-point noise cannot change it. */
export const r = (n: number): string => String(Math.round(n * 100) / 100);
