import type { FacetName } from '@src/contracts/store.ts'
import { useCallback, useMemo } from 'react'
import { useNarrativesQuery } from '../../api/use-narratives-query.ts'
import { TECHNIQUE_NAMES } from '../../i18n/technique-names.ts'
import { useI18n } from '../../i18n/use-i18n.ts'

/** How a facet value reads for the analyst: language names, technique names, narrative labels. */
export function useFacetLabel(): (facet: FacetName, value: string) => string {
  const { language } = useI18n()
  const narratives = useNarrativesQuery()
  const languageNames = useMemo(
    () => new Intl.DisplayNames([language], { type: 'language' }),
    [language],
  )
  const narrativeLabels = useMemo(
    () => new Map((narratives.data?.narratives ?? []).map((entry) => [entry.id, entry.label])),
    [narratives.data],
  )
  return useCallback(
    (facet, value) => {
      if (facet === 'lang') return displayLanguage(languageNames, value)
      if (facet === 'technique')
        return (TECHNIQUE_NAMES[language] as Record<string, string>)[value] ?? value
      if (facet === 'narrative') return narrativeLabels.get(value) ?? value
      return value
    },
    [language, languageNames, narrativeLabels],
  )
}

function displayLanguage(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code
  } catch {
    // Not a valid BCP 47 tag (data from the corpus): show it as it is.
    return code
  }
}
