import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/app/main.ts'),
          // Started as a worker thread by the read pool, from beside index.js.
          'read-worker': resolve(__dirname, 'src-main/core/job/read-worker.ts'),
          // Started as a worker thread by the job runner (import, consolidation, rendering), from beside index.js.
          'job-worker': resolve(__dirname, 'src-main/jobs/job-worker.ts'),
        },
        // Shared code stays beside the entries: the worker URLs are resolved against the module that holds them.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [vue()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
  },
});
