import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The boundaries that keep each kind of work in one place. Each is a lint error, so a shortcut
// across one fails CI rather than spreading.
const dexieOnlyInData = {
  name: 'dexie',
  message: 'Only src/app/data/ may import Dexie; call its named functions.',
};

const webStorageOnlyInDataFolders = ['localStorage', 'sessionStorage'].flatMap((name) => [
  {
    name,
    message: `${name} is touched only in the data folders (src/app/data/, src/app/coordinator/).`,
  },
  ...['globalThis', 'window', 'self'].map((object) => ({
    object,
    property: name,
    message: `${name} is touched only in the data folders (src/app/data/, src/app/coordinator/).`,
  })),
]);

const fetchOnlyInHttpHelper = [
  {
    name: 'fetch',
    message: 'Requests to the API go through src/app/http/apiRequest.ts (apiJson, apiBlob).',
  },
  ...['globalThis', 'window', 'self'].map((object) => ({
    object,
    property: 'fetch',
    message: 'Requests to the API go through src/app/http/apiRequest.ts (apiJson, apiBlob).',
  })),
];

const globalsOf = (rules) => rules.filter((rule) => rule.object === undefined);
const propertiesOf = (rules) => rules.filter((rule) => rule.object !== undefined);

// Folders that must not lean on each other: what both need lives in a third place. A later entry
// wins for the files it names, so each lists every boundary of its folder.
const up = (folders) => `^(\\.\\./)+(${folders})/`;
const boundaries = [
  { folder: 'src/shared', forbid: up('app|server'), dexie: true },
  { folder: 'src/server', forbid: up('app'), dexie: true },
  { folder: 'src/app', forbid: up('server'), dexie: true },
  { folder: 'src/app/data', forbid: up('server'), dexie: false },
  { folder: 'src/app/ui/staff', forbid: up('server|coordinator'), dexie: true },
  { folder: 'src/app/ui/coordinator', forbid: up('server|staff'), dexie: true },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      '.builds',
      'dev-dist',
      'coverage',
      'node_modules',
      'data',
      'tests/artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...boundaries.map(({ folder, forbid, dexie }) => ({
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: dexie ? [dexieOnlyInData] : [],
          patterns: [{ regex: forbid, message: `${folder} does not import from there.` }],
        },
      ],
    },
  })),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/app/data/**',
      'src/app/coordinator/**',
      'src/app/http/apiRequest.ts',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        ...globalsOf([...webStorageOnlyInDataFolders, ...fetchOnlyInHttpHelper]),
      ],
      'no-restricted-properties': [
        'error',
        ...propertiesOf([...webStorageOnlyInDataFolders, ...fetchOnlyInHttpHelper]),
      ],
    },
  },
  {
    // The data folders may use web storage, but still reach the API only through the helper.
    files: ['src/app/data/**/*.{ts,tsx}', 'src/app/coordinator/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...globalsOf(fetchOnlyInHttpHelper)],
      'no-restricted-properties': ['error', ...propertiesOf(fetchOnlyInHttpHelper)],
    },
  },
);
