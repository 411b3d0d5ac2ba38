import type { LinkEdge } from '../contracts/link.ts'
import { normalizeUrl } from './find-anchors.ts'
import type { Fingerprint } from './fingerprint-document.ts'
import type { LinkableDocument } from './linkable-document.ts'
import { wordShingles } from './word-shingles.ts'

// A quotation shorter than this many words is a phrase anyone may use ("the export of chaos").
const MIN_QUOTE_WORDS = 10
// Sampled shingles of the quotation found in the other text: two are about eight shared five-word sequences.
const MIN_SHARED_QUOTE_SHINGLES = 2
// Most of the quotation must be the other's own words: a report that quotes a fragment of the same statement
// shares a few shingles across its quotation marks.
const MIN_QUOTE_SHARE = 0.6
const WORD = /[\p{L}\p{N}]+/gu
// Text between opening and closing quotation marks of any of our languages, at least a few words long.
const QUOTED_SPAN = /[«“„"‚‹]\s*([^«»“”„"]{20,}?)\s*[»”“"‘›]/gu

/**
 * Links where one document quotes another: it links to the other's URL, or it quotes words that the other
 * writes as its own (not words both quote from a third party). Same-language only for quoted words.
 * Edges point from the quoted document to the one quoting it.
 */
export function findQuoteLinks(
  docs: readonly LinkableDocument[],
  fingerprints: readonly Fingerprint[],
  isSameStory: (a: string, b: string) => boolean,
): LinkEdge[] {
  const edges = new Map<string, LinkEdge>()
  const add = (quoted: number, quoting: number, edge: Omit<LinkEdge, 'from' | 'to' | 'kind'>) => {
    const [from, to] = [docs[quoted]!.id, docs[quoting]!.id]
    if (quoted === quoting || isSameStory(from, to) || edges.has(`${from}>${to}`)) return
    edges.set(`${from}>${to}`, { from, to, kind: 'quotes', ...edge })
  }
  const byUrl = new Map<string, number>()
  docs.forEach((doc, index) => {
    if (doc.source.url) byUrl.set(normalizeUrl(doc.source.url), index)
  })
  fingerprints.forEach((fingerprint, quoting) => {
    for (const anchor of fingerprint.anchors) {
      if (anchor.kind !== 'url') continue
      const quoted = byUrl.get(anchor.key.slice(1))
      if (quoted === undefined) continue
      add(quoted, quoting, {
        score: 1,
        evidence: {
          method: 'quote',
          summary: `links to ${anchor.text}`,
          measures: {},
          shared: [anchor.text],
        },
      })
    }
  })
  const quoteShingles = docs.map((doc) =>
    (doc.quotes ?? [])
      .filter(
        (quote) =>
          quote.kind === 'direct' && (quote.text.match(WORD)?.length ?? 0) >= MIN_QUOTE_WORDS,
      )
      .map((quote) => ({ text: quote.text, shingles: wordShingles(quote.text) })),
  )
  // What each document itself quotes: its quote layer and anything between quotation marks (the layer may
  // split a two-sentence quotation), so that two documents quoting the same speaker do not quote each other.
  const ownQuoted = docs.map((doc) => {
    const spans = [
      ...(doc.quotes ?? []).map((quote) => quote.text),
      ...[...doc.text.matchAll(QUOTED_SPAN)].map((match) => match[1] ?? ''),
    ]
    return new Set(spans.flatMap((text) => [...wordShingles(text)]))
  })
  const wanted = new Set(ownQuoted.flatMap((set) => [...set]))
  const holders = new Map<number, number[]>()
  fingerprints.forEach((fingerprint, index) => {
    for (const shingle of fingerprint.shingles) {
      if (!wanted.has(shingle)) continue
      const list = holders.get(shingle)
      if (list) list.push(index)
      else holders.set(shingle, [index])
    }
  })
  quoteShingles.forEach((quotes, quoting) => {
    for (const quote of quotes) {
      const counts = new Map<number, number>()
      for (const shingle of quote.shingles) {
        for (const holder of holders.get(shingle) ?? []) {
          // Both quoting the same statement is not one quoting the other.
          if (holder === quoting || ownQuoted[holder]!.has(shingle)) continue
          counts.set(holder, (counts.get(holder) ?? 0) + 1)
        }
      }
      for (const [quoted, shared] of counts) {
        if (shared < Math.max(MIN_SHARED_QUOTE_SHINGLES, MIN_QUOTE_SHARE * quote.shingles.length))
          continue
        add(quoted, quoting, {
          score: Math.min(1, shared / Math.max(1, quote.shingles.length)),
          evidence: {
            method: 'quote',
            summary: 'quotes words the other document writes as its own',
            measures: { sharedSamples: shared },
            shared: [quote.text.slice(0, 160)],
          },
        })
      }
    }
  })
  return [...edges.values()]
}
