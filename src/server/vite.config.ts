// The server's build: its TypeScript (and the shared code it uses) bundled into plain JavaScript
// in dist-server/, so `npm start` runs it on plain node, without a TypeScript loader in memory.
// Packages stay in node_modules (an SSR build leaves them external), better-sqlite3's native
// module among them.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: projectDir,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-server',
    emptyOutDir: true,
    // Stack traces in the log should point at the TypeScript.
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: {
        main: 'src/server/main.ts',
        backup: 'src/server/backup.ts',
        restore: 'src/server/restore.ts',
        'coordinator-token': 'src/server/coordinatorToken.ts',
        'copy-database': 'src/server/copyDatabase.ts',
        centres: 'src/server/centresCommand.ts',
        writerThread: 'src/server/store/writerThread.ts',
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    },
  },
});
