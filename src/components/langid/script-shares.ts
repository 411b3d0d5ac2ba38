import type { ModelScript } from './langid-model.ts'
import type { Script } from './script-of.ts'

/** Scripts that by themselves name one language (the usual language of that script in news text). */
const SCRIPT_LANGUAGES: Partial<Record<Script, string>> = {
  greek: 'el',
  armenian: 'hy',
  hebrew: 'he',
  arabic: 'ar',
  thaana: 'dv',
  devanagari: 'hi',
  bengali: 'bn',
  gurmukhi: 'pa',
  gujarati: 'gu',
  tamil: 'ta',
  telugu: 'te',
  kannada: 'kn',
  malayalam: 'ml',
  sinhala: 'si',
  thai: 'th',
  lao: 'lo',
  myanmar: 'my',
  georgian: 'ka',
  hangul: 'ko',
  ethiopic: 'am',
  khmer: 'km',
}

/**
 * A script holding less than this share of the letters is treated as embedded names, acronyms or quotes
 * (news in Russian routinely cites "NATO" or "Reuters"), not as a candidate language of the text.
 */
const MIN_SCRIPT_SHARE = 0.2

/** Share of kana among Han and kana letters above which CJK text is Japanese; Chinese uses no kana at all. */
const KANA_SHARE_FOR_JAPANESE = 0.05

/** Probability mass given to each model script and to each rule-decided language; a major unlisted script keeps the rest. */
export interface ScriptShares {
  readonly model: Map<ModelScript, number>
  readonly rule: Map<string, number>
}

/**
 * Splits a text's letters into shares per model script and per script-implied language, dropping minor scripts.
 */
export function scriptShares(counts: ReadonlyMap<Script, number>): ScriptShares | null {
  const units = new Map<string, number>()
  const add = (unit: string, letters: number): void => {
    units.set(unit, (units.get(unit) ?? 0) + letters)
  }
  const han = counts.get('han') ?? 0
  const kana = counts.get('kana') ?? 0
  if (han + kana > 0)
    add(kana / (han + kana) >= KANA_SHARE_FOR_JAPANESE ? 'rule:ja' : 'rule:zh', han + kana)
  for (const [script, letters] of counts) {
    if (script === 'han' || script === 'kana' || script === 'inherited') continue
    if (script === 'latin' || script === 'cyrillic') add(`model:${script}`, letters)
    else add(`rule:${SCRIPT_LANGUAGES[script] ?? ''}`, letters)
  }
  let total = 0
  let topUnit = ''
  let topLetters = 0
  for (const [unit, letters] of [...units].sort(([a], [b]) => (a < b ? -1 : 1))) {
    total += letters
    if (letters > topLetters) [topUnit, topLetters] = [unit, letters]
  }
  if (total === 0 || topUnit === 'rule:') return null
  const kept = [...units].filter(
    ([unit, letters]) => unit === topUnit || letters / total >= MIN_SCRIPT_SHARE,
  )
  const denominator = kept.reduce((sum, [, letters]) => sum + letters, 0)
  const shares: ScriptShares = { model: new Map(), rule: new Map() }
  for (const [unit, letters] of kept) {
    const [kind, name = ''] = unit.split(':')
    if (kind === 'model' && (name === 'latin' || name === 'cyrillic'))
      shares.model.set(name, letters / denominator)
    else if (name !== '') shares.rule.set(name, letters / denominator)
  }
  return shares
}
