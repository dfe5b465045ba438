/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    // Some content tests walk every bank and scenario or run a build step: 5 s is too tight on a
    // loaded two-core machine.
    testTimeout: 20_000,
    // One module registry per worker, not per file: about 5 s of start-up saved per file on two
    // cores. Tests that need fresh stores reset modules themselves (`vi.resetModules()`); the suite
    // passes with files in shuffled order (`--sequence.shuffle.files`).
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**'],
    },
  },
});
