import { groupPosterior } from './group-posterior.ts'
import { type CompiledModel, loadModel } from './load-model.ts'
import { sampleText } from './sample-text.ts'
import { scanText } from './scan-text.ts'
import { scriptShares } from './script-shares.ts'

/** A language guess: BCP 47 primary subtag, probability of that language, and the runners-up. */
export interface LanguageGuess {
  lang: string
  confidence: number
  alternatives: { lang: string; confidence: number }[]
}

/** Runners-up below this probability are noise and are left out of `alternatives`. */
const MIN_ALTERNATIVE_CONFIDENCE = 0.01

/** At most this many runners-up are listed; more is never useful to a caller. */
const MAX_ALTERNATIVES = 3

/** Decimal places kept in reported probabilities, so output is stable and readable. */
const CONFIDENCE_DECIMALS = 4

/** Where the trained artefact lives, relative to this module. */
const MODEL_URL = new URL('../../../models/langid.json', import.meta.url)

let defaultModel: CompiledModel | undefined

/**
 * Guesses the language of a text (null when it has no letters or is mostly in a script we cannot name);
 * `model` overrides the bundled `models/langid.json`.
 */
export function detectLanguage(text: string, model?: CompiledModel): LanguageGuess | null {
  const active = model ?? bundledModel()
  const { scripts, evidence } = scanText(sampleText(text), active)
  const shares = scriptShares(scripts)
  if (shares === null) return null
  const probabilities = new Map<string, number>(shares.rule)
  for (const [groupIndex, group] of active.groups.entries()) {
    const share = shares.model.get(group.script)
    const groupEvidence = evidence[groupIndex]
    if (share === undefined || groupEvidence === undefined) continue
    const posterior = groupPosterior(groupEvidence, active)
    for (const [language, lang] of group.languages.entries()) {
      probabilities.set(lang, (probabilities.get(lang) ?? 0) + share * (posterior[language] ?? 0))
    }
  }
  const ranked = [...probabilities]
    .map(([lang, confidence]) => ({ lang, confidence: round(confidence) }))
    .sort((a, b) => b.confidence - a.confidence || (a.lang < b.lang ? -1 : 1))
  const [best, ...rest] = ranked
  if (best === undefined) return null
  return {
    lang: best.lang,
    confidence: best.confidence,
    alternatives: rest
      .filter((entry) => entry.confidence >= MIN_ALTERNATIVE_CONFIDENCE)
      .slice(0, MAX_ALTERNATIVES),
  }
}

/** Loads the bundled artefact on first use and keeps it for the life of the process. */
function bundledModel(): CompiledModel {
  defaultModel ??= loadModel(MODEL_URL)
  return defaultModel
}

/** Rounds a probability to the reported precision. */
function round(probability: number): number {
  const factor = 10 ** CONFIDENCE_DECIMALS
  return Math.round(probability * factor) / factor
}
