import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Component tests mount the window's .vue files (in happy-dom, chosen per file).
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll waits for the window (a re-check in its thread, a PDF) on a busy 2-core machine; it ends as soon as it holds.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
