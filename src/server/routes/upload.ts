import { createHash } from 'node:crypto'
import {
  IngestResponseSchema,
  type UploadRequest,
  UploadRequestSchema,
} from '../../contracts/api.ts'
import { articleResult, failureResult, type InputResult } from '../../ingest/input-result.ts'
import { recordToArticle } from '../../ingest/record-to-article.ts'
import { defineRoute } from '../define-route.ts'
import { ApiError } from '../errors.ts'
import { readUploadedFile } from '../ingest/read-uploaded-file.ts'
import { storeArticles } from '../ingest/store-articles.ts'

// A form field may hold several files; any field name is accepted, "files" is the documented one.
const MAX_FILES = 1000

/** POST /api/upload: stores articles sent as JSON records or as files in a multipart form. */
export const uploadRoute = defineRoute({
  method: 'post',
  path: '/api/upload',
  operationId: 'upload',
  summary:
    'Upload articles (JSON records, or files: text, Markdown, HTML, JSON/JSONL, RSS/Atom) and store them',
  description:
    'Each article is analysed and stored in one batch; an input that fails is listed in errors and the others are stored.',
  tag: 'ingest',
  access: 'write',
  body: UploadRequestSchema,
  multipart: true,
  takesUploads: true,
  status: 201,
  response: IngestResponseSchema,
  responseName: 'IngestResponse',
  async handle({ body }, { services, c }) {
    const { results, names } = body === undefined ? await readForm(c.req.raw) : fromRecords(body)
    const digest = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16)
    return storeArticles(services.store, services.analysisPool(), results, [
      `upload:${digest}`,
      ...names.slice(0, 20),
    ])
  },
})

function fromRecords(body: UploadRequest): { results: InputResult[]; names: string[] } {
  const results = body.records.map((record, index) => {
    const input = `upload:records[${index}]`
    try {
      return articleResult(recordToArticle(record, input))
    } catch (error) {
      return failureResult(input, error)
    }
  })
  return { results, names: results.map((result) => (result.ok ? result.article.id : result.input)) }
}

async function readForm(request: Request): Promise<{ results: InputResult[]; names: string[] }> {
  let form: FormData
  try {
    form = await request.formData()
  } catch (error) {
    throw new ApiError(400, 'bad_request', `the multipart body cannot be read: ${String(error)}`)
  }
  const files = [...form.values()].filter((value): value is File => value instanceof File)
  if (files.length === 0)
    throw new ApiError(400, 'bad_request', 'the form has no file (send them in the "files" field)')
  if (files.length > MAX_FILES)
    throw new ApiError(400, 'bad_request', `at most ${MAX_FILES} files per upload`)
  const results: InputResult[] = []
  for (const file of files)
    results.push(...readUploadedFile(file.name, new Uint8Array(await file.arrayBuffer())))
  return { results, names: files.map((file) => file.name) }
}
