import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { extractArticles } from '../../src/ingest/extract-articles.ts'
import { parseJsonRecords } from '../../src/ingest/parse-json-records.ts'
import { formatCsvRow } from '../../src/report/format-csv-row.ts'
import { anyText, trickyText } from './generators.ts'

// JSONL lines are valid records, invalid records, broken JSON or blank; CSV rows are any cells at all.

type Line =
  | { kind: 'record'; line: string; text: string }
  | { kind: 'invalid' | 'broken'; line: string }
  | { kind: 'blank'; line: string }

const line: fc.Arbitrary<Line> = fc.oneof(
  fc
    .record({
      text: trickyText,
      title: fc.option(anyText, { nil: undefined }),
      id: fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
    })
    .map((record) => ({
      kind: 'record' as const,
      line: JSON.stringify(record),
      text: record.text,
    })),
  fc
    .constantFrom(
      '{}',
      '{"title":"no text"}',
      '[1,2]',
      '"text"',
      '{"text":3}',
      'null',
      '{"text":null}',
    )
    .map((text) => ({ kind: 'invalid' as const, line: text })),
  fc
    .oneof(
      anyText,
      fc.constantFrom('{', '{"text":"a"', '{"text":"\\ud800"', '{"text": "a"}}', 'tru'),
    )
    .map((text) => text.replace(/[\r\n]/gu, ' '))
    .filter((text) => text.trim() !== '' && !parses(text))
    .map((text) => ({ kind: 'broken' as const, line: text })),
  fc.constantFrom('', '   ', '\t').map((text) => ({ kind: 'blank' as const, line: text })),
)

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch (error) {
    if (error instanceof SyntaxError) return false
    throw error
  }
}

// An RFC 4180 reader for the test: quoted cells may hold commas, doubled quotes and line breaks.
function readCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let index = 0
  while (index < csv.length) {
    const char = csv[index]!
    if (char === '"' && cell === '') {
      index++
      while (index < csv.length) {
        if (csv[index] === '"' && csv[index + 1] === '"') {
          cell += '"'
          index += 2
        } else if (csv[index] === '"') {
          index++
          break
        } else cell += csv[index++]
      }
      continue
    }
    if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += char
    index++
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with a line break')
  return rows
}

describe('JSONL records', () => {
  test('one entry per non-blank line, named by its line number; valid records keep their text', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        (lines, newline) => {
          const entries = [
            ...parseJsonRecords(
              lines.map((entry) => entry.line).join(newline),
              'in.jsonl',
              'jsonl',
            ),
          ]
          const expected = lines.flatMap((entry, index) =>
            entry.kind === 'blank' ? [] : [{ entry, number: index + 1 }],
          )
          expect(entries).toHaveLength(expected.length)
          entries.forEach((result, index) => {
            const { entry, number } = expected[index]!
            expect(result.input).toBe(`in.jsonl:${number}`)
            if (entry.kind === 'record') {
              expect('record' in result && result.record.text).toBe(entry.text)
            } else {
              expect('error' in result && result.error.code).toBe(
                entry.kind === 'broken' ? 'malformed_json' : 'invalid_record',
              )
            }
          })
        },
      ),
      { numRuns: 10_000 },
    )
  })

  test('extraction turns every line into an article or a named failure, never an internal error', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom<'json' | 'jsonl'>('json', 'jsonl'),
        (lines, format) => {
          const text = lines.map((entry) => entry.line).join('\n')
          for (const result of extractArticles({ input: 'in', text, format })) {
            if (!result.ok) {
              expect(result.code).not.toBe('internal_error')
              expect(result.message.length).toBeGreaterThan(0)
            }
          }
        },
      ),
      { numRuns: 5_000 },
    )
  })
})

describe('CSV export rows', () => {
  const cell = fc.oneof(
    anyText,
    trickyText,
    fc.integer(),
    fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', ' '),
  )
  test('rows written by formatCsvRow read back cell for cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const csv = rows.map(formatCsvRow).join('')
          expect(readCsv(csv)).toEqual(rows.map((row) => row.map(String)))
        },
      ),
      { numRuns: 20_000 },
    )
  })
})
