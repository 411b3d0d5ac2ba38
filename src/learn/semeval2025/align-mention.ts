import type { RawMention, RoleMention } from './read-semeval2025.ts'

// Some annotated offsets are a few characters off their mention (the annotation tool counted a few characters
// differently); the nearest occurrence of the mention's text within this many code units is taken instead.
const MAX_SHIFT = 64

/**
 * Turns a mention's code-point offsets (`end` inclusive) into half-open UTF-16 offsets into `text`, moving it to
 * the nearest occurrence of its text when the given offsets do not cover it.
 */
export function alignMention(
  text: string,
  textOffset: (codePointOffset: number) => number,
  mention: RawMention,
): RoleMention {
  const start = textOffset(mention.start)
  const end = textOffset(mention.end + 1)
  const raw = { rawStart: mention.start, rawEnd: mention.end }
  const aligned = { ...mention, ...raw, start, end }
  if (text.slice(start, end) === mention.text || mention.text === '') return aligned
  for (let shift = 1; shift <= MAX_SHIFT; shift++) {
    for (const candidate of [start - shift, start + shift]) {
      if (candidate < 0) continue
      if (text.startsWith(mention.text, candidate))
        return { ...mention, ...raw, start: candidate, end: candidate + mention.text.length }
    }
  }
  return aligned
}
