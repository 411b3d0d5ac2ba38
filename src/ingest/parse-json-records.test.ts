import { describe, expect, test } from 'vitest'
import { parseJsonRecords, type RecordEntry } from './parse-json-records.ts'

const summarize = (entries: RecordEntry[]) =>
  entries.map((entry) =>
    'error' in entry && entry.error !== undefined
      ? [entry.input, entry.error.code, entry.error.message]
      : [entry.input, 'ok'],
  )

describe('parseJsonRecords', () => {
  test('a single JSON record keeps the file name as its input', () => {
    expect(summarize([...parseJsonRecords('{"text": "a"}', 'one.json', 'json')])).toEqual([
      ['one.json', 'ok'],
    ])
  })

  test('array elements are named by index, and a bad one does not stop the rest', () => {
    const json = '[{"text": "a"}, {"title": "no body"}, 7, {"html": "<p>b</p>"}]'
    expect(summarize([...parseJsonRecords(json, 'many.json', 'json')])).toEqual([
      ['many.json[0]', 'ok'],
      ['many.json[1]', 'invalid_record', 'invalid record: a record needs "text" or "html"'],
      [
        'many.json[2]',
        'invalid_record',
        'invalid record: Invalid input: expected object, received number',
      ],
      ['many.json[3]', 'ok'],
    ])
  })

  test('JSONL: lines numbered from 1, blank lines skipped, errors name the field', () => {
    const jsonl = '{"text": "a"}\n\n{"text": \n{"text": "c", "lang": 5}\r\n{"id": 9, "text": "d"}\n'
    expect(summarize([...parseJsonRecords(jsonl, 'r.jsonl', 'jsonl')])).toEqual([
      ['r.jsonl:1', 'ok'],
      ['r.jsonl:3', 'malformed_json', expect.stringMatching(/^malformed JSON line: /)],
      [
        'r.jsonl:4',
        'invalid_record',
        'invalid record: field "lang": Invalid input: expected string, received number',
      ],
      ['r.jsonl:5', 'ok'],
    ])
  })

  test('malformed JSON gives the parser’s reason', () => {
    expect(summarize([...parseJsonRecords('{"text": }', 'bad.json', 'json')])).toEqual([
      ['bad.json', 'malformed_json', expect.stringMatching(/^malformed JSON: Unexpected token/)],
    ])
  })

  test('a .json file holding JSON Lines is read line by line', () => {
    const entries = [...parseJsonRecords('{"text": "a"}\n{"text": "b"}', 'lines.json', 'json')]
    expect(summarize(entries)).toEqual([
      ['lines.json:1', 'ok'],
      ['lines.json:2', 'ok'],
    ])
  })
})
