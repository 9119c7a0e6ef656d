// Finds a Chromium for Playwright: its own download if present, else the system one. Says what to install if neither.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [
  process.env.CHROMIUM_PATH,
  chromium.executablePath(),
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];
const found = candidates.find((p) => p && existsSync(p));
if (!found) {
  console.error(
    '找不到 Chromium，无法运行端到端测试。请安装：sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
  );
  console.error(
    '(No Chromium found. Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk)',
  );
  process.exit(1);
}
console.log(`chromium: ${found}`);
