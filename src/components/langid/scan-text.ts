import { MAX_NGRAM_ORDER } from './for-each-ngram.ts'
import * as symbolsModule from './gram-symbols.ts'
import { type GramTable, lookupGram } from './gram-table.ts'
import type { GroupEvidence } from './group-posterior.ts'
import { type CompiledModel, GROUP_BITS, GROUP_SLOTS } from './load-model.ts'
import { type Script, scriptOf } from './script-of.ts'
import { sumRows } from './sum-rows.ts'

/** What one pass over a text yields: letters per script and n-gram evidence per model script group. */
export interface TextScan {
  readonly scripts: Map<Script, number>
  readonly evidence: GroupEvidence[]
}

// Local copies of the symbol constants: module bindings read in the hot loop cost more than locals.
const { FIRST_LETTER_SYMBOL, SPACE_SYMBOL, SYMBOL_RADIX, UNCLASSIFIED, UNKNOWN_LETTER } =
  symbolsModule
const { isLetterOrMark } = symbolsModule
const GROUP_MASK = GROUP_SLOTS - 1
const ROW_SHIFT = GROUP_BITS

/** Multipliers that place the 3rd and 4th most recent symbols in a packed gram key. */
const RADIX_2 = SYMBOL_RADIX * SYMBOL_RADIX
const RADIX_3 = RADIX_2 * SYMBOL_RADIX

/** Code units that start a surrogate pair. */
const HIGH_SURROGATE_FIRST = 0xd800
const HIGH_SURROGATE_LAST = 0xdbff

/**
 * Scores every 1–4-gram of the text, exactly those of `forEachNgram(normalizeForNgrams(text))`, and counts its
 * letters by script, in one allocation-free pass over the lowercased NFC text.
 */
export function scanText(text: string, model: CompiledModel): TextScan {
  const lowered = text.toLowerCase().normalize('NFC')
  const { symbols, symbolGroups, grams, groups } = model
  const hits = hitBuffers(groups.length, lowered.length * MAX_NGRAM_ORDER + MAX_NGRAM_ORDER)
  const matched = new Int32Array(groups.length)
  const groupLetters = new Int32Array(groups.length)
  const scripts = new Map<Script, number>()

  // Sliding window of the three previous symbols (s1 most recent); `valid` says how many of them may start a gram.
  let s1 = SPACE_SYMBOL
  let s2 = 0
  let s3 = 0
  let valid = 1
  let lastWasSpace = true
  const length = lowered.length
  // One step past the end stands for the closing pad space.
  for (let index = 0; index <= length; index++) {
    let symbol: number
    if (index === length) {
      if (lastWasSpace) break
      symbol = SPACE_SYMBOL
    } else {
      const unit = lowered.charCodeAt(index)
      symbol = symbols[unit] ?? UNCLASSIFIED
      if (symbol >= FIRST_LETTER_SYMBOL) {
        const groupIndex = symbolGroups[symbol] ?? -1
        if (groupIndex >= 0) groupLetters[groupIndex] = (groupLetters[groupIndex] ?? 0) + 1
      } else if (unit >= HIGH_SURROGATE_FIRST && unit <= HIGH_SURROGATE_LAST) {
        const codePoint = lowered.codePointAt(index) ?? unit
        symbol = SPACE_SYMBOL
        if (codePoint > 0xffff) {
          index++
          if (isLetterOrMark(codePoint)) symbol = UNKNOWN_LETTER
        }
        if (symbol === UNKNOWN_LETTER) countLetter(codePoint, model, groupLetters, scripts)
      } else if (symbol !== SPACE_SYMBOL) {
        if (symbol === UNCLASSIFIED) {
          symbol = isLetterOrMark(unit) ? UNKNOWN_LETTER : SPACE_SYMBOL
          symbols[unit] = symbol
        }
        if (symbol === UNKNOWN_LETTER) countLetter(unit, model, groupLetters, scripts)
      }
    }
    if (symbol === SPACE_SYMBOL) {
      if (lastWasSpace) continue
      lastWasSpace = true
    } else {
      lastWasSpace = false
      if (symbol === UNKNOWN_LETTER) {
        valid = 0
        continue
      }
      addGram(symbol, grams, hits, matched)
    }
    if (valid >= 1) {
      const key2 = s1 * SYMBOL_RADIX + symbol
      addGram(key2, grams, hits, matched)
      if (valid >= 2) {
        const key3 = s2 * RADIX_2 + key2
        addGram(key3, grams, hits, matched)
        if (valid >= 3) addGram(s3 * RADIX_3 + key3, grams, hits, matched)
      }
    }
    s3 = s2
    s2 = s1
    s1 = symbol
    if (valid < 3) valid++
  }

  for (const [groupIndex, group] of groups.entries()) {
    const letters = groupLetters[groupIndex] ?? 0
    if (letters > 0) scripts.set(group.script, letters)
  }
  const evidence = groups.map((group, groupIndex) => {
    const count = matched[groupIndex] ?? 0
    const rows = hits[groupIndex] ?? new Int32Array(0)
    return {
      penalties: sumRows(rows, count, group.penalties, group.stride, group.languages.length),
      matched: count,
    }
  })
  return { scripts, evidence }
}

/** Records the penalty row of one packed gram, if the model knows it, in its group's hit list. */
function addGram(key: number, grams: GramTable, hits: Int32Array[], matched: Int32Array): void {
  const packed = lookupGram(grams, key)
  if (packed < 0) return
  const groupIndex = packed & GROUP_MASK
  const rows = hits[groupIndex]
  if (rows === undefined) return
  const count = matched[groupIndex] ?? 0
  rows[count] = packed >> ROW_SHIFT
  matched[groupIndex] = count + 1
}

let sharedHits: Int32Array[] = []

/** Returns per-group hit lists of at least `capacity` entries, reused across calls (scanning is synchronous). */
function hitBuffers(groupCount: number, capacity: number): Int32Array[] {
  if (sharedHits.length < groupCount || (sharedHits[0]?.length ?? 0) < capacity) {
    sharedHits = Array.from({ length: groupCount }, () => new Int32Array(capacity))
  }
  return sharedHits
}

/** Counts a letter the model's alphabet lacks under its script (a model script group or another script). */
function countLetter(
  codePoint: number,
  model: CompiledModel,
  groupLetters: Int32Array,
  scripts: Map<Script, number>,
): void {
  const script = scriptOf(codePoint)
  if (script === 'inherited') return
  const groupIndex = model.groups.findIndex((group) => group.script === script)
  if (groupIndex >= 0) groupLetters[groupIndex] = (groupLetters[groupIndex] ?? 0) + 1
  else scripts.set(script, (scripts.get(script) ?? 0) + 1)
}
