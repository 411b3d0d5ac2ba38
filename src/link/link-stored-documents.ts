import type { AnalyzedDocument } from '../contracts/document.ts'
import type { LinkResult, LinkRun } from '../contracts/link.ts'
import type { DocumentFilter } from '../contracts/store.ts'
import type { Store } from '../store/store.ts'
import { linkDocuments } from './link-documents.ts'
import type { LinkableDocument } from './linkable-document.ts'

/**
 * Links the stored documents (all, or those matching a filter) and keeps the result in the store as its current
 * stories, links and provenance graph; `narrascope link --db` and the API call it, `store.readStories` reads it.
 * @example
 * const { run } = await linkStoredDocuments(store, { lang: 'fr' })
 * const page = await store.readStories({ limit: 10 })
 */
export async function linkStoredDocuments(
  store: Store,
  filter: Partial<DocumentFilter> = {},
): Promise<{ run: LinkRun; result: LinkResult }> {
  const docs: LinkableDocument[] = []
  const storeIds: number[] = []
  const seen = new Set<string>()
  for await (const stored of store.exportDocuments(filter)) {
    const doc = linkableLayers(stored.document)
    // Two stored documents may carry the same record id (two feeds, two files): the linker needs unique ids.
    const id = seen.has(doc.id) ? `${doc.id}@${stored.storeId}` : doc.id
    seen.add(id)
    docs.push(id === doc.id ? doc : { ...doc, id })
    storeIds.push(stored.storeId)
  }
  const result = withStoreIds(linkDocuments(docs), docs, storeIds)
  return { run: await store.saveLinks(result, filter), result }
}

// Only the layers the linker reads: a stored document also carries techniques, narratives and quality findings,
// which would multiply the memory a large corpus needs.
function linkableLayers(document: AnalyzedDocument): LinkableDocument {
  const { id, title, lang, text, source, paragraphs, sentences, entities, quotes } = document
  const { sourcing, provenance } = document
  return {
    id,
    title,
    lang,
    text,
    source,
    ...(paragraphs ? { paragraphs } : {}),
    ...(sentences ? { sentences } : {}),
    ...(entities ? { entities } : {}),
    ...(quotes ? { quotes } : {}),
    ...(sourcing ? { sourcing } : {}),
    ...(provenance ? { provenance } : {}),
  }
}

function withStoreIds(
  result: LinkResult,
  docs: readonly LinkableDocument[],
  storeIds: readonly number[],
): LinkResult {
  const storeIdOf = new Map(docs.map((doc, index) => [doc.id, storeIds[index]!]))
  return {
    ...result,
    documents: result.documents.map((doc) => ({ ...doc, storeId: storeIdOf.get(doc.id)! })),
    stories: result.stories.map((story) => ({
      ...story,
      members: story.members.map((member) => ({ ...member, storeId: storeIdOf.get(member.id)! })),
    })),
  }
}
