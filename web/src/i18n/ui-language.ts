/** The interface languages; the first is the default when the browser prefers none of them. */
export const UI_LANGUAGES = ['en', 'fr'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

/** Each interface language named in itself, for the switch's accessible names. */
export const UI_LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  fr: 'Français',
}

const STORAGE_KEY = 'narrascope.uiLanguage'

/** Whether a string names an interface language. */
export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '')
}

/** The language remembered in this browser, else the browser's preferred one we have, else English. */
export function initialUiLanguage(): UiLanguage {
  const remembered = readStorage()
  if (isUiLanguage(remembered)) return remembered
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.slice(0, 2).toLowerCase()
    if (isUiLanguage(primary)) return primary
  }
  return UI_LANGUAGES[0]
}

/** Remembers the analyst's choice for the next visit. */
export function rememberUiLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Storage may be disabled (private mode, policy); the choice then lasts for this page only.
  }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    // Same as above: no storage means nothing remembered.
    return null
  }
}
