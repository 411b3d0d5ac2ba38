// The named references that occur in hand-written Markdown; anything rarer is left as written.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00A0'],
  ['shy', '\u00AD'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['hellip', '\u2026'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['sbquo', '\u201A'],
  ['ldquo', '\u201C'],
  ['rdquo', '\u201D'],
  ['bdquo', '\u201E'],
  ['laquo', '\u00AB'],
  ['raquo', '\u00BB'],
  ['lsaquo', '\u2039'],
  ['rsaquo', '\u203A'],
  ['copy', '\u00A9'],
  ['reg', '\u00AE'],
  ['trade', '\u2122'],
  ['euro', '\u20AC'],
  ['pound', '\u00A3'],
  ['yen', '\u00A5'],
  ['cent', '\u00A2'],
  ['sect', '\u00A7'],
  ['deg', '\u00B0'],
  ['middot', '\u00B7'],
  ['bull', '\u2022'],
  ['times', '\u00D7'],
  ['divide', '\u00F7'],
  ['eacute', '\u00E9'],
  ['egrave', '\u00E8'],
  ['aacute', '\u00E1'],
  ['agrave', '\u00E0'],
  ['auml', '\u00E4'],
  ['ouml', '\u00F6'],
  ['uuml', '\u00FC'],
  ['Auml', '\u00C4'],
  ['Ouml', '\u00D6'],
  ['Uuml', '\u00DC'],
  ['szlig', '\u00DF'],
  ['ccedil', '\u00E7'],
  ['ntilde', '\u00F1'],
  ['zwj', '\u200D'],
  ['zwnj', '\u200C'],
])

const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g
const MAX_CODE_POINT = 0x10ffff
const REPLACEMENT_CHARACTER = '\uFFFD'

/** Decodes numeric character references and the common named ones (&amp;, &nbsp;, &mdash;, …). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(CHARACTER_REFERENCE, (reference, decimal, hex, name) => {
    if (typeof name === 'string') return NAMED_ENTITIES.get(name) ?? reference
    const codePoint = Number.parseInt(
      typeof decimal === 'string' ? decimal : hex,
      decimal ? 10 : 16,
    )
    const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff
    // As in HTML: NUL, surrogates and values beyond Unicode become U+FFFD.
    if (codePoint === 0 || isSurrogate || codePoint > MAX_CODE_POINT) return REPLACEMENT_CHARACTER
    return String.fromCodePoint(codePoint)
  })
}
