import type { CatalogNarrative, NarrativeCue } from '../../contracts/catalog.ts'
import { foldWord, tokenize } from '../../doc/tokenize.ts'

/** One word of a cue phrase: a folded word, or a folded prefix when the catalogue wrote "word*". */
export interface CueWord {
  readonly text: string
  readonly isPrefix: boolean
}

/** A cue ready to match: phrases as folded word sequences. */
export type CompiledCue =
  | {
      readonly kind: 'phrase'
      readonly phrases: readonly CueWord[][]
      readonly weight: number
      readonly id: string
    }
  | {
      readonly kind: 'near'
      readonly left: readonly CueWord[][]
      readonly right: readonly CueWord[][]
      readonly within: number
      readonly weight: number
      readonly id: string
    }

/** A narrative with its cues for one language, compiled. */
export interface CompiledNarrative {
  readonly narrative: CatalogNarrative
  readonly cues: readonly CompiledCue[]
}

/** Compiles the cues of every narrative for a language; narratives without cues there are left out. */
export function compileCues(
  narratives: readonly CatalogNarrative[],
  lang: string,
): CompiledNarrative[] {
  return narratives
    .map((narrative) => ({
      narrative,
      cues: (narrative.cues[lang] ?? []).map((cue, index) =>
        compileCue(cue, `${narrative.id}#${lang}${index}`),
      ),
    }))
    .filter((compiled) => compiled.cues.length > 0)
}

function compileCue(cue: NarrativeCue, id: string): CompiledCue {
  if ('phrase' in cue)
    return { kind: 'phrase', phrases: cue.phrase.map(compilePhrase), weight: cue.weight, id }
  return {
    kind: 'near',
    left: cue.near[0].map(compilePhrase),
    right: cue.near[1].map(compilePhrase),
    within: cue.within,
    weight: cue.weight,
    id,
  }
}

/** Compiles a catalogue phrase into folded words; every word may end with * ("цветн* революц*"), a prefix. */
export function compilePhrase(phrase: string): CueWord[] {
  return phrase
    .trim()
    .split(/\s+/u)
    .flatMap((chunk) => {
      const isPrefix = chunk.endsWith('*')
      const words = tokenize(chunk.replace(/\*+$/u, '')).map((token) => ({
        text: foldWord(token.text),
        isPrefix: false,
      }))
      const last = words[words.length - 1]
      if (isPrefix && last) words[words.length - 1] = { ...last, isPrefix: true }
      return words
    })
}
