import { IngestRequestSchema, IngestResponseSchema } from '../../contracts/api.ts'
import { ingestInputs } from '../../store/ingest/ingest-inputs.ts'
import type { IngestErrorInput } from '../../store/store.ts'
import { defineRoute } from '../define-route.ts'
import { checkIngestInput } from '../ingest/check-ingest-input.ts'

/** POST /api/ingest: reads URLs (pages, feeds) or allowed server paths, analyses and stores them. */
export const ingestRoute = defineRoute({
  method: 'post',
  path: '/api/ingest',
  operationId: 'ingest',
  summary:
    'Ingest inputs: http(s) URLs of pages or feeds, or paths under the folders the server allows',
  description:
    'Runs as one batch, like `narrascope ingest`: articles already stored by this pipeline version are skipped, a failing input is listed in errors and the rest is stored. The answer comes when the batch is done.',
  tag: 'ingest',
  access: 'write',
  body: IngestRequestSchema,
  status: 201,
  response: IngestResponseSchema,
  responseName: 'IngestResponse',
  async handle({ body }, { services }) {
    for (const input of body.inputs) await checkIngestInput(input, services.options.ingestRoots)
    const errors: IngestErrorInput[] = []
    const summary = await ingestInputs(services.store, body.inputs, {
      pool: services.analysisPool(),
      readOptions: services.readOptions,
      onCommit: (event) => errors.push(...event.failed),
    })
    return {
      batch: summary.batch,
      stored: summary.stored,
      skipped: summary.skipped,
      failed: summary.failed,
      errors: errors.map(({ input, stage, code, message }) => ({ input, stage, code, message })),
    }
  },
})
