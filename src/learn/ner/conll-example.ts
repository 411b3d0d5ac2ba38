import { makeToken, type Token, tokenize } from '../../doc/tokenize.ts'
import type { ConllSentence } from './read-conll.ts'
import { rebuildText } from './rebuild-text.ts'
import type { ScoredEntity } from './score-entities.ts'
import { tagsToSpans } from './tags-to-spans.ts'

/** How a CoNLL sentence is cut into tokens: the file's own tokens, or our tokenizer on the rebuilt text. */
export type TokenView = 'conll' | 'tokenizer'

/** A sentence as the tagger sees it: running text, tokens into it, their BIO tags and the gold entities. */
export interface TaggedSentence {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly tags: readonly string[]
  /** Gold entities as character spans of `text`, for exact-match scoring in either view. */
  readonly entities: readonly ScoredEntity[]
}

// A CoNLL token the tagger sees as a word: it has a letter or digit, like the tokens of our tokenizer; the
// English possessive "'s" is punctuation to our tokenizer, so it is too here.
const WORD_LIKE = /[\p{L}\p{N}]/u
const POSSESSIVE = /^['’]s$/iu

/** True for CoNLL tokens that the tagger sees as words; the others fall in the gaps between words. */
export function isWordToken(token: string): boolean {
  return WORD_LIKE.test(token) && !POSSESSIVE.test(token)
}

/** Rebuilds a CoNLL sentence's text and cuts it into tagger tokens in the given view, with projected tags. */
export function conllExample(sentence: ConllSentence, view: TokenView): TaggedSentence {
  const { text, offsets } = rebuildText(sentence.tokens)
  const entities = tagsToSpans(sentence.tags).map(({ first, last, label }) => ({
    start: offsets[first]!.start,
    end: offsets[last]!.end,
    label,
  }))
  const tokens =
    view === 'tokenizer'
      ? tokenize(text)
      : sentence.tokens.flatMap((token, index) =>
          isWordToken(token) ? [makeToken(offsets[index]!.start, token)] : [],
        )
  return { text, tokens, tags: projectTags(tokens, entities), entities }
}

/** BIO tags for tokens from character-span entities: a token belongs to the entity in which it starts. */
export function projectTags(tokens: readonly Token[], entities: readonly ScoredEntity[]): string[] {
  const tags = tokens.map(() => 'O')
  for (const entity of entities) {
    let isFirst = true
    tokens.forEach((token, index) => {
      if (token.start < entity.start || token.start >= entity.end) return
      tags[index] = `${isFirst ? 'B' : 'I'}-${entity.label}`
      isFirst = false
    })
  }
  return tags
}
