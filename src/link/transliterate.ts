// Russian and Ukrainian Cyrillic to Latin letters, close to the BGN/PCGN romanisation that news in Latin-script
// languages uses ("Токаев" → "tokaev", "Назарбаев" → "nazarbaev"); lower case only, applied after lower-casing.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
}
const HAS_CYRILLIC = /[\u0400-\u04ff]/u

/** Lower-case Cyrillic letters replaced by Latin ones; other characters are kept. */
export function transliterate(lowerCaseText: string): string {
  if (!HAS_CYRILLIC.test(lowerCaseText)) return lowerCaseText
  let result = ''
  for (const char of lowerCaseText) result += CYRILLIC[char] ?? char
  return result
}
