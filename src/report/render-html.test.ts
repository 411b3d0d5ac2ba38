import { createHash } from 'node:crypto'
import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import { type AnalyzedDocument, AnalyzedDocumentSchema } from '../contracts/document.ts'
import { renderHtml } from './render-html.ts'

const SCRIPT = '<script>alert(1)</script>'
const IMAGE = '<img src=x onerror=alert(1)>'
const JAVASCRIPT_URL = 'javascript:alert(1)'

const TEXT = [
  `Le ministre Jean Dupont a déclaré : « Nous ne céderons pas ${SCRIPT}. »`,
  `Selon une source proche du dossier, ${IMAGE} circule.`,
  '',
  `Voir ${JAVASCRIPT_URL} pour la suite.`,
  '',
  `Selon une source proche du dossier, ${IMAGE} circule.`,
].join('\n')

function spanOf(needle: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(needle, start + 1)
  if (start < 0) throw new Error(`fixture text lacks "${needle}"`)
  return { start, end: start + needle.length, text: needle }
}

function offsetsOf(needle: string): { start: number; end: number } {
  const { start, end } = spanOf(needle)
  return { start, end }
}

function hostileDocument(): AnalyzedDocument {
  const repeated = `Selon une source proche du dossier, ${IMAGE} circule.`
  return AnalyzedDocumentSchema.parse({
    id: 'fr-hostile-1',
    title: `Titre ${SCRIPT} ${IMAGE} ${JAVASCRIPT_URL}`,
    lang: 'fr',
    langConfidence: 0.9,
    text: TEXT,
    source: {
      input: `${IMAGE}.txt`,
      format: 'text',
      url: JAVASCRIPT_URL,
      outlet: `Outlet ${SCRIPT}`,
    },
    provenance: [
      {
        role: 'original',
        name: IMAGE,
        url: JAVASCRIPT_URL,
        evidence: spanOf('Voir'),
        from: 'text',
        confidence: 0.5,
      },
      {
        role: 'via',
        outlet: 'Exemple',
        url: 'https://example.org/a"b',
        from: 'metadata',
        evidence: null,
        confidence: 0.5,
      },
    ],
    entities: [
      {
        ...spanOf('Jean Dupont'),
        label: 'PER',
        canonical: `Jean ${SCRIPT}`,
        confidence: 0.9,
        method: 'rule',
      },
      // Overlaps the quote below without nesting inside it.
      {
        ...spanOf('pas <script>'),
        label: 'MISC',
        canonical: IMAGE,
        confidence: 0.4,
        method: 'model',
      },
    ],
    quotes: [
      {
        ...spanOf(`Nous ne céderons pas ${SCRIPT}.`),
        kind: 'direct',
        speaker: {
          text: 'Le ministre Jean Dupont',
          canonical: 'Jean Dupont',
          ...offsetsOf('Le ministre Jean Dupont'),
          resolution: 'same-sentence',
        },
        cue: spanOf('a déclaré'),
        confidence: 0.876,
      },
    ],
    sourcing: [
      {
        ...spanOf('une source proche du dossier'),
        kind: 'anonymous',
        canonical: null,
        cue: spanOf('Selon'),
        sentence: spanOf(repeated),
        confidence: 0.8,
      },
    ],
    quality: [
      {
        kind: 'repeated-paragraph',
        spans: [spanOf(repeated), spanOf(repeated, 1)],
        similarity: 1,
        message: `paragraph repeated ${SCRIPT}`,
      },
    ],
    issues: [{ component: 'quotes', code: 'x', message: IMAGE }],
    pipeline: { version: '0.1.0', components: [] },
  })
}

describe('renderHtml', () => {
  const html = renderHtml([hostileDocument()])

  test('no document string reaches the page as markup', () => {
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html.match(/<script>/gu)).toHaveLength(1)
  })

  test('links only http(s) URLs, escaped', () => {
    expect(html).not.toMatch(/href="\s*javascript:/iu)
    expect(html).toContain(
      '<a href="https://example.org/a%22b" rel="noopener noreferrer nofollow">',
    )
    expect([...html.matchAll(/href="([^"]*)"/gu)].map((match) => match[1])).toEqual([
      'https://example.org/a%22b',
    ])
  })

  test('a strict Content-Security-Policy allows only the page’s own inline script', () => {
    const script = /<script>([\s\S]*?)<\/script>/u.exec(html)?.[1] ?? ''
    const hash = createHash('sha256').update(script).digest('base64')
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}';`,
    )
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|src="/u)
  })

  test('has a checkbox for each layer the document has', () => {
    for (const layer of ['entities', 'quotes', 'speakers', 'anonymous', 'quality']) {
      expect(html).toContain(`<input type="checkbox" data-layer="${layer}" checked>`)
    }
  })

  test('omits the toggles of missing layers', () => {
    const { quality: _omitted, ...withoutQuality } = hostileDocument()
    const plain = renderHtml([{ ...withoutQuality, entities: [] }])
    expect(plain).not.toContain('data-layer="entities"')
    expect(plain).not.toContain('data-layer="quality"')
    expect(plain).toContain('data-layer="quotes"')
  })

  test('overlapping layers become flat segments with every covering class and title', () => {
    expect(html).toContain(
      '<mark class="layer-entities entity-misc layer-quotes quote-direct" title="MISC · &lt;img src=x onerror=alert(1)&gt; · 0.40\ndirect quote · Jean Dupont · 0.88">pas &lt;script&gt;</mark>',
    )
    expect(html).toContain(
      '<mark class="layer-speakers speaker" title="speaker of 1 quote · Jean Dupont (same-sentence) · 0.88">Le ministre </mark>',
    )
    expect(html.match(/<mark\b/gu)?.length).toBe(html.match(/<\/mark>/gu)?.length)
  })

  test('keeps paragraphs and line breaks', () => {
    const text = /<div class="text"[^>]*>\n([\s\S]*?)\n<\/div>/u.exec(html)?.[1] ?? ''
    expect(text.match(/<p>/gu)).toHaveLength(3)
    expect(text).toContain('&lt;/script&gt;.</mark> »<br>\n')
    expect(text).toContain('</p>\n<p>Voir javascript:alert(1) pour la suite.</p>\n<p>')
  })

  test('parsed as HTML, the page holds no injected element or attribute', () => {
    const { document } = parseHTML(html)
    expect(document.querySelectorAll('script')).toHaveLength(1)
    expect(document.querySelectorAll('img, iframe, object, embed, link, base, form')).toHaveLength(
      0,
    )
    const elements = [...document.querySelectorAll('*')]
    const handlers = elements.flatMap((element) =>
      [...element.attributes]
        .map((attribute) => attribute.name)
        .filter((name) => name.startsWith('on')),
    )
    expect(handlers).toEqual([])
    const links = elements
      .map((element) => element.getAttribute('href'))
      .filter((href) => href !== null)
    expect(links.every((href) => href.startsWith('#') || href.startsWith('https://'))).toBe(true)
    expect(document.querySelector('h2')?.textContent).toBe(
      `Titre ${SCRIPT} ${IMAGE} ${JAVASCRIPT_URL}`,
    )
  })
})
