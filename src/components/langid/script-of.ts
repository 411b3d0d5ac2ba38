/** Writing systems the identifier tells apart; anything else with letters counts as `other`. */
export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'armenian'
  | 'hebrew'
  | 'arabic'
  | 'thaana'
  | 'devanagari'
  | 'bengali'
  | 'gurmukhi'
  | 'gujarati'
  | 'tamil'
  | 'telugu'
  | 'kannada'
  | 'malayalam'
  | 'sinhala'
  | 'thai'
  | 'lao'
  | 'myanmar'
  | 'georgian'
  | 'hangul'
  | 'ethiopic'
  | 'khmer'
  | 'kana'
  | 'han'
  | 'inherited'
  | 'other'

/** Unicode block ranges [first, last, script], sorted by first code point, for a binary search. */
const SCRIPT_RANGES: readonly (readonly [number, number, Script])[] = [
  [0x0041, 0x005a, 'latin'],
  [0x0061, 0x007a, 'latin'],
  [0x00aa, 0x00aa, 'latin'],
  [0x00ba, 0x00ba, 'latin'],
  [0x00c0, 0x024f, 'latin'],
  [0x0250, 0x02af, 'latin'],
  [0x0300, 0x036f, 'inherited'],
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x052f, 'cyrillic'],
  [0x0530, 0x058f, 'armenian'],
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0780, 0x07bf, 'thaana'],
  [0x08a0, 0x08ff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0980, 0x09ff, 'bengali'],
  [0x0a00, 0x0a7f, 'gurmukhi'],
  [0x0a80, 0x0aff, 'gujarati'],
  [0x0b80, 0x0bff, 'tamil'],
  [0x0c00, 0x0c7f, 'telugu'],
  [0x0c80, 0x0cff, 'kannada'],
  [0x0d00, 0x0d7f, 'malayalam'],
  [0x0d80, 0x0dff, 'sinhala'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x0e80, 0x0eff, 'lao'],
  [0x1000, 0x109f, 'myanmar'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1200, 0x139f, 'ethiopic'],
  [0x1780, 0x17ff, 'khmer'],
  [0x1ab0, 0x1aff, 'inherited'],
  [0x1c80, 0x1c8f, 'cyrillic'],
  [0x1c90, 0x1cbf, 'georgian'],
  [0x1dc0, 0x1dff, 'inherited'],
  [0x1e00, 0x1eff, 'latin'],
  [0x1f00, 0x1fff, 'greek'],
  [0x2c60, 0x2c7f, 'latin'],
  [0x2d00, 0x2d2f, 'georgian'],
  [0x2d80, 0x2ddf, 'ethiopic'],
  [0x2de0, 0x2dff, 'cyrillic'],
  [0x2e80, 0x2fdf, 'han'],
  [0x3005, 0x3007, 'han'],
  [0x3040, 0x30ff, 'kana'],
  [0x3130, 0x318f, 'hangul'],
  [0x31f0, 0x31ff, 'kana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xa640, 0xa69f, 'cyrillic'],
  [0xa720, 0xa7ff, 'latin'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0xa960, 0xa97f, 'hangul'],
  [0xab00, 0xab2f, 'ethiopic'],
  [0xac00, 0xd7ff, 'hangul'],
  [0xf900, 0xfaff, 'han'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe20, 0xfe2f, 'inherited'],
  [0xfe70, 0xfeff, 'arabic'],
  [0xff21, 0xff3a, 'latin'],
  [0xff41, 0xff5a, 'latin'],
  [0xff66, 0xff9f, 'kana'],
  [0xffa0, 0xffdc, 'hangul'],
  [0x1b000, 0x1b16f, 'kana'],
  [0x20000, 0x3134f, 'han'],
]

/** Last code point of Basic Latin; below it a letter can only be an ASCII Latin letter. */
const LAST_ASCII = 0x7f

/**
 * Names the script of one letter's code point (`other` for unlisted blocks, `inherited` for combining marks).
 */
export function scriptOf(codePoint: number): Script {
  if (codePoint <= LAST_ASCII) return 'latin'
  let low = 0
  let high = SCRIPT_RANGES.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const range = SCRIPT_RANGES[middle]
    if (range === undefined) break
    if (codePoint < range[0]) high = middle - 1
    else if (codePoint > range[1]) low = middle + 1
    else return range[2]
  }
  return 'other'
}
