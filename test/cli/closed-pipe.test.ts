import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/narrascope.js', import.meta.url))
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))

test('a reader that closes the pipe after the first line ends the output quietly', {
  timeout: 120_000,
}, async () => {
  const child = spawn(process.execPath, [BIN, 'analyze', EXAMPLES, '--format', 'json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  let firstLine = ''
  child.stdout.on('data', (chunk: Buffer) => {
    firstLine += chunk.toString('utf8')
    // As `head -n 1` does: read up to the first line, then close our end.
    if (firstLine.includes('\n')) child.stdout.destroy()
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  expect(JSON.parse(firstLine.slice(0, firstLine.indexOf('\n'))).id).toBeTypeOf('string')
  expect(stderr).not.toContain('EPIPE')
  expect(code).toBe(0)
})
