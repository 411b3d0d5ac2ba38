import fc from 'fast-check'

// Quote marks of every language, apostrophes, dashes, RTL and zero-width marks, a lone surrogate, combining
// accents, line breaks, digits and separators, several scripts.
/** Pieces that break naive text code. */
export const TRICKY = [
  '«',
  '»',
  '“',
  '”',
  '„',
  '‚',
  '‘',
  '’',
  '"',
  "'",
  '‹',
  '›',
  '—',
  '–',
  '-',
  ':',
  '.',
  '!',
  '?',
  '…',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u200b',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\u0301',
  'é',
  'É',
  'a',
  'Z',
  'l’',
  'qu’',
  'M.',
  'U.S.',
  '3 000',
  '1,200',
  '09/01/22',
  'Jan 14, 2022',
  '7 janvier',
  'Токаев',
  'ОДКБ',
  'مرحبا',
  'שלום',
  '中文',
  '😀',
  'OTAN',
  'Poutine',
  'a déclaré',
  'said',
  'selon',
  'source :',
  '@Handle',
]
/** Text assembled from TRICKY pieces and short random strings. */
export const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(''))

/** Any string: any code point, plus the tricky pieces (lone surrogates among them). */
export const anyText = fc.string({
  unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 1 })),
  maxLength: 60,
})

/** Text that is valid in XML 1.0: no C0 controls but tab and line breaks, no lone surrogates, no U+FFFE/U+FFFF. */
export const xmlSafeText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    maxLength: 20,
  })
  .map((parts) =>
    parts
      .join('')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
      .replace(/[\ud800-\udfff]/gu, '')
      .replace(/\r/gu, ''),
  )
