// Flat config: typescript-eslint strict rules, React hooks, Prettier owns formatting, and import
// boundaries that keep each process (and each native/SDK module) in its lane.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = [
  'electron',
  'electron/*',
  'node:*',
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'crypto',
  'child_process',
  'keytar',
  '@alicloud/mns',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'reports/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Config files are loaded by tools that require a default export.
    files: ['*.config.{ts,mts,mjs}', 'electron.vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeOnly,
              message: 'The renderer is sandboxed web code: no Electron, Node or SDK imports.',
            },
            {
              group: ['**/main/**', '../main/*'],
              message: 'The renderer may not import main-process code.',
            },
            {
              group: ['**/preload/*', '!**/preload/contract', '!**/preload/engine-methods'],
              message:
                'The renderer may only import preload/contract (types) and preload/engine-methods.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/contract.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['*'], message: 'The IPC contract is types only and imports nothing.' },
          ],
        },
      ],
    },
  },
  {
    // The engine runs in plain Node: no Electron anywhere below it.
    files: ['main/engine/**/*.ts', 'main/local-mns/**/*.ts', 'main/hosts/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The engine is Electron-free; Electron lives in main/hosts/electron.',
            },
            {
              group: ['@alicloud/mns'],
              message: 'Only main/engine/mns/alicloud-mns-sdk.ts imports @alicloud/mns.',
            },
            { group: ['keytar'], message: 'Only the keytar secret-store adapter imports keytar.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/engine/mns/alicloud-mns-sdk.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/engine/credentials/keytar-secret-store.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@alicloud/mns'],
              message: 'Tests reach the SDK through createMnsSdk() in the adapter.',
            },
            { group: ['keytar'], message: 'Tests reach keytar through the secret-store adapter.' },
          ],
        },
      ],
    },
  },
  prettier,
);
