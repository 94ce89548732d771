/**
 * ESLint (flat config) for kpi-kit, run from the repository root by `npm run lint` (scripts/lint.js):
 * type-aware typescript-eslint, and the lit, wc and lit-a11y plugins for the elements and stories.
 * Every rule switched off or changed is listed below with its reason.
 */
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default tseslint.config(
  {
    basePath: root,
    ignores: [
      'dist/**',
      'node_modules/**',
      'gallery/**',
      'tmp/**',
      '.tmp/**',
      'storybook-static/**',
      'custom-elements.json',
      'examples/**',
      'types-check/**',
      'tools/**',
      'bench/screenshots/**',
    ],
  },
  {
    basePath: root,
    files: ['**/*.{ts,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.js', '.storybook/*.js', 'test/browser/support/*.js', 'bench/*.js'] },
        tsconfigRootDir: root,
      },
    },
    rules: {
      // A leading underscore marks a value left out on purpose, e.g. `const { style: _style, ...rest } = options`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Lit calls the listeners bound in templates (`@click=${this.select}`) with the host as `this`, and the kit's
      // formatters and clocks are closures, not prototype methods: the rule cannot tell either from a lost `this`.
      '@typescript-eslint/unbound-method': 'off',
      // node:test runs the tests it is given; its `test()` and `describe()` promises are the runner's to await.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
    },
  },
  {
    basePath: root,
    files: ['**/*.{js,mjs}'],
    // Plain JavaScript has no types: every value is `any`, so the type-aware rules (no-unsafe-*) would flag every call.
    // These files get the syntax rules only (typescript-eslint's advice for mixed projects).
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    basePath: root,
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Chai's property assertions are expressions: `expect(card.matches(':state(good)')).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read JSON (JSON.parse, fetch().json()) and use matchers typed `any` (expect.closeTo, event details
      // awaited from oneEvent): asserting on them is the point, so values typed `any` are expected here.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // A fake fetch is async by contract even when its answer is ready.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    basePath: root,
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
  },
);
