import { execFileSync } from 'node:child_process';
import { defineConfig, type Plugin } from 'vitest/config';

// The backend (Spring Boot, `./vaardig run`) listens on 8080, or where VAARDIG_BACKEND_URL says. In
// `npm run dev` every server path is proxied there, so the SPA, the API and the OIDC provider share
// one origin as in production (the Host header is kept, so the provider's redirects come back here).
const backend = process.env.VAARDIG_BACKEND_URL ?? 'http://localhost:8080';
const proxiedPaths = ['/api', '/actuator', '/oauth2', '/login', '/logout', '/connect', '/userinfo', '/.well-known'];

// The API types (src/api/schema.d.ts) come from docs/openapi.json; generated when Vite starts, so `vite build`,
// `vite` and `vitest` always see the server's current contract, also when run without npm's pre-scripts.
const apiTypes: Plugin = {
  name: 'vaardig-api-types',
  config() {
    execFileSync(process.execPath, ['scripts/generate-api-types.mjs'], { cwd: import.meta.dirname, stdio: 'inherit' });
  },
};

export default defineConfig({
  plugins: [apiTypes],
  // No @vitejs/plugin-react: its current versions need Vite 8. esbuild compiles JSX by itself.
  esbuild: { jsx: 'automatic' },
  build: {
    // Maven packages target/classes into the jar; Spring Boot serves classpath:static/ at "/".
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
    // Small inline data: URLs would need a CSP exception (img-src data:), so every asset stays a file.
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for server components; meaningless in a SPA bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) {
          return;
        }
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    // The 2-core CI machine also runs the JVM builds: a few user-event-heavy tests (checklist, vacancy form) need
    // more than the default 5 s there; a real hang still fails.
    testTimeout: 20_000,
  },
});
