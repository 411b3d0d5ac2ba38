/**
 * Per-language spellings of the same sounds, rewritten to one convention before names are compared, so that
 * "Tokajew" (de), "Tokaïev" (fr), "Kazajistán" (es) and "Токаев" (ru, transliterated) meet their English forms.
 * Each rule is [pattern, replacement], applied in order to a folded, lower-case word.
 */
export const SPELLING_RULES: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  // German: sch = sh, tsch = ch, ch after a vowel is the velar kh, z = ts, w = v, j = y.
  de: [
    [/tsch/gu, 'ch'],
    [/sch/gu, 'sh'],
    [/ch/gu, 'kh'],
    [/z/gu, 'ts'],
    [/w/gu, 'v'],
    [/j/gu, 'y'],
  ],
  // Spanish: j is the velar kh; qu = k.
  es: [
    [/j/gu, 'kh'],
    [/qu/gu, 'k'],
  ],
  // French: tch = ch, ch = sh, ou = u (Poutine), qu = k.
  fr: [
    [/tch/gu, 'ch'],
    [/ch/gu, 'sh'],
    [/ou/gu, 'u'],
    [/qu/gu, 'k'],
  ],
  // Italian: ch and gh are hard, c and g before e and i are soft, z = ts.
  it: [
    [/ch/gu, 'k'],
    [/gh/gu, 'g'],
    [/sc(?=[ei])/gu, 'sh'],
    [/c(?=[ei])/gu, 'ch'],
    [/z/gu, 'ts'],
    [/qu/gu, 'k'],
  ],
  // Polish: sz = sh, cz = ch, rz = zh, ch = kh, w = v, j = y, ł = l.
  pl: [
    [/sz/gu, 'sh'],
    [/cz/gu, 'ch'],
    [/rz/gu, 'zh'],
    [/ch/gu, 'kh'],
    [/w/gu, 'v'],
    [/j/gu, 'y'],
    [/ł/gu, 'l'],
  ],
  // Portuguese: ch = sh, nh = ny, lh = ly.
  pt: [
    [/ch/gu, 'sh'],
    [/nh/gu, 'ny'],
    [/lh/gu, 'ly'],
  ],
}
