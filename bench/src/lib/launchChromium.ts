import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or `CHROMIUM_PATH`. */
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags of the end-to-end tests: no sandbox (runs as root),
 * no GPU, and no background networking (the machine has no internet).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
