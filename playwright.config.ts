import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium (no browser download needed).
 * Set CHROMIUM_PATH to use another Chromium build; PORT to move the server.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
/** A second app server whose embed allows only the first demo origin. */
export const restrictedPort = port + 10;
/** The demo clinic site, on two more origins (ports). */
export const demoPorts = [port + 1, port + 2] as const;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: true } },
    { name: 'no-js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: false }, grep: /@no-js/ },
    { name: 'phone', use: { ...devices['Pixel 7'], javaScriptEnabled: true }, grep: /@phone/ },
  ],
  webServer: [
    {
      // The production build (npm test builds first); never the dev server.
      command: `node scripts/next.mjs start -p ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', EMBED_ALLOWED_ORIGINS: '*' },
    },
    {
      command: `node scripts/next.mjs start -p ${restrictedPort}`,
      url: `http://127.0.0.1:${restrictedPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${demoPorts[0]}` },
    },
    {
      command: 'node e2e/demo/server.mjs',
      url: `http://127.0.0.1:${demoPorts[0]}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      env: { DEMO_PORTS: demoPorts.join(','), APP_ORIGIN: `http://127.0.0.1:${port}` },
    },
  ],
});
