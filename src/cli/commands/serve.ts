import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { isLoopbackAddress } from '../../server/check-access.ts'
import { resolveServerToken } from '../../server/server-token.ts'
import { startServer } from '../../server/start-server.ts'
import { openStore, storeLocation } from '../../store/open-store.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'

const HELP = `Usage: narrascope serve [options]

Starts the HTTP API (under /api, described at /api/openapi.json) and the web UI (at /) over a store.

Write endpoints (analyse-and-store, upload, ingest, delete) need "Authorization: Bearer <token>": the token is
$NARRASCOPE_TOKEN, or one generated at the first start, printed, and kept in the store folder (api-token).
Read endpoints answer loopback clients only, unless --public (or the bearer token is sent).

Options:
  --db PATH|URL             the store (default ./narrascope-data, or $NARRASCOPE_DB); created if missing
  --port N                  port (default 8080; 0 = any free port)
  --host ADDRESS            address to listen on (default 127.0.0.1)
  --public                  answer reads from any client (writes still need the token)
  --threads N               analysis threads for analyse/upload/ingest (default 1; 0 = the server's thread)
  --ingest-dir DIR          let ingest read files under DIR by path (repeatable; default: URLs only)
  --allow-private-network   let URL fetches reach private and loopback addresses
  -h, --help                this help`

/** `narrascope serve`: the HTTP API and the web UI over a store. */
export const serveCommand = {
  summary: 'serve the HTTP API and the web UI over a store',
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        public: { type: 'boolean', default: false },
        threads: { type: 'string', default: '1' },
        'ingest-dir': { type: 'string', multiple: true, default: [] },
        'allow-private-network': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const port = wholeNumber(values.port, '--port', 0, 65_535)
    const threads = wholeNumber(values.threads, '--threads', 0, availableParallelism() * 4)
    const location = storeLocation(values.db)
    const store = await openOrExplain(location)
    let token: Awaited<ReturnType<typeof resolveServerToken>>
    try {
      token = await resolveServerToken(location)
    } catch (error) {
      await store.close()
      throw new CliError(error instanceof Error ? error.message : String(error), 1)
    }
    const running = await startServer(
      {
        store,
        token: token.token,
        isPublic: values.public,
        analysisThreads: threads,
        ingestRoots: values['ingest-dir'],
        allowPrivateNetwork: values['allow-private-network'],
      },
      { host: values.host, port },
    ).catch(async (error: unknown) => {
      await store.close()
      throw new CliError(`cannot listen on ${values.host}:${port}: ${String(error)}`, 1)
    })
    process.stderr.write(`narrascope: serving ${store.engine} store ${store.location}\n`)
    process.stderr.write(
      `narrascope: web UI ${running.url}/  API ${running.url}/api/openapi.json\n`,
    )
    if (token.origin === 'generated')
      process.stderr.write(
        `narrascope: write token (new${token.file ? `, kept in ${token.file}` : ''}): ${token.token}\n`,
      )
    else if (token.origin === 'file')
      process.stderr.write(`narrascope: write token kept in ${token.file}\n`)
    else process.stderr.write('narrascope: write token from $NARRASCOPE_TOKEN\n')
    if (!values.public && !isLoopbackAddress(values.host) && values.host !== 'localhost')
      process.stderr.write(
        'narrascope: reads answer loopback clients only (and token holders); add --public to open them\n',
      )
    // On stdout, last, once listening: a script started with --port 0 reads the real address from it.
    process.stdout.write(`narrascope serve: listening on ${running.url}\n`)
    await waitForSignal()
    process.stderr.write('narrascope: stopping\n')
    await running.close()
    await store.close()
    return 0
  },
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}

async function openOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location)
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}

function wholeNumber(value: string, flag: string, minimum: number, maximum: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum || number > maximum)
    throw new CliError(
      `${flag} must be a whole number from ${minimum} to ${maximum}, not "${value}"`,
    )
  return number
}
