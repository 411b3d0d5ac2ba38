import {
  DeleteResponseSchema,
  DocumentListParamsSchema,
  DocumentListResponseSchema,
  DocumentResponseSchema,
  StoreIdParamsSchema,
} from '../../contracts/api.ts'
import { documentClaims } from '../../export/document-claims.ts'
import { defineRoute } from '../define-route.ts'
import { ApiError } from '../errors.ts'
import { toDocumentFilter } from '../to-document-filter.ts'

/** GET /api/documents/{storeId}: one stored document with all its annotations. */
export const getDocumentRoute = defineRoute({
  method: 'get',
  path: '/api/documents/{storeId}',
  operationId: 'getDocument',
  summary: 'Read one analysed document by its store id',
  tag: 'documents',
  access: 'read',
  params: StoreIdParamsSchema,
  response: DocumentResponseSchema,
  responseName: 'DocumentResponse',
  async handle({ params }, { services }) {
    const [stored] = await services.store.getDocuments([params.storeId])
    if (stored === undefined)
      throw new ApiError(404, 'not_found', `no document with store id ${params.storeId}`)
    return { ...stored, claims: documentClaims(stored.document) }
  },
})

/** GET /api/documents: a page of documents matching a filter, newest first (by rank with a query). */
export const listDocumentsRoute = defineRoute({
  method: 'get',
  path: '/api/documents',
  operationId: 'listDocuments',
  summary: 'List stored documents, newest first, filtered',
  tag: 'documents',
  access: 'read',
  query: DocumentListParamsSchema,
  response: DocumentListResponseSchema,
  responseName: 'DocumentList',
  async handle({ query }, { services }) {
    const { limit, offset, ...filter } = query
    const result = await services.store.search({ ...toDocumentFilter(filter), limit, offset })
    return {
      total: result.total,
      items: result.hits.map(({ rank: _rank, snippet: _snippet, ...summary }) => summary),
    }
  },
})

/** DELETE /api/documents/{storeId}: removes a stored document. */
export const deleteDocumentRoute = defineRoute({
  method: 'delete',
  path: '/api/documents/{storeId}',
  operationId: 'deleteDocument',
  summary: 'Delete one stored document',
  tag: 'documents',
  access: 'write',
  params: StoreIdParamsSchema,
  response: DeleteResponseSchema,
  responseName: 'DeleteResponse',
  async handle({ params }, { services }) {
    const deleted = await services.store.deleteDocuments([params.storeId])
    if (deleted === 0)
      throw new ApiError(404, 'not_found', `no document with store id ${params.storeId}`)
    return { deleted }
  },
})
