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
})
