import type { Token } from '../../doc/tokenize.ts'
import type { CompiledTagger } from './compiled-tagger.ts'
import { findTaggedEntities, type TaggedEntity } from './find-tagged-entities.ts'
import { splitSequences } from './split-sequences.ts'
import { tagTokens } from './tag-tokens.ts'

/**
 * Tags a whole document sentence by sentence and returns its entities as indices into `tokens`; sentences
 * come from the given spans, else from sentence-final punctuation between tokens.
 */
export function tagDocument(
  tagger: CompiledTagger,
  text: string,
  tokens: readonly Token[],
  sentences?: readonly { readonly start: number; readonly end: number }[],
): TaggedEntity[] {
  const entities: TaggedEntity[] = []
  for (const { first, end, limit } of splitSequences(text, tokens, sentences)) {
    const tagged = tagTokens(tagger, text, tokens, first, end, limit)
    for (const entity of findTaggedEntities(tagged, tagger.tags))
      entities.push({ ...entity, first: first + entity.first, last: first + entity.last })
  }
  return entities
}
