import { describe, expect, test } from 'vitest'
import { type AnalyzedDocument, AnalyzedDocumentSchema } from '../contracts/document.ts'
import { renderMarkdown } from './render-markdown.ts'

const TEXT = [
  'Par Jean Dupont, Agence Exemple',
  '',
  'Emmanuel Macron a déclaré : « Nous ne céderons pas. » Selon nos informations, le ministère prépare un décret.',
  '',
  "Le président Macron a ajouté qu'il restait confiant. « C'est une *provocation* », a lancé un participant.",
  '',
  'Article original publié le 9 janvier 2022 sur https://example.org/original.',
].join('\n')

/** The span of the `occurrence`-th `needle` in TEXT, failing loudly when the fixture drifts. */
function spanOf(needle: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(needle, start + 1)
  if (start < 0) throw new Error(`fixture text lacks "${needle}"`)
  return { start, end: start + needle.length, text: needle }
}

const SENTENCE_1 = 'Emmanuel Macron a déclaré : « Nous ne céderons pas. »'
const SENTENCE_2 = 'Selon nos informations, le ministère prépare un décret.'

function frenchDocument(): AnalyzedDocument {
  return AnalyzedDocumentSchema.parse({
    id: 'fr-agence-exemple-1',
    title: 'Macron *ne cédera pas* [sic] <b>',
    lang: 'fr',
    langConfidence: 0.987,
    text: TEXT,
    source: {
      input: 'examples/fr-depeche.txt',
      format: 'text',
      url: 'https://example.org/depeche?id=1',
      outlet: 'Agence Exemple',
      published: '2022-01-10',
    },
    provenance: [
      {
        role: 'author',
        name: 'Jean Dupont',
        outlet: 'Agence Exemple',
        evidence: spanOf('Par Jean Dupont, Agence Exemple'),
        from: 'text',
        confidence: 0.9,
      },
      {
        role: 'original',
        url: 'https://example.org/original',
        date: '2022-01-09',
        dateText: '9 janvier 2022',
        evidence: spanOf('Article original publié le 9 janvier 2022'),
        from: 'text',
        confidence: 0.8,
      },
    ],
    entities: [
      {
        ...spanOf('Jean Dupont'),
        label: 'PER',
        canonical: 'Jean Dupont',
        confidence: 0.9,
        method: 'rule',
      },
      {
        ...spanOf('Agence Exemple'),
        label: 'ORG',
        canonical: 'Agence Exemple',
        confidence: 0.8,
        method: 'rule',
      },
      {
        ...spanOf('Emmanuel Macron'),
        label: 'PER',
        canonical: 'Emmanuel Macron',
        confidence: 0.99,
        method: 'alias',
      },
      {
        ...spanOf('Macron', 1),
        label: 'PER',
        canonical: 'Emmanuel Macron',
        confidence: 0.95,
        method: 'alias',
      },
    ],
    quotes: [
      {
        ...spanOf('Nous ne céderons pas.'),
        kind: 'direct',
        speaker: {
          text: 'Emmanuel Macron',
          canonical: 'Emmanuel Macron',
          ...range('Emmanuel Macron'),
          resolution: 'same-sentence',
        },
        cue: spanOf('a déclaré'),
        confidence: 0.91,
      },
      {
        ...spanOf("qu'il restait confiant"),
        kind: 'indirect',
        speaker: {
          text: 'Le président Macron',
          canonical: 'Emmanuel Macron',
          ...range('Le président Macron'),
          resolution: 'same-sentence',
        },
        cue: spanOf('a ajouté'),
        confidence: 0.7444,
      },
      {
        ...spanOf("C'est une *provocation*"),
        kind: 'direct',
        speaker: null,
        cue: spanOf('a lancé'),
        confidence: 0.5,
      },
    ],
    sourcing: [
      {
        ...spanOf('Selon nos informations'),
        kind: 'anonymous',
        canonical: null,
        cue: spanOf('Selon'),
        sentence: spanOf(SENTENCE_2),
        confidence: 0.85,
      },
      {
        ...spanOf('Emmanuel Macron'),
        kind: 'named',
        canonical: 'Emmanuel Macron',
        cue: spanOf('a déclaré'),
        sentence: spanOf(SENTENCE_1),
        confidence: 0.9,
      },
    ],
    quality: [],
    issues: [],
    pipeline: {
      version: '0.1.0',
      components: ['langid', 'entities', 'quotes', 'sourcing', 'provenance'],
    },
  })
}

function range(needle: string): { start: number; end: number } {
  const { start, end } = spanOf(needle)
  return { start, end }
}

function englishDocument(): AnalyzedDocument {
  return AnalyzedDocumentSchema.parse({
    id: 'en-wire-1',
    title: null,
    lang: 'en',
    langConfidence: 0.99,
    text: 'Officials said nothing. Officials said nothing.',
    source: { input: 'examples/en-wire.txt', format: 'text' },
    quality: [
      {
        kind: 'repeated-fragment',
        spans: [
          { start: 0, end: 23, text: 'Officials said nothing.' },
          { start: 24, end: 47, text: 'Officials said nothing.' },
        ],
        similarity: 1,
        message: 'sentence repeated_twice',
      },
    ],
    issues: [{ component: 'quotes', code: 'no_cue', message: 'no reporting verb found' }],
    pipeline: { version: '0.1.0', components: ['langid'] },
  })
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown([frenchDocument()])

  test('prints the sections that have findings, in order, and omits empty ones', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'))
    expect(headings).toEqual([
      '# Macron \\*ne cédera pas\\* \\[sic\\] \\<b\\>',
      '## Provenance',
      '## Quotes',
      '## Sourcing',
      '## Entities',
    ])
  })

  test('the metadata line names language, input, outlet, url and date', () => {
    expect(markdown).toContain(
      '**Language** fr (0.99) · **Input** examples/fr-depeche.txt · **Outlet** Agence Exemple · ' +
        '**URL** [https://example.org/depeche?id=1](<https://example.org/depeche?id=1>) · **Published** 2022-01-10',
    )
  })

  test('provenance is a table with the written date in parentheses', () => {
    expect(markdown).toContain('| Role | Who | URL | Date | Evidence |')
    expect(markdown).toContain(
      '| author | Jean Dupont (Agence Exemple) |  |  | “Par Jean Dupont, Agence Exemple” |',
    )
    expect(markdown).toContain('| 2022-01-09 (9 janvier 2022) |')
  })

  test('quotes are grouped by speaker in French guillemets, unattributed ones last', () => {
    const macron = markdown.indexOf('**Emmanuel Macron** (2)')
    const nobody = markdown.indexOf('**No speaker identified** (1)')
    expect(macron).toBeGreaterThan(-1)
    expect(nobody).toBeGreaterThan(macron)
    expect(markdown).toContain(
      '- direct «Nous ne céderons pas.» — cue “a déclaré” — confidence 0.91',
    )
    expect(markdown).toContain(
      "- indirect «qu'il restait confiant» — speaker “Le président Macron” (same-sentence) — cue “a ajouté” — confidence 0.74",
    )
    expect(markdown).toContain(
      "- direct «C'est une \\*provocation\\*» — cue “a lancé” — confidence 0.50",
    )
  })

  test('sourcing counts kinds and lists each phrase with its sentence', () => {
    expect(markdown).toContain('named 1 · anonymous 1')
    expect(markdown).toContain(`- **anonymous** “Selon nos informations”: ${SENTENCE_2}`)
    expect(markdown).toContain('- **named** “Emmanuel Macron” → Emmanuel Macron: ')
  })

  test('entities are counted per canonical name with their spellings, most mentioned first', () => {
    const rows = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.includes('| PER |'))
    expect(rows[0]).toBe('| Emmanuel Macron | PER | 2 | Emmanuel Macron, Macron |')
  })

  test('a single document has no corpus summary', () => {
    expect(markdown).not.toContain('Corpus summary')
  })

  test('several documents end with a corpus summary', () => {
    const corpus = renderMarkdown([frenchDocument(), englishDocument()])
    // The untitled document is headed by its first sentence, in italics.
    expect(corpus).toContain('# *Officials said nothing.*')
    expect(corpus).toContain(
      '## Text quality\n\n- sentence repeated\\_twice (repeated-fragment, 2×, similarity 1.00): “Officials said nothing.”',
    )
    expect(corpus).toContain('## Issues\n\n- **quotes** no\\_cue: no reporting verb found')
    expect(corpus.slice(corpus.indexOf('# Corpus summary'))).toBe(
      [
        '# Corpus summary',
        '',
        '- **Documents** 2',
        '- **Languages** en 1, fr 1',
        '- **Outlets** Agence Exemple 1, unknown 1',
        '- **Anonymous sourcing** 1 of 2 documents: Macron \\*ne cédera pas\\* \\[sic\\] \\<b\\>',
        '- **Quotes** 3',
        '',
      ].join('\n'),
    )
  })

  test('untrusted text cannot start a block or inject a link', () => {
    const doc = {
      ...englishDocument(),
      title: 'Title\n# injected\n<script>x</script>',
      source: { input: 'x', format: 'text' as const, url: 'javascript:alert(1)' },
    }
    const output = renderMarkdown([doc])
    expect(output.split('\n')).not.toContain('# injected')
    expect(output).toContain('# Title \\# injected \\<script\\>x\\</script\\>')
    expect(output).not.toContain('](')
  })

  test('genre, frames, techniques by label with their strongest passages, narratives with repeated evidence once', () => {
    const sentence = spanOf(SENTENCE_2)
    const technique = (label: 'Doubt' | 'Loaded_Language', confidence: number) => ({
      ...sentence,
      label,
      confidence,
      paragraph: 1,
      evidence: [sentence],
      cues: ['doubt: "Selon"'],
    })
    const output = renderMarkdown([
      {
        ...frenchDocument(),
        genre: {
          label: 'reporting',
          confidence: 0.81,
          scores: { opinion: 0.15, reporting: 0.81, satire: 0.04 },
          evidence: [],
        },
        frames: [{ label: 'Security_and_defense', confidence: 0.7, evidence: [] }],
        techniques: [
          technique('Doubt', 0.41),
          technique('Loaded_Language', 0.3),
          technique('Doubt', 0.62),
        ],
        narratives: [
          {
            id: 'hybrid-war',
            label: 'Hybrid war',
            parent: null,
            score: 0.6,
            evidence: [spanOf('provocation'), spanOf('provocation')],
            paragraphs: [2],
          },
        ],
      },
    ])
    expect(output).toContain(
      '## Genre and framing\n\n- **Genre** reporting (0.81)\n- **Frames** Security and defense (0.70)',
    )
    expect(output).toContain(
      [
        '## Persuasion techniques',
        '',
        '- **Doubt** in 2 paragraphs',
        `  - “${SENTENCE_2}” (0.62; cues doubt: "Selon")`,
        `  - “${SENTENCE_2}” (0.41; cues doubt: "Selon")`,
        '- **Loaded Language** in 1 paragraph',
      ].join('\n'),
    )
    expect(output).toContain(
      '- **Hybrid war** (`hybrid-war`) — score 0.60\n  - “provocation” (2×)\n',
    )
  })
})
