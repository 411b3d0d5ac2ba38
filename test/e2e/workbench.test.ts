import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  CHROMIUM_SKIP_REASON,
  hasChromium,
  LAPTOP_VIEWPORT,
  launchChromium,
} from './support/launch-chromium.ts'
import { poll } from './support/poll.ts'
import { saveScreenshot } from './support/save-screenshot.ts'
import { type RunningServe, startServe } from './support/start-serve.ts'

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url))
const WEB_DIST = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url))

if (!hasChromium) console.warn(CHROMIUM_SKIP_REASON)

// One server over the demo corpus and one browser for the whole file: ingesting the corpus is the slow part.
describe.skipIf(!hasChromium)('web workbench in Chromium over narrascope serve', () => {
  let serve: RunningServe
  let browser: Awaited<ReturnType<typeof launchChromium>>
  let context: BrowserContext

  beforeAll(async () => {
    const { existsSync } = await import('node:fs')
    if (!existsSync(WEB_DIST))
      throw new Error(`${WEB_DIST} is missing: run "npm run build:web" (npm test does it first)`)
    serve = await startServe([EXAMPLES])
    browser = await launchChromium()
    context = browser.context
  }, 360_000)

  afterAll(async () => {
    await browser?.close()
    await serve?.stop()
  })

  /** A new tab that fails the test on any script error of the page. */
  async function openPage(path: string): Promise<Page> {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // The UI must run under the server's Content-Security-Policy: a refused style or script is a failure.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/iu.test(message.text()))
        errors.push(message.text())
    })
    ;(page as Page & { errors: string[] }).errors = errors
    await page.goto(`${serve.url}${path}`)
    return page
  }
  const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors

  test('search: typing updates the results and the URL without reloading; a facet narrows them', async () => {
    const page = await openPage('/search')
    // A marker on window survives only if the page is never reloaded.
    await page.evaluate(() => {
      ;(window as unknown as { noReload: boolean }).noReload = true
    })
    await page.getByRole('searchbox').fill('refinery')
    await poll(() => new URL(page.url()).searchParams.get('text')).toBe('refinery')
    const hits = page.getByRole('list', { name: 'Search results' }).getByRole('listitem')
    await poll(() => hits.count()).toBeGreaterThan(1)
    const allHits = await hits.count()
    // Snippets may render a moment after the list: poll rather than read once.
    await poll(() => page.locator('.hit-snippet mark.hl-match').count()).toBeGreaterThan(0)
    await poll(() => page.locator('.hit-snippet mark.hl-match').first().textContent()).toMatch(
      /refiner/iu,
    )

    await page
      .locator('[data-facet="lang"]')
      .getByRole('button', { name: /English/u })
      .click()
    await poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en')
    await poll(() => hits.count()).toBeLessThan(allHits)
    await poll(async () =>
      (await page.locator('.hit-meta').allTextContents()).every((meta) => meta.includes('English')),
    ).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(
      true,
    )
    await saveScreenshot(page, '01-search')

    // The URL states the search: opening it afresh gives the same results.
    const again = await openPage(new URL(page.url()).pathname + new URL(page.url()).search)
    await poll(() =>
      again.getByRole('list', { name: 'Search results' }).getByRole('listitem').count(),
    ).toBe(await hits.count())
    expect(await again.getByRole('searchbox').inputValue()).toBe('refinery')
    expect(pageErrors(page)).toEqual([])
    await again.close()
    await page.close()
  })

  test('reader: opens an article from the results, toggles a layer, describes a highlight', async () => {
    const page = await openPage('/search?text=Miraz')
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first()
    const title = await first.textContent()
    await first.click()
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/documents\/\d+$/u)
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title)

    const entities = page.getByRole('group', { name: 'Evidence layers' }).getByRole('button', {
      name: /Entities/u,
    })
    await poll(() => entities.getAttribute('aria-pressed')).toBe('true')
    const marks = page.locator('.article-text mark.hl-entity')
    const shown = await marks.count()
    expect(shown).toBeGreaterThan(0)

    // Keyboard: focusing a highlight shows its label, confidence and why.
    await marks.first().focus()
    const tooltip = page.getByRole('tooltip')
    await poll(() => tooltip.isVisible()).toBe(true)
    expect(await tooltip.textContent()).toMatch(/confidence \d\.\d\d/u)
    await saveScreenshot(page, '02-reader-tooltip')

    await entities.click()
    await poll(() => entities.getAttribute('aria-pressed')).toBe('false')
    expect(await marks.count()).toBe(0)
    await saveScreenshot(page, '03-reader-entities-off')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      LAPTOP_VIEWPORT.width,
    )
    await entities.click()
    await poll(() => marks.count()).toBe(shown)
    // Claims (check-worthy sentences sent beside the document) are off at first and come on when asked.
    const claims = page.getByRole('group', { name: 'Evidence layers' }).getByRole('button', {
      name: /Claims/u,
    })
    expect(await claims.getAttribute('aria-pressed')).toBe('false')
    await claims.click()
    await poll(() => page.locator('.article-text mark.hl-claim').count()).toBeGreaterThan(0)
    await saveScreenshot(page, '03b-reader-claims')
    expect(pageErrors(page)).toEqual([])
    await page.close()
  })

  test('provenance panel: credits of a translated republication', async () => {
    const page = await openPage('/search?outlet=Le+Phare+Libre')
    await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click()
    const panel = page.getByRole('region', { name: 'Provenance', exact: true })
    await poll(() => panel.isVisible()).toBe(true)
    const credits = panel.locator('.credit')
    await poll(() => credits.count()).toBeGreaterThan(2)
    const text = await panel.textContent()
    expect(text).toContain('Marco Verlaine')
    expect(text).toContain('Translator')
    expect(text).toContain('Republisher')
    expect(text).toContain('Le Phare Libre')
    await saveScreenshot(page, '04-reader-provenance')

    // Its other versions, from the story endpoint, and one of them side by side.
    const versions = page.getByRole('region', { name: 'Other versions' })
    await poll(() => versions.getByRole('listitem').count()).toBeGreaterThan(1)
    expect(await versions.locator('.version-lang').allTextContents()).toContain('en')
    await versions.getByRole('button', { name: 'Compare side by side' }).first().click()
    const pane = page.locator('.compare-pane')
    await poll(
      async () => (await pane.locator('.article-text').textContent())?.length ?? 0,
    ).toBeGreaterThan(200)
    expect(await page.locator('.reader-text-section .article-text').count()).toBe(1)
    await poll(() => page.locator('.reader-side canvas').count()).toBeGreaterThan(0)
    await saveScreenshot(page, '04b-reader-compare')
    await page.close()
  })

  test('upload: a file is analysed, stored and opened in the reader', async () => {
    const file = join(serve.storeDir, 'upload-vantor.txt')
    await writeFile(
      file,
      'Vantor harbour reopens after the storm\n\nThe harbour of Vantor reopened on Tuesday, the port ' +
        'authority said. "We lost two cranes but no lives," said harbour master Ilse Brandt. According to ' +
        'a source close to the ministry, repairs will cost 4 million euros.\n',
    )
    const page = await openPage('/analyse')
    await page.getByRole('radio', { name: 'Upload a file' }).check()
    await page.getByLabel('File (.txt').setInputFiles(file)
    await page.getByLabel('Access token').fill(serve.token)
    await page.getByRole('button', { name: 'Upload and analyse' }).click()
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 90_000 })
      .toMatch(/^\/documents\/\d+$/u)
    await poll(() => page.locator('.article-text').textContent()).toContain(
      'We lost two cranes but no lives',
    )
    expect(await page.locator('.article-text mark.hl-quote').count()).toBeGreaterThan(0)
    await saveScreenshot(page, '05-upload-reader')

    // The token is refused when wrong, and the page says so in words.
    const refused = await openPage('/analyse')
    await refused.getByRole('radio', { name: 'Upload a file' }).check()
    await refused.getByLabel('File (.txt').setInputFiles(file)
    await refused.getByLabel('Access token').fill('not-the-token')
    await refused.getByRole('button', { name: 'Upload and analyse' }).click()
    await poll(() => refused.getByRole('alert').textContent()).toMatch(/token was refused/u)
    // Put the right token back for the other tests sharing this browser profile.
    await refused.getByLabel('Access token').fill(serve.token)
    await refused.close()
    await page.close()
  })

  test('paste: a pasted text is analysed in place, without storing it', async () => {
    const page = await openPage('/analyse')
    await page.getByLabel('Title (optional)').fill('Pasted note')
    await page
      .getByLabel('Article text')
      .fill(
        '"The bridge will stay closed until May," the mayor of Denmere, Clara Vos, said on Monday.',
      )
    await page.getByRole('button', { name: 'Analyse', exact: true }).click()
    const result = page.getByRole('region', { name: 'Result' })
    await poll(() => result.getByRole('heading', { level: 1 }).textContent()).toBe('Pasted note')
    expect(await result.locator('mark.hl').count()).toBeGreaterThan(0)
    await saveScreenshot(page, '06-paste-analysed')
    expect(pageErrors(page)).toEqual([])
    await page.close()
  })

  test('paste: a text without a title is headed by its first sentence, marked as untitled', async () => {
    const page = await openPage('/analyse')
    await page
      .getByLabel('Article text')
      .fill('The ferry to Denmere resumed on Monday. Its owners had stopped it for a week.')
    await page.getByRole('button', { name: 'Analyse', exact: true }).click()
    const heading = page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 1 })
    await poll(() => heading.textContent()).toBe('The ferry to Denmere resumed on Monday.')
    expect(await heading.locator('em.derived-title').getAttribute('title')).toBe('(untitled)')
    expect(pageErrors(page)).toEqual([])
    await page.close()
  })

  test('URL: an address the server refuses to fetch (loopback) is explained, nothing is stored', async () => {
    const page = await openPage('/analyse')
    await page.getByRole('radio', { name: 'Address (URL)' }).check()
    await page.getByLabel('Article address').fill(`${serve.url}/search`)
    await page.getByRole('button', { name: 'Analyse', exact: true }).click()
    const alert = page.getByRole('alert')
    await poll(() => alert.isVisible()).toBe(true)
    expect(await alert.textContent()).toMatch(/Something went wrong/u)
    expect(await page.getByRole('region', { name: 'Result' }).count()).toBe(0)
    await page.close()
  })

  test('dashboard: documents over time, top lists and a timeline are drawn', async () => {
    const page = await openPage('/dashboard')
    await poll(() => page.locator('.chart svg').count()).toBeGreaterThan(0)
    const outlets = page.getByRole('region', { name: 'Top outlets' }).getByRole('link')
    await poll(() => outlets.count()).toBeGreaterThan(2)
    const storyGraph = page.getByRole('region', { name: 'Provenance of a story' })
    await storyGraph.scrollIntoViewIfNeeded()
    await poll(() => storyGraph.locator('canvas').count()).toBeGreaterThan(0)
    expect(await storyGraph.getByRole('listitem').count()).toBeGreaterThan(1)
    await saveScreenshot(page, '07b-dashboard-story')
    await page.evaluate(() => window.scrollTo(0, 0))
    await saveScreenshot(page, '07-dashboard')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      LAPTOP_VIEWPORT.width,
    )
    // A top-list value leads to the documents that carry it.
    const outlet = (await outlets.first().locator('.bar-label').textContent()) ?? ''
    await outlets.first().click()
    await poll(() => new URL(page.url()).searchParams.get('outlet')).toBe(outlet)
    expect(pageErrors(page)).toEqual([])
    await page.close()
  })

  test('language: French interface, remembered after a reload', async () => {
    const page = await openPage('/search')
    await page.getByRole('button', { name: 'Français' }).click()
    await poll(() => page.getByRole('navigation', { name: 'Principal' }).textContent()).toContain(
      'Recherche',
    )
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
    await page.reload()
    await poll(() => page.getByRole('link', { name: 'Tableau de bord' }).isVisible()).toBe(true)
    await page.getByRole('link', { name: 'Tableau de bord' }).click()
    await poll(() => page.locator('.chart svg').count()).toBeGreaterThan(0)
    await saveScreenshot(page, '08-dashboard-fr')
    await page.getByRole('button', { name: 'English' }).click()
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.close()
  })

  test('keyboard: skip link first, visible focus, search reachable by Tab', async () => {
    const page = await openPage('/search')
    // The app renders after the page's load event: on a busy machine, Tab before it reaches only the body.
    await page.getByText('Skip to content').waitFor({ state: 'attached' })
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => document.activeElement?.textContent)
    expect(skip).toBe('Skip to content')
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      return `${style.outlineStyle} ${style.outlineWidth}`
    })
    expect(outline).not.toMatch(/^none/u)
    await page.keyboard.press('Enter')
    // From the main region, Tab reaches a filter control or the query box, all labelled.
    await page.keyboard.press('Tab')
    const label = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null
      return (
        element?.getAttribute('aria-label') ??
        element?.labels?.[0]?.textContent ??
        element?.textContent
      )
    })
    expect(label?.trim()).toBeTruthy()
    // Nothing overflows the laptop screen sideways.
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(LAPTOP_VIEWPORT.width)
    await page.close()
  })
})
