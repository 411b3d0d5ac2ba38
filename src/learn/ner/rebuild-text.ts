/** A sentence written back as running text, with each source token's offsets into it. */
export interface RebuiltText {
  readonly text: string
  readonly offsets: readonly { readonly start: number; readonly end: number }[]
}

// Punctuation that sticks to the word before it, and openers that stick to the word after them.
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}»”…]|['’](?:s|re|ve|ll|d|m)|n['’]t)$/iu
const NO_SPACE_AFTER = /^(?:[([{«“„]|\p{L}{1,6}['’])$/u
const STRAIGHT_QUOTE = '"'

/**
 * Joins CoNLL tokens into the text a newspaper would print ("l' OTAN ," → "l'OTAN,"), so that our own
 * tokenizer can be evaluated on it.
 */
export function rebuildText(tokens: readonly string[]): RebuiltText {
  let text = ''
  const offsets: { start: number; end: number }[] = []
  let isQuoteOpen = false
  let glueNext = true
  for (const token of tokens) {
    const isQuote = token === STRAIGHT_QUOTE
    // A straight quote alternates: the opening one sticks to what follows, the closing one to what precedes.
    const glueBefore = isQuote ? isQuoteOpen : NO_SPACE_BEFORE.test(token)
    if (!glueNext && !glueBefore) text += ' '
    offsets.push({ start: text.length, end: text.length + token.length })
    text += token
    glueNext = isQuote ? !isQuoteOpen : NO_SPACE_AFTER.test(token)
    if (isQuote) isQuoteOpen = !isQuoteOpen
  }
  return { text, offsets }
}
