import type { Provenance } from '../contracts/annotations.ts'
import { documentDate } from './document-date.ts'
import type { LinkableDocument } from './linkable-document.ts'
import { outletKeys } from './outlet-keys.ts'
import { readMasthead } from './read-masthead.ts'

/** A credit naming where a document came from: the original, or the outlet it was republished from. */
export interface CreditedSource {
  readonly outlet: string | null
  readonly url: string | null
  readonly date: string | null
  readonly evidence: string
}

/** What a document says about itself: who published it, when, who translated it, where it came from. */
export interface DocumentFacts {
  /** The outlet that published this copy. */
  readonly outlet: string | null
  readonly outletKeys: readonly string[]
  readonly url: string | null
  readonly published: string | null
  readonly author: string | null
  readonly translator: string | null
  /** Credits naming the original ("source : https://…", "Quelle: …", "Article original datant du …"). */
  readonly originals: readonly CreditedSource[]
  /** Credits naming the outlet this copy was taken from ("Lire l'article complet de Réseau Veille"). */
  readonly upstream: readonly CreditedSource[]
  /** True when the document credits an original, a translator or an upstream outlet: it is a copy. */
  readonly isCreditedCopy: boolean
}

/** Reads a document's metadata and provenance credits into the facts the linker orders stories by. */
export function documentFacts(doc: LinkableDocument): DocumentFacts {
  const credits = doc.provenance ?? []
  const translation = credits.find((credit) => credit.role === 'translation')
  const upstream = credits
    .filter((credit) => credit.role === 'republication' || credit.role === 'via')
    .map(creditedSource)
  const originals = credits.filter((credit) => credit.role === 'original').map(creditedSource)
  const host = doc.source.url ? hostOf(doc.source.url) : null
  // A translator that names no upstream outlet published its own translation (Réseau Veille, Weltblick Dossier).
  const translatorAsPublisher = upstream.length === 0 ? (translation?.outlet ?? null) : null
  const outlet =
    doc.source.outlet ??
    doc.source.siteName ??
    readMasthead(doc, creditedNames(credits)) ??
    host ??
    translatorAsPublisher
  const keys = new Set<string>()
  for (const name of [outlet, host]) if (name) for (const key of outletKeys(name)) keys.add(key)
  return {
    outlet,
    outletKeys: [...keys],
    url: doc.source.url ?? null,
    published: documentDate(doc),
    author: doc.source.byline ?? credits.find((credit) => credit.role === 'author')?.name ?? null,
    translator: translation?.outlet ?? translation?.name ?? null,
    originals,
    upstream,
    isCreditedCopy: originals.length > 0 || upstream.length > 0 || translation !== undefined,
  }
}

// Names the credits give to others than this copy's outlet: its author, its translator, its original, where it
// was taken from (an author's own outlet is this copy's, unless the copy credits an original).
function creditedNames(credits: readonly Provenance[]): string[] {
  const isCopy = credits.some((credit) => credit.role !== 'author')
  return credits.flatMap((credit) => [
    ...(credit.name ? [credit.name] : []),
    ...(credit.outlet && (credit.role !== 'author' || isCopy) ? [credit.outlet] : []),
  ])
}

function creditedSource(credit: Provenance): CreditedSource {
  return {
    outlet: credit.outlet ?? credit.name ?? null,
    url: credit.url ?? null,
    date: credit.date ?? null,
    evidence: credit.evidence?.text ?? `${credit.role} (${credit.from})`,
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./u, '')
  } catch (error) {
    // A malformed URL in a record is the record's problem: the document simply has no host.
    if (error instanceof TypeError) return null
    throw error
  }
}
