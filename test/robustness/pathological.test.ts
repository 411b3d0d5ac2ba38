import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import { extractHtml } from '../../src/extract/extract-html.ts'
import { type InputResult, readInputs } from '../../src/ingest/read-input.ts'
import { analyzeText } from '../support/analyze-text.ts'

// Each case must be analysed (or refused with a clear message) within the test timeout: a hang fails the test.
const BOUND_MS = 300_000

function expectSpansInText(doc: AnalyzedDocument): void {
  for (const span of [...(doc.sentences ?? []), ...(doc.entities ?? []), ...(doc.quotes ?? [])]) {
    expect(doc.text.slice(span.start, span.end)).toBe(span.text)
  }
}

describe('pathological inputs are analysed within a bound', () => {
  test('a 10 MB single-line text', { timeout: BOUND_MS }, () => {
    const sentence =
      'Le ministre Paul Durand a déclaré que la situation restait « très grave » à Miraz, selon une source. '
    const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000)
    const doc = analyzeText(text)
    expect(doc.issues).toEqual([])
    expect(doc.sentences?.length).toBeGreaterThan(10_000)
  })

  test('100 000 quotation marks', { timeout: BOUND_MS }, () => {
    const doc = analyzeText(`${'«'.repeat(50_000)} texte ${'»'.repeat(50_000)}`)
    expect(doc.issues).toEqual([])
    expectSpansInText(doc)
  })

  test.each([
    ['mixed scripts', 'Президент Токаев и OTAN — قال الرئيس — 中文 text « mélange » 😀 said.'],
    [
      'right-to-left text with marks',
      '\u202eقال الرئيس إن الوضع «خطير جدا».\u202c He said: “It is serious.”',
    ],
    [
      'zero-width characters',
      'Poutine\u200b a\u200d déclaré\ufeff : « il\u200b était nécessaire de réagir »',
    ],
    ['lone surrogates', 'Tokaïev \ud800 a dit « non \udc00 merci » à \ud83d l’OTSC.'],
    ['only punctuation', '«»“”„“‚‘‹›"\'—–…!?.:;'.repeat(1000)],
  ])('%s', (_, text) => {
    const doc = analyzeText(text)
    expect(doc.issues).toEqual([])
    expectSpansInText(doc)
  })

  test('deeply nested HTML (50 000 levels)', { timeout: BOUND_MS }, () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>Le texte de l’article, enfin.</p>${'</div>'.repeat(50_000)}</body></html>`
    const extracted = extractHtml(html)
    expect(extracted.text).toContain('Le texte de l’article')
  })
})

// Inputs as a user would hand them over: files read by readInputs, the path the CLI and the store take.
describe('pathological inputs are read or refused within a bound', () => {
  const folder = mkdtempSync(join(tmpdir(), 'narrascope-pathological-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  async function read(name: string, content: string, maxBytes?: number): Promise<InputResult[]> {
    const path = join(folder, name)
    writeFileSync(path, content)
    const results: InputResult[] = []
    for await (const result of readInputs([path], maxBytes === undefined ? {} : { maxBytes }))
      results.push(result)
    return results
  }

  test('a feed with 100 000 items gives 100 000 articles', { timeout: BOUND_MS }, async () => {
    const items = Array.from(
      { length: 100_000 },
      (_, index) =>
        `<item><title>Item ${index}</title><link>https://example.org/${index}</link><description>Texte ${index}.</description></item>`,
    ).join('')
    const results = await read(
      'big-feed.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`,
    )
    expect(results).toHaveLength(100_000)
    expect(results.every((result) => result.ok)).toBe(true)
  })

  test('a billion-laughs feed is read without expanding its entities', {
    timeout: BOUND_MS,
  }, async () => {
    const levels = Array.from({ length: 9 }, (_, index) => {
      const previous = index === 0 ? 'lol' : `&lol${index};`
      return `<!ENTITY lol${index + 1} "${previous.repeat(10)}">`
    }).join('')
    const results = await read(
      'laughs.xml',
      `<?xml version="1.0"?><!DOCTYPE lolz [${levels}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9; texte</description></item></channel></rss>`,
    )
    expect(results).toHaveLength(1)
    const [result] = results
    // Entities stay as written: a billion "lol"s would be 3 GB.
    if (result?.ok) expect(result.article.text.length).toBeLessThan(1000)
    else expect(result?.message).toMatch(/XML|entit/iu)
  })

  test('a feed declaring an external entity is refused with the reason', async () => {
    const [result] = await read(
      'external.xml',
      `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>`,
    )
    expect(result).toMatchObject({ ok: false, code: 'malformed_xml' })
    expect(result?.ok === false && result.message).toMatch(/external entities/iu)
  })

  test('a YAML alias bomb in front matter is refused with the reason', async () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const [index, name] of [...'bcdefghi'].entries())
      rows.push(`${name}: &${name} [${`*${'abcdefghi'[index]},`.repeat(9).slice(0, -1)}]`)
    const [result] = await read('bomb.md', `---\n${rows.join('\n')}\ntitle: *i\n---\nBody.\n`)
    expect(result).toMatchObject({ ok: false, code: 'malformed_front_matter' })
  })

  test('a 12 MB JSONL line is read, and the lines after it too', {
    timeout: BOUND_MS,
  }, async () => {
    const text = 'Le ministre a déclaré « non ». '.repeat(400_000)
    const results = await read('big.jsonl', `${JSON.stringify({ text })}\n{"text":"Suite."}\n`)
    expect(results.map((result) => result.ok && result.article.text.length)).toEqual([
      text.trim().length,
      'Suite.'.length,
    ])
  })

  test('an input over the size limit is refused before it is read', async () => {
    const [result] = await read(
      'over.jsonl',
      `${JSON.stringify({ text: 'x'.repeat(5000) })}\n`,
      1000,
    )
    expect(result).toMatchObject({ ok: false, code: 'too_large' })
  })
})
