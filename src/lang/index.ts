import { de } from './de/index.ts'
import { en } from './en/index.ts'
import { es } from './es/index.ts'
import { fr } from './fr/index.ts'
import { it } from './it/index.ts'
import type { LanguageData } from './language-data.ts'
import { ru } from './ru/index.ts'

/** Every language Narrascope has data for, listed once. */
export const LANGUAGES: Readonly<Record<string, LanguageData>> = { de, en, es, fr, it, ru }

/** The data of one language, or null when Narrascope has none for it. */
export function languageData(code: string | null | undefined): LanguageData | null {
  if (!code) return null
  return LANGUAGES[code.toLowerCase().split('-')[0] ?? ''] ?? null
}

/** Quote marks of every language together, for documents whose language has no data. */
export const ALL_QUOTE_PAIRS: readonly (readonly [string, string])[] = uniquePairs(
  Object.values(LANGUAGES).flatMap((data) => data.quotePairs),
)

function uniquePairs(pairs: (readonly [string, string])[]): (readonly [string, string])[] {
  const seen = new Set<string>()
  return pairs.filter(([open, close]) => {
    const key = open + close
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export type { LanguageData } from './language-data.ts'
