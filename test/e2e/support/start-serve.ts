import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../support/run-cli.ts'

const BIN = fileURLToPath(new URL('../../../bin/narrascope.js', import.meta.url))
// serve prints "narrascope serve: listening on http://127.0.0.1:PORT" on stdout last, once it is ready.
const LISTENING = /listening on (http:\/\/\S+?)\/?\s/u
const START_TIMEOUT_MS = 60_000
const INGEST_TIMEOUT_MS = 300_000

/** A `narrascope serve` child process over a temporary store, on a free loopback port. */
export interface RunningServe {
  readonly url: string
  readonly token: string
  readonly storeDir: string
  /** Everything serve printed on stderr, for failure messages. */
  log(): string
  stop(): Promise<void>
}

/**
 * Ingests `inputs` into a fresh embedded store in a temporary folder, then starts `narrascope serve` on it
 * (port 0: a free port) with a random write token, and resolves once it prints its address.
 */
export async function startServe(inputs: readonly string[]): Promise<RunningServe> {
  const storeDir = await mkdtemp(join(tmpdir(), 'narrascope-e2e-'))
  const store = join(storeDir, 'store')
  if (inputs.length > 0) {
    const ingest = await runCli(['ingest', ...inputs, '--db', store, '--threads', '1'], {
      timeoutMs: INGEST_TIMEOUT_MS,
    })
    if (ingest.code !== 0)
      throw new Error(`narrascope ingest failed (${ingest.code}):\n${ingest.stderr}`)
  }
  const token = randomBytes(18).toString('base64url')
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--db', store, '--port', '0', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NARRASCOPE_TOKEN: token } },
  )
  let stderr = ''
  let stdout = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`narrascope serve did not start in ${START_TIMEOUT_MS} ms:\n${stderr}`)),
      START_TIMEOUT_MS,
    )
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
      const match = LISTENING.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`narrascope serve exited (${code}) before listening:\n${stderr}`))
    })
  })
  return {
    url,
    token,
    storeDir,
    log: () => stderr,
    stop: async () => {
      await stopChild(child)
      await rm(storeDir, { recursive: true, force: true })
    },
  }
}

/** SIGTERM (serve closes its store cleanly), then SIGKILL if it lingers. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
