import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { TechniqueLabelSchema } from '../contracts/annotations.ts'
import { DISARM_TECHNIQUES } from './disarm-techniques.ts'

const TECHNIQUES_CSV = fileURLToPath(
  new URL('../../../shared/data/disarm/frameworks/techniques.csv', import.meta.url),
)
const hasDisarm = existsSync(TECHNIQUES_CSV)
if (!hasDisarm) console.warn(`DISARM id check skipped: ${TECHNIQUES_CSV} not found`)

test('every SemEval persuasion technique maps to at least one DISARM technique', () => {
  expect(Object.keys(DISARM_TECHNIQUES).sort()).toEqual([...TechniqueLabelSchema.options].sort())
  for (const ids of Object.values(DISARM_TECHNIQUES)) expect(ids.length).toBeGreaterThan(0)
})

describe.skipIf(!hasDisarm)('against the DISARM framework tables (../shared/data/disarm)', () => {
  test('every mapped id is a technique of the DISARM red framework', () => {
    // The first column of each row is the DISARM id (T0023, T0135.001); ids never hold commas or quotes.
    const known = new Set(
      readFileSync(TECHNIQUES_CSV, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]!.trim())
        .filter((id) => /^T\d{4}(\.\d{3})?$/u.test(id)),
    )
    expect(known.size).toBeGreaterThan(300)
    for (const [label, ids] of Object.entries(DISARM_TECHNIQUES))
      for (const id of ids) expect(known.has(id), `${label} → ${id}`).toBe(true)
  })
})
