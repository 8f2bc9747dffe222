import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'src/locales/', 'custom-elements.json', 'bench/.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'lit/no-template-arrow': 'off',
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Strict equality everywhere, `== null` included: one way to compare.
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Patterns run over input: a super-linear one freezes the page on a long value.
    files: ['src/**/*.ts'],
    ...regexp.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Security: text as text, no inline styles (strict CSP).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Text is rendered as text.' },
            {
              name: 'lit/directives/style-map.js',
              message: 'Inline styles break strict CSP: use classes and custom properties.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'Identifier[name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]', message: 'Text is rendered as text.' },
      ],
    },
  },
);
