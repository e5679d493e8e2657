import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'net', 'stream', 'zlib', 'url', 'util', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // The core is the domain: it knows nothing of Electron, the window or the other adapters.
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'src-main/core must not depend on Electron.' }],
        patterns: [
          { group: ['**/app/**', '**/web/**', '**/cli/**', '**/src-renderer/**'], message: 'src-main/core must not import its adapters.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    // Keys read from files and requests reach the core, the CLI, the handlers and the web bridge alike.
    files: ['src-main/**/*.ts'],
    rules: {
      // A key read from a file ("constructor", "__proto__") must not find Object.prototype.
      'no-restricted-syntax': ['error',
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message: 'A key that may come from a file: use a Map or Object.hasOwn, not `in`.',
        },
        {
          selector: "VariableDeclarator[init.type='ObjectExpression'] > Identifier > TSTypeAnnotation TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
          message: 'A dictionary keyed by text: use a Map, so a key from a file cannot find Object.prototype.',
        },
      ],
    },
  },
  {
    // The renderer reaches the core only through window.api, typed by the one API contract.
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.vue'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'better-sqlite3', ...nodeModules].map((name) => ({ name, message: 'The renderer must not use Node or Electron: go through window.api.' })),
        patterns: [
          { group: ['node:*'], message: 'The renderer must not use Node: go through window.api.' },
          { regex: 'src-main/(?!api/)', message: 'The renderer may import only the API contract from src-main/api.' },
        ],
      }],
    },
  },
  {
    // One place opens links outside the app, after checking them.
    files: ['src-main/app/**/*.ts'],
    ignores: ['src-main/app/safe-open-external.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'shell', property: 'openExternal', message: 'Use safeOpenExternal.' }],
    },
  },
);
