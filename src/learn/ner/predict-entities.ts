import type { EntityLabel } from '../../contracts/annotations.ts'
import type { Token } from '../../doc/tokenize.ts'
import { loadNerModel } from './load-ner-model.ts'
import { tagDocument } from './tag-document.ts'

/** A named entity found by the learned tagger, as token indices (inclusive) into the tokens passed in. */
export interface NerEntity {
  readonly first: number
  readonly last: number
  readonly label: EntityLabel
  /** The lowest tag probability among the entity's tokens, calibrated on held-out sentences. */
  readonly confidence: number
}

const ENTITY_LABELS: ReadonlySet<string> = new Set<EntityLabel>(['PER', 'ORG', 'LOC', 'MISC'])

/**
 * Finds named entities with the learned tagger of `lang` (models/ner-LANG.json, loaded once); returns [] for a
 * language without a model (see hasNerModel). Pass the document's sentence spans when known; otherwise
 * sentences are cut at sentence-final punctuation between tokens.
 *
 * @example
 * const tokens = tokenize(doc.text)
 * for (const entity of predictEntities(doc.text, tokens, 'fr', doc.spans.sentences))
 *   console.log(entity.label, doc.text.slice(tokens[entity.first]!.start, tokens[entity.last]!.end))
 */
export function predictEntities(
  text: string,
  tokens: readonly Token[],
  lang: string,
  sentences?: readonly { readonly start: number; readonly end: number }[],
): NerEntity[] {
  const tagger = loadNerModel(primaryLanguage(lang))
  if (!tagger) return []
  return tagDocument(tagger, text, tokens, sentences).filter((entity): entity is NerEntity =>
    ENTITY_LABELS.has(entity.label),
  )
}

/** True when a learned tagger ships for the language, so callers can fall back to rules otherwise. */
export function hasNerModel(lang: string): boolean {
  return loadNerModel(primaryLanguage(lang)) !== null
}

function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? ''
}
