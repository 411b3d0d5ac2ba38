/** A held-out text with its gold language. */
export interface EvalItem {
  readonly text: string
  readonly lang: string
}

/** Accuracy of each system overall (micro), averaged over languages (macro) and per language. */
export interface AccuracyTable {
  readonly n: number
  readonly overall: Record<string, number>
  readonly macro: Record<string, number>
  readonly byLanguage: Record<string, { n: number } & Record<string, number>>
}

/** Decimal places of reported accuracies. */
const ACCURACY_DECIMALS = 4

/**
 * Tabulates accuracies of several systems' predictions (aligned with `items`) per gold language.
 */
export function accuracyTable(
  items: readonly EvalItem[],
  predictions: Readonly<Record<string, readonly string[]>>,
): AccuracyTable {
  const systems = Object.keys(predictions).sort()
  const languages = [...new Set(items.map((item) => item.lang))].sort()
  const round = (value: number): number => Number(value.toFixed(ACCURACY_DECIMALS))
  const byLanguage: AccuracyTable['byLanguage'] = {}
  const overall: Record<string, number> = {}
  const macro: Record<string, number> = {}
  for (const lang of languages) {
    const indexes = items.flatMap((item, index) => (item.lang === lang ? [index] : []))
    const row: { n: number } & Record<string, number> = { n: indexes.length }
    for (const system of systems) {
      const guesses = predictions[system] ?? []
      row[system] = round(
        indexes.filter((index) => guesses[index] === lang).length / indexes.length,
      )
    }
    byLanguage[lang] = row
  }
  for (const system of systems) {
    const guesses = predictions[system] ?? []
    overall[system] = round(
      items.filter((item, index) => guesses[index] === item.lang).length /
        Math.max(1, items.length),
    )
    macro[system] = round(
      languages.reduce((sum, lang) => sum + (byLanguage[lang]?.[system] ?? 0), 0) /
        Math.max(1, languages.length),
    )
  }
  return { n: items.length, overall, macro, byLanguage }
}
