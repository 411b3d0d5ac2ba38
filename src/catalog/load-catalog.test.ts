import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadCatalog } from './load-catalog.ts'

function catalogDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'narrascope-catalog-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const VALID = `narratives:
  - id: parent-one
    label: A parent narrative
    definition: A definition long enough to say something.
    cues:
      en:
        - phrase: ["colour revolution*"]
          weight: 0.6
  - id: child-one
    parent: parent-one
    label: A child narrative
    definition: Another definition long enough to say something.
`

const TOPIC = `topic:
  id: some-topic
  label: Some topic
  minDistinctTerms: 2
  terms:
    en: ["climat*", "carbon"]
`

describe('loadCatalog', () => {
  test('the shipped catalogue is valid', () => {
    const catalog = loadCatalog()
    expect(catalog.problems).toEqual([])
    expect(catalog.narratives.map((narrative) => narrative.id)).toEqual(
      expect.arrayContaining([
        'colour-revolution',
        'hybrid-war',
        'ngo-intelligence-front',
        'russia-stabiliser',
        'nato-existential-threat',
      ]),
    )
  })

  test('reads a valid file', () => {
    const catalog = loadCatalog(catalogDir({ 'a.yaml': VALID }))
    expect(catalog.problems).toEqual([])
    expect(catalog.narratives).toHaveLength(2)
  })

  test.each([
    ['a YAML syntax error', 'narratives:\n  - id: x\n    label: [unclosed\n', 4, /YAML/u],
    [
      'a missing definition',
      'narratives:\n  - id: some-id\n    label: Some label\n',
      2,
      /definition/u,
    ],
    ['a bad weight', `${VALID.replace('weight: 0.6', 'weight: 7')}`, 8, /weight/u],
    [
      'an unknown key',
      `${VALID.replace('    label: A child narrative', '    labell: typo\n    label: A child narrative')}`,
      11,
      /labell|unrecognized/iu,
    ],
    ['a bad id', VALID.replace('id: parent-one', 'id: Parent One'), 2, /ids are lower case/u],
  ])('reports %s with its line', (_, text, line, message) => {
    const catalog = loadCatalog(catalogDir({ 'bad.yaml': text }))
    expect(catalog.problems.length).toBeGreaterThan(0)
    expect(catalog.problems[0]).toMatchObject({ line, message: expect.stringMatching(message) })
    expect(catalog.problems[0]?.file.endsWith('bad.yaml')).toBe(true)
  })

  test('reports duplicate ids across files and unknown parents', () => {
    const catalog = loadCatalog(
      catalogDir({
        'a.yaml': VALID,
        'b.yaml': VALID.replace('parent: parent-one', 'parent: nowhere').replace(
          'child-one',
          'child-two',
        ),
      }),
    )
    const messages = catalog.problems.map((problem) => problem.message)
    expect(messages.some((message) => message.includes('duplicate id "parent-one"'))).toBe(true)
    expect(messages.some((message) => message.includes('parent "nowhere"'))).toBe(true)
  })

  test('the shipped SemEval-2025 catalogues are gated by their topics, sub-narratives included', () => {
    const catalog = loadCatalog()
    expect(catalog.topics.map((topic) => topic.id).sort()).toEqual([
      'climate-change',
      'ukraine-war',
    ])
    expect(catalog.topicOf.get('cc.amplifying-fears.doomsday')?.id).toBe('climate-change')
    expect(catalog.topicOf.get('urw.blaming-others')?.id).toBe('ukraine-war')
    expect(catalog.topicOf.has('colour-revolution')).toBe(false)
  })

  test('a file may refer to a topic declared in another; a sub-narrative inherits its parent’s topic', () => {
    const catalog = loadCatalog(
      catalogDir({
        'a.yaml': `${TOPIC}${VALID}`,
        'b.yaml': `topic: some-topic\n${VALID.replace(/parent-one/gu, 'parent-two').replace('child-one', 'child-two')}`,
        'c.yaml': `narratives:
  - id: grandchild
    parent: child-one
    label: A grandchild narrative
    definition: A definition long enough to say something.
`,
      }),
    )
    expect(catalog.problems).toEqual([])
    expect(
      ['parent-one', 'child-one', 'parent-two', 'grandchild'].map(
        (id) => catalog.topicOf.get(id)?.id,
      ),
    ).toEqual(['some-topic', 'some-topic', 'some-topic', 'some-topic'])
  })

  test.each([
    [
      'an unknown topic reference',
      { 'a.yaml': `topic: nowhere\n${VALID}` },
      1,
      /topic "nowhere" is declared in no catalogue file/u,
    ],
    [
      'a topic declared twice',
      {
        'a.yaml': `${TOPIC}${VALID}`,
        'b.yaml': `${TOPIC}${VALID.replace(/parent-one/gu, 'parent-two').replace('child-one', 'child-two')}`,
      },
      2,
      /duplicate topic "some-topic"/u,
    ],
    [
      'cues in a language the topic has no terms for',
      { 'a.yaml': TOPIC.replace('en: [', 'fr: [') + VALID },
      8,
      /"parent-one" has cues in en but its topic "some-topic" has no terms there/u,
    ],
    [
      'a minimum of zero terms',
      { 'a.yaml': TOPIC.replace('minDistinctTerms: 2', 'minDistinctTerms: 0') + VALID },
      4,
      /topic.minDistinctTerms/u,
    ],
  ])('reports %s with its line', (_, files, line, message) => {
    const catalog = loadCatalog(catalogDir(files))
    const problem = catalog.problems.find((item) => message.test(item.message))
    expect(problem).toMatchObject({ line })
  })
})
