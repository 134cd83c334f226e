// One setup for every browser-side unit test: a fresh fake IndexedDB and DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
