import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import type { Plugin } from 'vite';
import { pageContentSecurityPolicy } from './src-main/app/content-security-policy';

/** The page's Content-Security-Policy as a meta tag, from the one policy the shells also send as a header. */
function contentSecurityPolicyMeta(): Plugin {
  let dev = false;
  return {
    name: 'content-security-policy-meta',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: pageContentSecurityPolicy(dev) }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/app/main.ts'),
          // Worker threads (the read pool, the report's PDF), started from beside index.js.
          'read-worker': resolve(__dirname, 'src-main/core/job/read-worker.ts'),
          'pdf-worker': resolve(__dirname, 'src-main/core/report/pdf-worker.ts'),
          // Started as a worker thread by the job runner (import, consolidation, rendering), from beside index.js.
          'job-worker': resolve(__dirname, 'src-main/jobs/job-worker.ts'),
        },
        // Shared code stays beside the entries: the worker URLs are resolved against the module that holds them.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  // The preload runs sandboxed, where only 'electron' can be required: everything else is bundled in.
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [vue(), contentSecurityPolicyMeta()],
    define: {
      // vue-i18n: Composition API only, no devtools; messages compiled without eval (CSP).
      __VUE_I18N_FULL_INSTALL__: false,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
      __INTLIFY_JIT_COMPILATION__: true,
    },
    build: {
      // The window's bundle is measured (npm run bench): minified like any shipped web page.
      minify: 'esbuild',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
  },
});
