import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layering from './scripts/eslint/layering.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The layers of actions/ (docs/ARCHITECTURE.md), checked on every import.
    files: ['actions/**/*.ts'],
    plugins: { mmf: { rules: { layering } } },
    rules: { 'mmf/layering': 'error' },
  },
);
