// Inside a CDATA section nothing is decoded; outside it, the five XML entities and numeric references.
const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g
const XML_REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g
const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}
const MAX_CODE_POINT = 0x10ffff

/**
 * Decodes the raw text of an XML element as the parser left it: CDATA unwrapped, XML references
 * decoded. Unknown named references (&nbsp;) stay, for the HTML parser that reads the result.
 */
export function decodeXmlText(raw: string): string {
  let decoded = ''
  let last = 0
  for (const match of raw.matchAll(CDATA_SECTION)) {
    decoded += decodeReferences(raw.slice(last, match.index)) + (match[1] ?? '')
    last = match.index + match[0].length
  }
  return decoded + decodeReferences(raw.slice(last))
}

function decodeReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(XML_REFERENCE, (reference, name, decimal, hex) => {
    if (typeof name === 'string') return PREDEFINED[name] ?? reference
    const codePoint = Number.parseInt(
      typeof decimal === 'string' ? decimal : hex,
      decimal ? 10 : 16,
    )
    const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff
    if (codePoint === 0 || isSurrogate || codePoint > MAX_CODE_POINT) return '\uFFFD'
    return String.fromCodePoint(codePoint)
  })
}
