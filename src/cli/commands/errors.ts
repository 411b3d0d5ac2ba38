import { parseArgs } from 'node:util'
import { openStore, storeLocation } from '../../store/open-store.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'

const HELP = `Usage: narrascope errors [options]

Lists the inputs and documents that could not be stored, with the reason: unreadable files, malformed records,
analysis or write failures. An input's errors are cleared once it is stored.

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB)
  --batch N                 only the errors of batch N
  --limit N                 at most N errors (default 1000)
  --json                    one JSON object per line (the IngestError contract)
  -h, --help                this help`

/** `narrascope errors`: what failed to be stored, and why. */
export const errorsCommand = {
  summary: 'list inputs that failed to be stored, with the reason',
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        batch: { type: 'string' },
        limit: { type: 'string', default: '1000' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const limit = wholeNumber(values.limit, '--limit', 1)
    const batchId = values.batch === undefined ? undefined : wholeNumber(values.batch, '--batch', 1)
    const store = await openOrExplain(storeLocation(values.db))
    try {
      const errors = await store.listErrors({ limit, ...(batchId ? { batchId } : {}) })
      for (const error of errors) {
        process.stdout.write(
          values.json
            ? `${JSON.stringify(error)}\n`
            : `${error.at}  batch #${error.batchId ?? '-'}  ${error.stage}  ${error.input}: ${error.code}: ${error.message}\n`,
        )
      }
      if (!values.json) process.stderr.write(`narrascope: ${errors.length} errors\n`)
      return 0
    } finally {
      await store.close()
    }
  },
}

async function openOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location, { mustExist: true })
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}

function wholeNumber(value: string, flag: string, minimum: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum)
    throw new CliError(`${flag} must be a whole number ≥ ${minimum}, not "${value}"`)
  return number
}
