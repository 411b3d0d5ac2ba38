// Cyrillic (Russian, Bulgarian, Ukrainian) and Devanagari (Hindi) letters in a rough Latin spelling: names and
// loanwords then share their first letters across languages ("путин", "पुतिन" and "putin"; "нато" and "nato").
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
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
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
}
// Devanagari consonants carry an inherent "a" that Hindi mostly drops in loanwords; vowel signs replace it.
const DEVANAGARI_CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'ch',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'f',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  ज़: 'z',
  फ़: 'f',
  ड़: 'r',
}
const DEVANAGARI_VOWELS: Readonly<Record<string, string>> = {
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऋ: 'ri',
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ृ': 'ri',
  'ं': 'n',
  'ँ': 'n',
  '्': '',
  '़': '',
}
const NEEDS_TRANSLITERATION = /[\u0400-\u04ff\u0900-\u097f]/u

/** True for a Cyrillic or Devanagari code unit, which transliterate changes; it keeps every other one. */
export function needsTransliteration(unit: number): boolean {
  return (unit >= 0x0400 && unit <= 0x04ff) || (unit >= 0x0900 && unit <= 0x097f)
}

/** A lower-case word in Latin letters: Cyrillic and Devanagari are transliterated, other scripts kept. */
export function transliterate(word: string): string {
  return transliteratedPrefix(word, Number.POSITIVE_INFINITY)
}

/** `transliterate(word).slice(0, length)`, transliterating no further than the prefix needs (word stems). */
export function transliteratedPrefix(word: string, length: number): string {
  if (!NEEDS_TRANSLITERATION.test(word)) return word.length > length ? word.slice(0, length) : word
  let latin = ''
  for (const letter of word) {
    const mapped = CYRILLIC[letter] ?? DEVANAGARI_CONSONANTS[letter] ?? DEVANAGARI_VOWELS[letter]
    latin += mapped ?? letter
    if (latin.length >= length) return latin.slice(0, length)
  }
  return latin
}
