import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  FIXTURE_LABELS,
  writeSemeval2025Fixture,
} from '../../../test/support/semeval2025-fixture.ts'
import { alignMention } from './align-mention.ts'
import { parseMentions, parseNarrativeLabels, readSemeval2025 } from './read-semeval2025.ts'

const fixture = writeSemeval2025Fixture(['EN'], 2)
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }))

describe('readSemeval2025', () => {
  test.each([
    ['training layout (raw-documents/)', join(fixture.train, 'EN')],
    ['evaluation layout (subtask-N-documents/, entity mentions)', join(fixture.dev, 'EN')],
  ])('reads the %s', (_, dir) => {
    const split = readSemeval2025(dir, 'EN')
    expect(split.narrativeDocuments.size).toBe(6)
    expect(split.roleDocuments.size).toBe(6)
    expect(split.narrativeLabels?.size).toBe(6)
    expect(split.hasRoleLabels).toBe(true)
    for (const mention of split.mentions) {
      const text = split.roleDocuments.get(mention.doc)!.text
      // CRLF became LF and the emoji counts two UTF-16 units: the offsets still cover the mention.
      expect(text.slice(mention.start, mention.end)).toBe(mention.text)
      expect(text).not.toContain('\r')
    }
  })

  test('mentions of the evaluation layout carry no roles without gold annotations', () => {
    const mentions = parseMentions('EN_1.txt\tNATO\t10\t13\n', false)
    expect(mentions).toEqual([
      { doc: 'EN_1.txt', text: 'NATO', start: 10, end: 13, main: null, fine: null },
    ])
  })

  test('labels are split on ";" and trimmed', () => {
    const labels = parseNarrativeLabels(
      `a.txt\t${FIXTURE_LABELS.BLAME};Other \t${FIXTURE_LABELS.WEST}\r\n`,
    )
    expect(labels.get('a.txt')).toEqual({
      narratives: [FIXTURE_LABELS.BLAME, 'Other'],
      subNarratives: [FIXTURE_LABELS.WEST],
    })
  })

  test('a mention whose offsets are a few characters off is moved onto its text', () => {
    const text = 'On Monday, Nordland said so.'
    const raw = { doc: 'd', text: 'Nordland', start: 9, end: 16, main: null, fine: null }
    expect(alignMention(text, (offset) => offset, raw)).toMatchObject({
      start: 11,
      end: 19,
      rawStart: 9,
      rawEnd: 16,
    })
  })

  test('a folder without documents is an error that names the layouts', () => {
    expect(() => readSemeval2025(fixture.root, 'EN')).toThrow(/raw-documents/)
  })
})
