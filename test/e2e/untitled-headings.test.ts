import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CHROMIUM_SKIP_REASON, hasChromium, launchChromium } from './support/launch-chromium.ts'
import { poll } from './support/poll.ts'
import { saveScreenshot } from './support/save-screenshot.ts'
import { type RunningServe, startServe } from './support/start-serve.ts'

if (!hasChromium) console.warn(CHROMIUM_SKIP_REASON)

// Shaped like the reposts analysts collect (our own text): no title, a credit line, then a long first sentence.
const REPOST = [
  'Article original datant du 02/02/24',
  'Le porte-parole du port de Velmora a annoncé mardi la fermeture du terminal nord pendant trois semaines, une décision que les dockers contestent déjà.',
  'Les syndicats appellent à une grève le 9 février devant la capitainerie.',
].join('\n\n')
const OPENING = /^Le porte-parole du port de Velmora a annoncé mardi .+…$/u

describe.skipIf(!hasChromium)('untitled documents in the browser', () => {
  let folder: string
  let serve: RunningServe
  let browser: Awaited<ReturnType<typeof launchChromium>>

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'narrascope-untitled-'))
    const input = join(folder, 'repost-velmora.txt')
    await writeFile(input, REPOST)
    serve = await startServe([input])
    browser = await launchChromium()
  }, 360_000)

  afterAll(async () => {
    await browser?.close()
    await serve?.stop()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  test('a search hit is headed by the first sentence after the credit line, in italics, not "(untitled)"', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${serve.url}/search?text=dockers`)
    const hits = page.getByRole('list', { name: 'Search results' })
    await poll(() => hits.getByRole('listitem').count()).toBe(1)
    const link = hits.getByRole('link').first()
    const derived = link.locator('em.derived-title')
    await poll(() => derived.textContent()).toMatch(OPENING)
    expect(await derived.getAttribute('title')).toBe('(untitled)')
    expect(await link.textContent()).not.toMatch(/untitled|Article original/u)
    await saveScreenshot(page, 'untitled-search-hit')

    // The reader heads the document the same way.
    const heading = await link.textContent()
    await link.click()
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading)
    await page.close()
  })
})
