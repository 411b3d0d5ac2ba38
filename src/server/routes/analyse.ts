import { AnalyseRequestSchema, AnalyseResponseSchema } from '../../contracts/api.ts'
import { documentClaims } from '../../export/document-claims.ts'
import { decodeDocument } from '../../store/document-codec.ts'
import { checkAccess } from '../check-access.ts'
import { defineRoute } from '../define-route.ts'
import { ApiError } from '../errors.ts'
import { inputFailureError } from '../ingest/input-failure-error.ts'
import { readAnalyseRequest } from '../ingest/read-analyse-request.ts'

/** POST /api/analyse: analyses one article (text, HTML or URL); with `store: true` also stores it. */
export const analyseRoute = defineRoute({
  method: 'post',
  path: '/api/analyse',
  operationId: 'analyse',
  summary: 'Analyse one article given as text, HTML or a URL; optionally store it',
  description:
    'Analysing is a read (open on loopback); "store": true writes and needs the bearer token. A URL is fetched with a deadline, a size limit and private addresses refused.',
  tag: 'analyse',
  access: 'read',
  body: AnalyseRequestSchema,
  response: AnalyseResponseSchema,
  responseName: 'AnalyseResponse',
  async handle({ body }, { services, c, policy }) {
    if (body.store) checkAccess(c, 'write', policy)
    const read = await readAnalyseRequest(body, services.readOptions)
    if (!read.ok) throw inputFailureError(read)
    const outcome = await services.analysisPool().analyse(read.article)
    if (!outcome.ok)
      throw new ApiError(500, 'internal_error', `the analysis failed: ${outcome.error.message}`)
    const document = decodeDocument(outcome.row.document)
    const claims = documentClaims(document)
    if (!body.store) return { storeId: null, document, claims }
    const written = await services.store.writeDocuments([outcome.row], null)
    const [stored] = written.stored
    if (stored === undefined)
      throw new ApiError(500, 'internal_error', `storing failed: ${written.failed[0]?.message}`)
    // One row needs no index refresh: the GIN pending list already answers for it, and ANALYZE of a large
    // corpus for one row would cost more than the analysis.
    return { storeId: stored.storeId, document, claims }
  },
})
