import { z } from 'zod'
import type { Language } from '../../contracts/annotations.ts'
import { defineComponent } from '../../pipeline/define-component.ts'
import { detectLanguage } from './detect-language.ts'

// Below this many letters a character n-gram guess is a coin toss; the container's declared language wins.
const MIN_LETTERS_FOR_MODEL = 40

/** The document's language, identified from its text by our own character n-gram model. */
export const langid = defineComponent({
  name: 'langid',
  description:
    'Identifies the language of the text (BCP 47), with a confidence and the runners-up.',
  requires: [],
  assigns: 'language',
  config: z.object({}),
  create: () => (doc) => identify(doc.text, doc.source.declaredLang),
})

function identify(text: string, declared: string | undefined): Language | null {
  const letters = countLettersUpTo(text, MIN_LETTERS_FOR_MODEL)
  const guess = detectLanguage(text)
  if (declared && (letters < MIN_LETTERS_FOR_MODEL || !guess)) {
    return { code: declared.toLowerCase(), confidence: 0.5, alternatives: [], method: 'declared' }
  }
  if (!guess) return null
  return {
    code: guess.lang,
    confidence: guess.confidence,
    alternatives: guess.alternatives.map((alternative) => ({
      code: alternative.lang,
      confidence: alternative.confidence,
    })),
    method: 'model',
  }
}

// Counting stops at the threshold: the model only needs to know whether there is enough text.
function countLettersUpTo(text: string, limit: number): number {
  let count = 0
  for (const match of text.matchAll(/\p{L}+/gu)) {
    count += match[0].length
    if (count >= limit) return count
  }
  return count
}
