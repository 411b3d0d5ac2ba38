// Encoding declarations must sit in the first 1024 bytes (HTML "prescan"); XML puts them first.
const PRESCAN_BYTES = 1024
const XML_DECLARATION_ENCODING = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i

/** Finds the charset an HTML page (<meta charset>, http-equiv) or XML declaration states, if any. */
export function sniffCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one character, so ASCII markup reads the same in any ASCII-based charset.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, PRESCAN_BYTES),
  ).toString('latin1')
  return XML_DECLARATION_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null
}
