/** SemEval-2023 Task 3 folder names and the BCP 47 codes Narrascope uses for them (ge is German, po Polish). */
export const SEMEVAL_LANGUAGES = {
  en: 'en',
  fr: 'fr',
  ge: 'de',
  it: 'it',
  po: 'pl',
  ru: 'ru',
} as const

/** A SemEval-2023 Task 3 language folder name. */
export type SemevalFolder = keyof typeof SEMEVAL_LANGUAGES

/** The six languages in folder order, as Narrascope codes. */
export const SEMEVAL_CODES: readonly string[] = Object.values(SEMEVAL_LANGUAGES)

/** The folder of a language given either as a folder name (ge) or a Narrascope code (de). */
export function semevalFolder(language: string): SemevalFolder | null {
  const lower = language.toLowerCase()
  for (const [folder, code] of Object.entries(SEMEVAL_LANGUAGES))
    if (folder === lower || code === lower) return folder as SemevalFolder
  return null
}
