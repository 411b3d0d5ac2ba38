import type { AnalyzedDocument } from '../contracts/document.ts'
import type { DocumentHeading } from '../contracts/heading.ts'
import type { ExtractedArticle } from '../contracts/source.ts'
import { documentHeading } from '../report/document-heading.ts'
import { encodeDocument } from './document-codec.ts'
import { foldName } from './fold-name.ts'
import { hashJson, hashText } from './hash-text.ts'
import { normalizeUrl } from './normalize-url.ts'
import { searchConfigFor } from './search-config.ts'

// PostgreSQL text cannot hold U+0000 and JSON input rejects unpaired surrogates. Both are replaced in the
// indexed copies only; the stored document keeps the text exactly as analysed.
const NUL = /\u0000/gu
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu
const ISO_DAY_PREFIX = /^(\d{4}-\d{2}-\d{2})/u
const ISO_MONTH = /^\d{4}-\d{2}$/u

/** One analysed document ready to write: identity, filter and facet columns, and the encoded document. */
export interface DocumentRow {
  /** `url:<normalised url>`, or null when the article has no URL (the store then keys it by text hash). */
  urlKey: string | null
  url: string | null
  textHash: string
  /** Hash of the extracted article and the pipeline version: equal means re-analysis would change nothing. */
  articleHash: string
  docId: string
  input: string
  title: string | null
  /** The title, or the first sentence of an untitled document: what an upload answers with. */
  heading: DocumentHeading
  lang: string | null
  outlet: string | null
  published: string | null
  pipelineVersion: string
  searchConfig: string
  searchTitle: string
  searchText: string
  entities: string[]
  /** [folded spelling, canonical] pairs, so `--entity Tokaïev` finds the canonical "Kassym-Jomart Tokayev". */
  entityNames: [string, string][]
  techniques: string[]
  narratives: string[]
  /** The score of each of `narratives`, in the same order. */
  narrativeScores: number[]
  /** Brotli-compressed JSON of the whole document, base64. */
  document: string
}

/** The hash that tells whether an article was already stored by this pipeline version. */
export function articleHash(article: ExtractedArticle, pipelineVersion: string): string {
  const { input: _input, ...source } = article.source
  return hashJson([pipelineVersion, article.id, article.title, article.text, source])
}

/** Turns an analysed document (and the article it came from) into the row the store writes. */
export function toDocumentRow(article: ExtractedArticle, document: AnalyzedDocument): DocumentRow {
  const url = normalizeUrl(document.source.url)
  const entityNames = new Map<string, [string, string]>()
  for (const entity of document.entities ?? []) {
    for (const name of [entity.canonical, entity.text]) {
      const folded = foldName(name)
      if (folded !== '')
        entityNames.set(`${folded}\u0001${entity.canonical}`, [folded, entity.canonical])
    }
  }
  return {
    urlKey: url === null ? null : `url:${url}`,
    url,
    textHash: hashText(document.text),
    articleHash: articleHash(article, document.pipeline.version),
    docId: clean(document.id),
    input: clean(document.source.input),
    title: document.title === null ? null : clean(document.title),
    heading: documentHeading(document),
    lang: document.lang,
    outlet: outletOf(document),
    published: publishedDay(document),
    pipelineVersion: document.pipeline.version,
    searchConfig: searchConfigFor(document.lang),
    searchTitle: clean(document.title ?? ''),
    searchText: clean(document.text),
    entities: unique((document.entities ?? []).map((entity) => clean(entity.canonical))),
    entityNames: [...entityNames.values()].map(([folded, canonical]) => [
      clean(folded),
      clean(canonical),
    ]),
    techniques: unique((document.techniques ?? []).map((technique) => technique.label)),
    ...narrativeColumns(document),
    document: encodeDocument(document),
  }
}

// A narrative found twice (as itself and as an implied parent, say) keeps its highest score.
function narrativeColumns(
  document: AnalyzedDocument,
): Pick<DocumentRow, 'narratives' | 'narrativeScores'> {
  const scores = new Map<string, number>()
  for (const narrative of document.narratives ?? []) {
    const id = clean(narrative.id)
    scores.set(id, Math.max(scores.get(id) ?? 0, narrative.score))
  }
  return { narratives: [...scores.keys()], narrativeScores: [...scores.values()] }
}

function outletOf(document: AnalyzedDocument): string | null {
  const { outlet, siteName, url } = document.source
  const named = outlet ?? siteName
  if (named !== undefined && named.trim() !== '') return clean(named.trim())
  if (url === undefined) return null
  try {
    return new URL(url).hostname.replace(/^www\./u, '')
  } catch {
    // A URL that does not parse names no outlet; the document is still stored without one.
    return null
  }
}

// The container's date wins; otherwise the first dated credit in the text (author or original), when it
// gives a full day or at least a month.
function publishedDay(document: AnalyzedDocument): string | null {
  const declared = document.source.published?.match(ISO_DAY_PREFIX)?.[1]
  if (declared !== undefined && isRealDay(declared)) return declared
  for (const credit of document.provenance ?? []) {
    if (credit.date === undefined || (credit.role !== 'author' && credit.role !== 'original'))
      continue
    const day = ISO_MONTH.test(credit.date) ? `${credit.date}-01` : credit.date.slice(0, 10)
    if (isRealDay(day)) return day
  }
  return null
}

function isRealDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day)
}

function clean(value: string): string {
  return value.replace(NUL, ' ').replace(LONE_SURROGATE, '\ufffd')
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
