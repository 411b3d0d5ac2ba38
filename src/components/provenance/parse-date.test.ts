import { expect, test } from 'vitest'
import { en } from '../../lang/en/index.ts'
import { es } from '../../lang/es/index.ts'
import { fr } from '../../lang/fr/index.ts'
import type { LanguageData } from '../../lang/language-data.ts'
import { parseDate } from './parse-date.ts'

test.each<[LanguageData, string, number | undefined, string | null]>([
  [fr, 'Article original datant du 09/01/22', undefined, '2022-01-09'],
  [en, 'Originally published 01/09/22', undefined, '2022-01-09'],
  [fr, 'aujourd’hui (7 janvier), c’est Noël', 2022, '2022-01-07'],
  [fr, 'publié le 14 mars 2025', undefined, '2025-03-14'],
  [fr, 'le 1er avril 2024 à Paris', undefined, '2024-04-01'],
  [en, 'Jan 14, 2022', undefined, '2022-01-14'],
  [en, 'March 12, 2025 (CPA)', undefined, '2025-03-12'],
  [en, '2025-03-10', undefined, '2025-03-10'],
  [es, 'Ramiro Echeverría | Tribuna del Sur | 14 de junio de 2024', undefined, '2024-06-14'],
  [fr, 'le 31/02/22', undefined, null],
  [fr, '7 janvier', undefined, null],
  [fr, 'sans date', undefined, null],
])('%#: %s', (language, text, year, iso) => {
  const parsed = parseDate(text, language, year)
  expect(parsed?.iso ?? null).toBe(iso)
  if (parsed) expect(text.slice(parsed.start, parsed.end)).toBe(parsed.text)
})
