import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

/** Debian's Chromium; .ci/run installs it when absent. */
export const CHROMIUM_PATH = process.env.NARRASCOPE_CHROMIUM ?? '/usr/bin/chromium'

/** True when the browser is installed; e2e tests skip with `CHROMIUM_SKIP_REASON` otherwise. */
export const hasChromium = existsSync(CHROMIUM_PATH)

/** Why the e2e tests were skipped, so a skip is never silent. */
export const CHROMIUM_SKIP_REASON = `${CHROMIUM_PATH} not found (apt-get install -y chromium): browser tests skipped`

// The machine has no network but loopback: without these, Chromium keeps trying to reach Google's services.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The laptop screen the UI must be usable on. */
export const LAPTOP_VIEWPORT = { width: 1366, height: 768 } as const

/** A headless Chromium with a fresh profile in a temporary folder, removed by `close()`. */
export async function launchChromium(): Promise<{
  context: BrowserContext
  close(): Promise<void>
}> {
  const profile = await mkdtemp(join(tmpdir(), 'narrascope-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: LAPTOP_VIEWPORT,
    locale: 'en-GB',
  })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
