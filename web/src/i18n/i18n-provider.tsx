import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { type MessageKey, type Messages, messagesEn } from './messages-en.ts'
import { messagesFr } from './messages-fr.ts'
import { initialUiLanguage, rememberUiLanguage, type UiLanguage } from './ui-language.ts'

const MESSAGES: Readonly<Record<UiLanguage, Messages>> = { en: messagesEn, fr: messagesFr }
const PLACEHOLDER = /\{(\w+)\}/gu

/** Interface text and formats in the analyst's language. */
export interface I18n {
  readonly language: UiLanguage
  setLanguage(language: UiLanguage): void
  /** The message for `key`, with `{name}` placeholders filled from `values` (plain text, never markup). */
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string
  formatNumber(value: number): string
}

/** The current interface language and its text; read it with `useI18n()`. */
export const I18nContext = createContext<I18n | null>(null)

/** Provides the interface language, remembered in the browser, and keeps `<html lang>` in step with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<UiLanguage>(initialUiLanguage)
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const setLanguage = useCallback((next: UiLanguage) => {
    rememberUiLanguage(next)
    setLanguageState(next)
  }, [])
  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[language]
    const numbers = new Intl.NumberFormat(language)
    return {
      language,
      setLanguage,
      t: (key, values) =>
        messages[key].replace(PLACEHOLDER, (whole, name: string) => {
          const filled = values?.[name]
          if (filled === undefined) return whole
          return typeof filled === 'number' ? numbers.format(filled) : filled
        }),
      formatNumber: (number) => numbers.format(number),
    }
  }, [language, setLanguage])
  return <I18nContext value={value}>{children}</I18nContext>
}
