import { MAX_NGRAM_ORDER } from '../../../src/components/langid/for-each-ngram.ts'
import {
  GRAM_SEPARATOR,
  type LangidModel,
  MAX_PENALTY,
  type ModelScript,
} from '../../../src/components/langid/langid-model.ts'
import { scriptOf } from '../../../src/components/langid/script-of.ts'

/** Knobs of the naive Bayes model and of its pruning and quantisation. */
export interface BuildOptions {
  /** How many of each language's most frequent n-grams enter the shared vocabulary of its script. */
  readonly topPerLanguage: number
  /** Dirichlet prior mass (in n-gram counts) that pulls a language's estimates towards the script's average. */
  readonly priorMass: number
  /** Quantisation steps per nat. */
  readonly quantization: number
  /** Largest penalty in nats a single n-gram can inflict, so one odd name cannot veto a language. */
  readonly penaltyCapNats: number
  readonly calibration: LangidModel['calibration']
}

/**
 * Builds the pruned, quantised naive Bayes artefact from per-language n-gram counts.
 */
export function buildModel(
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  groups: Readonly<Record<ModelScript, readonly string[]>>,
  options: BuildOptions,
): LangidModel {
  const scriptCache = new Map<string, ModelScript | null>()
  const buildGroup = (script: ModelScript): LangidModel['groups'][ModelScript] => {
    const languages = [...groups[script]].sort()
    const tables = languages.map((lang) => {
      const table = new Map<string, number>()
      for (const [gram, count] of counts.get(lang) ?? []) {
        let gramScriptValue = scriptCache.get(gram)
        if (gramScriptValue === undefined) {
          gramScriptValue = gramScript(gram)
          scriptCache.set(gram, gramScriptValue)
        }
        if (gramScriptValue === script) table.set(gram, count)
      }
      return table
    })
    const rows = buildRows(tables, options)
    return {
      languages,
      grams: rows.grams.join(GRAM_SEPARATOR),
      penalties: Buffer.from(rows.penalties).toString('base64'),
    }
  }
  return {
    format: 'narrascope-langid',
    version: 1,
    maxOrder: MAX_NGRAM_ORDER,
    quantization: options.quantization,
    calibration: options.calibration,
    groups: { latin: buildGroup('latin'), cyrillic: buildGroup('cyrillic') },
  }
}

/** Selects the sorted vocabulary and computes each gram's quantised per-language penalty row (row-major). */
function buildRows(
  tables: readonly Map<string, number>[],
  options: BuildOptions,
): { grams: string[]; penalties: number[] } {
  const totals = tables.map((table) => {
    let total = 0
    for (const count of table.values()) total += count
    return total
  })
  const vocabulary = new Set<string>()
  for (const table of tables) {
    const ranked = [...table].sort(([gramA, a], [gramB, b]) => b - a || (gramA < gramB ? -1 : 1))
    for (const [gram] of ranked.slice(0, options.topPerLanguage)) vocabulary.add(gram)
  }
  const cap = Math.min(MAX_PENALTY, Math.round(options.penaltyCapNats * options.quantization))
  const grams = [...vocabulary].sort()
  const penalties: number[] = []
  for (const gram of grams) {
    let background = 0
    tables.forEach((table, language) => {
      background += (table.get(gram) ?? 0) / Math.max(1, totals[language] ?? 0)
    })
    background /= tables.length
    const logProbabilities = tables.map((table, language) => {
      const smoothed = (table.get(gram) ?? 0) + options.priorMass * background
      return Math.log(smoothed / ((totals[language] ?? 0) + options.priorMass))
    })
    const best = Math.max(...logProbabilities)
    for (const value of logProbabilities)
      penalties.push(Math.min(cap, Math.round((best - value) * options.quantization)))
  }
  return { grams, penalties }
}

/** The model script all letters of a gram belong to, or null for mixed or non-model scripts. */
function gramScript(gram: string): ModelScript | null {
  let found: ModelScript | null = null
  for (const character of gram) {
    if (character === ' ') continue
    const script = scriptOf(character.codePointAt(0) ?? 0)
    if (script === 'inherited') continue
    if (script !== 'latin' && script !== 'cyrillic') return null
    if (found !== null && found !== script) return null
    found = script
  }
  return found
}
