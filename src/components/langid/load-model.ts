import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { MAX_NGRAM_ORDER } from './for-each-ngram.ts'
import { FIRST_LETTER_SYMBOL, packGram, SPACE_SYMBOL, SYMBOL_RADIX } from './gram-symbols.ts'
import { buildGramTable, type GramTable } from './gram-table.ts'
import {
  GRAM_SEPARATOR,
  type LangidModel,
  langidModelSchema,
  MODEL_SCRIPTS,
  type ModelScript,
} from './langid-model.ts'
import { scriptOf } from './script-of.ts'
import { ROW_BLOCK } from './sum-rows.ts'

/** One script's languages and its penalty matrix: one row per gram, one column per language, zero-padded. */
export interface CompiledGroup {
  readonly script: ModelScript
  readonly languages: readonly string[]
  readonly penalties: Uint8Array
  /** Row length of `penalties`: the language count rounded up to a multiple of ROW_BLOCK. */
  readonly stride: number
}

/** The artefact turned into integer lookup structures for allocation-free scoring. */
export interface CompiledModel {
  readonly groups: readonly CompiledGroup[]
  /** Symbol per BMP code unit (see gram-symbols.ts); filled lazily for characters outside the alphabet. */
  readonly symbols: Uint8Array
  /** Group index of each letter symbol's script, or -1 for symbols that count towards no model script. */
  readonly symbolGroups: Int8Array
  /** Packed gram → row * GROUP_SLOTS + groupIndex, the row being in that group's penalty matrix. */
  readonly grams: GramTable
  readonly quantization: number
  readonly scale: number
  readonly lengthExponent: number
}

/** Low bits of each packed table value that hold the group index (room for four model scripts). */
export const GROUP_BITS = 2

/** Distinct group indexes a packed table value can hold. */
export const GROUP_SLOTS = 1 << GROUP_BITS

/** Number of UTF-16 code units covered by the symbol table. */
const CODE_UNITS = 0x10000

/**
 * Validates a parsed artefact and compiles it into a symbol table, a gram hash table and a flat penalty array.
 */
export function compileModel(raw: unknown): CompiledModel {
  const model: LangidModel = langidModelSchema.parse(raw)
  const symbols = new Uint8Array(CODE_UNITS)
  const symbolGroups = new Int8Array(SYMBOL_RADIX).fill(-1)
  symbols[0x20] = SPACE_SYMBOL
  const vocabularies = MODEL_SCRIPTS.map((script) =>
    model.groups[script].grams.split(GRAM_SEPARATOR),
  )
  const alphabet = new Set<number>()
  for (const grams of vocabularies) {
    for (const gram of grams)
      for (let index = 0; index < gram.length; index++) alphabet.add(gram.charCodeAt(index))
  }
  alphabet.delete(0x20)
  if (alphabet.size > SYMBOL_RADIX - FIRST_LETTER_SYMBOL)
    throw new Error(`langid model: alphabet of ${alphabet.size} letters is too large`)
  ;[...alphabet]
    .sort((a, b) => a - b)
    .forEach((unit, index) => {
      const symbol = FIRST_LETTER_SYMBOL + index
      symbols[unit] = symbol
      symbolGroups[symbol] = MODEL_SCRIPTS.indexOf(scriptOf(unit) as ModelScript)
    })
  const groups: CompiledGroup[] = []
  const keys: number[] = []
  const values: number[] = []
  for (const [groupIndex, script] of MODEL_SCRIPTS.entries()) {
    const { languages, penalties: encoded } = model.groups[script]
    const grams = vocabularies[groupIndex] ?? []
    const rows = Buffer.from(encoded, 'base64')
    if (rows.length !== grams.length * languages.length) {
      throw new Error(
        `langid model: ${script} has ${rows.length} penalties for ${grams.length} grams × ${languages.length} languages`,
      )
    }
    const stride = Math.ceil(languages.length / ROW_BLOCK) * ROW_BLOCK
    const penalties = new Uint8Array(grams.length * stride)
    grams.forEach((gram, rowIndex) => {
      if (gram.length === 0 || gram.length > MAX_NGRAM_ORDER)
        throw new Error(`langid model: bad gram "${gram}" in ${script}`)
      penalties.set(
        rows.subarray(rowIndex * languages.length, (rowIndex + 1) * languages.length),
        rowIndex * stride,
      )
      keys.push(packGram(gram, (unit) => symbols[unit] ?? 0))
      values.push(rowIndex * GROUP_SLOTS + groupIndex)
    })
    groups.push({ script, languages, penalties, stride })
  }
  return {
    groups,
    symbols,
    symbolGroups,
    grams: buildGramTable(keys, values),
    quantization: model.quantization,
    scale: model.calibration.scale,
    lengthExponent: model.calibration.lengthExponent,
  }
}

/**
 * Reads, validates and compiles the JSON artefact at `location`.
 */
export function loadModel(location: URL): CompiledModel {
  return compileModel(JSON.parse(readFileSync(location, 'utf8')))
}
