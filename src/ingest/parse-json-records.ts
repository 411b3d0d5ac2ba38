import type { z } from 'zod'
import { type InputRecord, InputRecordSchema } from '../contracts/source.ts'
import { InputError } from './input-error.ts'

/** One record from a JSON or JSONL input, or why that record (or the whole input) is unusable. */
export type RecordEntry =
  | { input: string; record: InputRecord }
  | { input: string; error: InputError }

const LINE_BREAK = /\r?\n/

/**
 * Reads records from JSON (one record or an array) or JSONL (one per line). Inputs are named
 * `file.json[3]` for array elements and `file.jsonl:12` for lines (1-based), so a bad record is
 * reported on its own and the others still come through.
 */
export function* parseJsonRecords(
  text: string,
  input: string,
  format: 'json' | 'jsonl',
): Generator<RecordEntry> {
  if (format === 'jsonl') {
    yield* parseJsonLines(text, input)
    return
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    // A .json file that holds JSON Lines is a common mix-up; read it as what it is.
    if (isJsonLines(text)) {
      yield* parseJsonLines(text, input)
      return
    }
    yield { input, error: new InputError('malformed_json', `malformed JSON: ${error.message}`) }
    return
  }
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) yield validate(element, `${input}[${index}]`)
  } else yield validate(value, input)
}

function* parseJsonLines(text: string, input: string): Generator<RecordEntry> {
  const lines = text.split(LINE_BREAK)
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const lineInput = `${input}:${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
      yield {
        input: lineInput,
        error: new InputError('malformed_json', `malformed JSON line: ${error.message}`),
      }
      continue
    }
    yield validate(value, lineInput)
  }
}

function validate(value: unknown, input: string): RecordEntry {
  const parsed = InputRecordSchema.safeParse(value)
  if (parsed.success) return { input, record: parsed.data }
  return {
    input,
    error: new InputError('invalid_record', `invalid record: ${describeIssues(parsed.error)}`),
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.map(String).join('.')
      return field === '' ? issue.message : `field "${field}": ${issue.message}`
    })
    .join('; ')
}

function isJsonLines(text: string): boolean {
  const lines = text.split(LINE_BREAK).filter((line) => line.trim() !== '')
  if (lines.length < 2) return false
  try {
    JSON.parse(lines[0] ?? '')
    return true
  } catch (error) {
    // The first line is not JSON either: the input is simply malformed JSON, reported by the caller.
    if (error instanceof SyntaxError) return false
    throw error
  }
}
