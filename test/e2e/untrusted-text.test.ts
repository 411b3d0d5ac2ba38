import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from './support/launch-chromium.ts'
import { poll } from './support/poll.ts'
import { saveScreenshot } from './support/save-screenshot.ts'
import { type RunningServe, startServe } from './support/start-serve.ts'

if (!hasChromium) console.warn(CHROMIUM_SKIP_REASON)

// Each payload sets window.pwned if it ever runs; none may.
const SCRIPT = `<script>window.pwned='script'</script>`
const IMG = `<img src=x onerror="window.pwned='img'">`
const JS_URL = `javascript:window.pwned='url'`
const SVG = `<svg onload="window.pwned='svg'"></svg>`
const TITLE = `Quarry protest ${IMG} ${SCRIPT}`
const TEXT = [
  `Hundreds protested at the Tarnow quarry on Sunday. ${SCRIPT} The police said the crowd was peaceful.`,
  `A leaflet read ${IMG} and another ${SVG}, according to an organiser, Mira Holm.`,
  `"Follow ${JS_URL} for the details," said a source close to the organisers. <a href="${JS_URL}">Details</a>`,
].join('\n\n')

const RECORDS = [
  {
    id: 'xss-text',
    title: TITLE,
    text: TEXT,
    lang: 'en',
    outlet: `Tarnow ${IMG} Daily`,
    published: '2025-04-02',
  },
  // A URL field that is not http(s): shown as text, never as a link.
  {
    id: 'xss-url',
    url: JS_URL,
    title: 'Quarry follow-up',
    text: `The quarry stayed closed on Monday. ${JS_URL}`,
    lang: 'en',
  },
]

describe.skipIf(!hasChromium)('untrusted article text in the browser', () => {
  let folder: string
  let serve: RunningServe
  let browser: Awaited<ReturnType<typeof launchChromium>>

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'narrascope-xss-'))
    const input = join(folder, 'payloads.jsonl')
    await writeFile(input, RECORDS.map((record) => JSON.stringify(record)).join('\n'))
    serve = await startServe([input])
    browser = await launchChromium()
  }, 360_000)

  afterAll(async () => {
    await browser?.close()
    await serve?.stop()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  /** Opens a page that records dialogs and script errors, so any executed payload is seen. */
  async function watchedPage(path: string) {
    const page = await browser.context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${serve.url}${path}`)
    return { page, dialogs }
  }

  async function assertNothingRan(page: Page, dialogs: readonly string[]) {
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: string }).pwned),
    ).toBeUndefined()
    expect(dialogs).toEqual([])
    // No element from the payloads made it into the DOM: only the app's own module script exists.
    expect(await page.locator('script:not([type="module"])').count()).toBe(0)
    expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count()).toBe(0)
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0)
  }

  test('search results show titles and snippets literally and run nothing', async () => {
    const { page, dialogs } = await watchedPage('/search?text=quarry')
    const hits = page.getByRole('list', { name: 'Search results' })
    await poll(() => hits.getByRole('listitem').count()).toBe(2)
    expect(await hits.textContent()).toContain(`Quarry protest ${IMG} ${SCRIPT}`)
    await saveScreenshot(page, '10-untrusted-search')
    await assertNothingRan(page, dialogs)
    await page.close()
  })

  test('the reader shows the payloads as text with every layer on, and runs nothing', async () => {
    const { page, dialogs } = await watchedPage('/search?text=Tarnow')
    await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click()
    const text = page.locator('.article-text')
    await poll(() => text.textContent()).toBe(TEXT)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE)
    // Turn every layer on and pass over every highlight, so tooltips render the untrusted text too.
    const toggles = page.getByRole('group', { name: 'Evidence layers' }).getByRole('button')
    for (const toggle of await toggles.all())
      if ((await toggle.isEnabled()) && (await toggle.getAttribute('aria-pressed')) === 'false')
        await toggle.click()
    for (const mark of await page.locator('.article-text mark[tabindex]').all()) await mark.hover()
    expect(
      await page.getByRole('region', { name: 'Provenance', exact: true }).textContent(),
    ).toContain(IMG)
    await saveScreenshot(page, '11-untrusted-reader')
    await assertNothingRan(page, dialogs)
    await page.close()
  })

  test('a javascript: URL is shown as text, not as a link', async () => {
    const { page, dialogs } = await watchedPage('/search?text=Monday')
    await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click()
    const panel = page.getByRole('region', { name: 'Provenance', exact: true })
    await poll(() => panel.isVisible()).toBe(true)
    const address = await panel.locator('.url-cell').textContent()
    // The store may normalise or drop a URL that is not http(s); whatever remains must be inert text.
    if (address !== null) expect(await panel.locator('.url-cell a').count()).toBe(0)
    await assertNothingRan(page, dialogs)
    await page.close()
  })
})
