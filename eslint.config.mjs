import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * Lint: Next's rules, plus the project's import direction
 * (content → machines → app; nothing imports from app/ but app/ itself).
 */
const config = [
  ...next,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.bench/**'],
  },
  {
    // CommonJS on purpose: next.config.js must require() what it shares with the proxy.
    files: ['next.config.js', 'lib/security-headers.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['content/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/machines/*', '../machines/*', '../../machines/*', '@/app/*', '@/lib/*', 'xstate', 'react', 'next/*'], message: 'content/ is plain data: it imports nothing but its own types.' }] },
      ],
    },
  },
  {
    files: ['machines/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*', '../app/*', '@/lib/*', '../lib/*', 'react', 'react-dom', 'next', 'next/*', '@xstate/react'], message: 'machines/ is pure: only xstate and content/.' }] },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '../app/*'], message: 'Nothing imports from app/.' }] }],
    },
  },
];

export default config;
