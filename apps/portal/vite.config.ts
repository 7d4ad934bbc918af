import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The API (apps/api) listens here in development and serves the built portal in production. */
const api = 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: { '@candor/domain': here('../../libs/domain/src/index.ts') },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: lets a bench script add up the chunks each entry loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // React is the one thing both apps share: one named, long-cached chunk.
        codeSplitting: {
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
    target: 'es2022',
  },
  server: {
    port: 4200,
    proxy: { '/graphql': api, '/health': api, '/branding': api },
  },
  preview: {
    port: 4300,
    proxy: { '/graphql': api, '/health': api, '/branding': api },
  },
});
