import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium, headless, with the flags this network-less machine needs. Playwright gives every
 * launch a fresh, empty profile of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
  })
}

/** Screenshots land in tmp/screenshots so a person can look at what the tests saw. */
export function screenshotPath(name: string): string {
  const dir = path.resolve('tmp/screenshots')
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}
