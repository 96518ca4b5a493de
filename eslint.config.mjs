// One lint for every package (`pnpm lint`, counted in `pnpm test`). Recommended rule sets; what is turned off or
// added, and why, is in docs/decisions.md ("Lint and format").
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const web = 'apps/web/src';
const features = readdirSync(`${web}/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['**/dist/', '**/node_modules/', '**/*.gen.ts', '.data/', '**/coverage/', '**/test-results/', '**/playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['apps/*/tsconfig.json', 'libs/*/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      // Import circles are found by dpdm (`pnpm cycles`), which also sees type-only ones.
      // Arguments and locals named `_` on purpose are unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // PartialType's default lets `null` past every validator of an optional field, so `{"body": null}` reached the
    // database as a 500. A field left out is kept; null is refused unless the DTO says the field is clearable.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='PartialType'][arguments.length<2]",
          message: 'Pass { skipNullProperties: false }: a null must be validated, not skipped.',
        },
      ],
    },
  },
  {
    // Tests read answers loosely on purpose: a body is whatever the server sent, asserted field by field.
    files: ['**/test/**', '**/e2e/**', '**/*.spec.ts', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Functions it passes to page.evaluate() run in the browser.
    files: ['scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: [`${web}/**/*.{ts,tsx}`],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The panel's floors, top to bottom: app/ (router, shell, pages) › features/ › components/ › session/ › api/.
    // A floor imports only from below it; a feature reaches another only through that one's index.ts.
    files: [`${web}/**/*.{ts,tsx}`],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: [`./${web}/features`, `./${web}/session`, `./${web}/components`, `./${web}/api`],
              from: `./${web}/app`,
              message: 'app/ is the top floor: nothing below it imports it.',
            },
            {
              target: [`./${web}/session`, `./${web}/components`, `./${web}/api`],
              from: `./${web}/features`,
              message: 'Only app/ and features/ import a feature.',
            },
            { target: [`./${web}/session`, `./${web}/api`], from: `./${web}/components`, message: 'session/ and api/ sit below components/.' },
            { target: `./${web}/api`, from: `./${web}/session`, message: 'api/ is the bottom floor.' },
            ...features.map((feature) => ({
              target: `./${web}/features/${feature}`,
              from: `./${web}/features`,
              except: [`./${feature}`, ...features.filter((other) => other !== feature).map((other) => `./${other}/index.ts`)],
              message: 'Another feature is reached through its index.ts only.',
            })),
          ],
        },
      ],
    },
  },
);
