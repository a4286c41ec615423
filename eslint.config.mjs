// ESLint for the project's code (typescript-eslint's recommended rules, without type information so that it
// stays fast enough for `npm test`). Layout is Prettier's job (.prettierrc.json); `max-len` holds what Prettier
// cannot wrap (comments) to 120 columns, leaving strings, template literals, regular expressions and URLs whole.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      '.vscode-test/',
      '.host-cache/',
      'bench/results/',
      'src/core/generated/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The checker reads control characters on purpose (ANSI colours, NUL in binary files, form feeds).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Host and browser suites run under mocha's TDD interface; their page scripts run in the workbench's page.
    files: ['test/host/**', 'test/web/**', 'scripts/host/**'],
    languageOptions: { globals: { ...globals.mocha, ...globals.browser } },
    // A module's own `Worker` or `run` is not the page's or mocha's.
    rules: { 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
);
