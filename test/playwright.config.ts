import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';
import { PORT as port, PSEUDO_DIST, PSEUDO_PORT, PSEUDO_ROOT, SITE_ROOT } from './e2e/site';

const executablePath = chromiumPath();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: './results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: [
    {
      // A copy of dist/ with the headers of dist/_headers (the CSP as an HTTP header), on its own port; never a server
      // this run did not start, which could be another checkout's.
      command: `node test/e2e/serve.mjs ${port} ${SITE_ROOT}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The pseudo-locale build, for test/e2e/pseudo-locale.spec.ts only.
      command: `node test/e2e/serve.mjs ${PSEUDO_PORT} ${PSEUDO_ROOT} ${PSEUDO_DIST}`,
      cwd: '..',
      url: `http://127.0.0.1:${PSEUDO_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
