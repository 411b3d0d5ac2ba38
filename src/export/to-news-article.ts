import type { Provenance } from '../contracts/annotations.ts'
import type { AnalyzedDocument } from '../contracts/document.ts'
import { stableUuid } from './stable-uuid.ts'

type JsonLd = Record<string, unknown>

/** The `@id` of a document: its URL, else a URN from its own id. */
export function documentNode(document: AnalyzedDocument): string {
  return document.source.url ?? `urn:uuid:${stableUuid(`document:${document.id}`)}`
}

/** A short reference to the article (for a claim's appearance): its id, headline, URL, date and publisher. */
export function articleReference(document: AnalyzedDocument): JsonLd {
  const outlet = document.source.outlet ?? document.source.siteName
  return {
    '@type': 'NewsArticle',
    '@id': documentNode(document),
    ...(document.title ? { headline: document.title } : {}),
    ...(document.source.url ? { url: document.source.url } : {}),
    ...(document.source.published ? { datePublished: document.source.published } : {}),
    ...(outlet ? { publisher: organization(outlet) } : {}),
  }
}

/**
 * A schema.org NewsArticle for an analysed document, with its chain of custody from the provenance layer:
 * author, publisher, translator, the work it translates (translationOfWork) and the works it is based on
 * (isBasedOn: the original of a republication, or the outlet it came via).
 */
export function toNewsArticle(document: AnalyzedDocument): JsonLd {
  const credits = document.provenance ?? []
  const byRole = (role: Provenance['role']) => credits.filter((credit) => credit.role === role)
  const authors = byRole('author').flatMap((credit) => (credit.name ? [person(credit.name)] : []))
  if (authors.length === 0 && document.source.byline) authors.push(person(document.source.byline))
  // "Traduit par Réseau Veille" credits an organisation; "translated by Anna Weiss" a person.
  const translators = byRole('translation').flatMap((credit) => {
    if (credit.name) return [person(credit.name)]
    return credit.outlet ? [organization(credit.outlet)] : []
  })
  const originals = byRole('original').map(work)
  const isTranslation = byRole('translation').length > 0
  const basedOn = [
    ...(isTranslation ? [] : originals),
    ...byRole('republication').map(work),
    ...byRole('via').map(work),
  ]
  return {
    ...articleReference(document),
    ...(document.lang ? { inLanguage: document.lang } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(translators.length > 0 ? { translator: translators } : {}),
    ...(isTranslation && originals.length > 0 ? { translationOfWork: originals } : {}),
    ...(basedOn.length > 0 ? { isBasedOn: basedOn } : {}),
    ...mentions(document),
  }
}

function person(name: string): JsonLd {
  return { '@type': 'Person', name }
}

function organization(name: string): JsonLd {
  return { '@type': 'Organization', name }
}

// A credit names a work by URL, outlet and date, or only some of them.
function work(credit: Provenance): JsonLd {
  return {
    '@type': 'CreativeWork',
    ...(credit.url ? { '@id': credit.url, url: credit.url } : {}),
    ...(credit.name ? { author: person(credit.name) } : {}),
    ...(credit.outlet ? { publisher: organization(credit.outlet) } : {}),
    ...(credit.date ? { datePublished: credit.date } : {}),
  }
}

// Entities named in the article, once each, as schema.org things.
function mentions(document: AnalyzedDocument): JsonLd {
  const types = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Thing' } as const
  const seen = new Map<string, JsonLd>()
  for (const entity of document.entities ?? [])
    if (!seen.has(entity.canonical))
      seen.set(entity.canonical, { '@type': types[entity.label], name: entity.canonical })
  return seen.size > 0 ? { mentions: [...seen.values()] } : {}
}
