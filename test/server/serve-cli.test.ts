import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { HealthResponseSchema } from '../../src/contracts/api.ts'
import { TOKEN_FILE } from '../../src/server/server-token.ts'
import { startServer } from '../../src/server/start-server.ts'
import { openStore } from '../../src/store/open-store.ts'
import { SETUP_TIMEOUT_MS, TEST_TOKEN } from './support/test-app.ts'

const BIN = fileURLToPath(new URL('../../bin/narrascope.js', import.meta.url))
const LISTENING = /narrascope serve: listening on (http:\/\/\S+)/u

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'narrascope-serve-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('narrascope serve', () => {
  test(
    'prints the address it listens on (--port 0), generates and keeps a token, answers on loopback and stops on SIGTERM',
    async () => {
      const db = join(folder, 'store')
      const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NARRASCOPE_TOKEN: '' },
      })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8')
      })
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = ''
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8')
          const match = LISTENING.exec(stdout)
          if (match) resolve(match[1]!)
        })
        child.on('close', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
      })
      try {
        const token = (await readFile(join(db, TOKEN_FILE), 'utf8')).trim()
        expect(token.length).toBeGreaterThanOrEqual(32)
        expect(stderr).toContain(token)
        const health = await fetch(`${url}/api/health`)
        expect(HealthResponseSchema.parse(await health.json()).engine).toBe('embedded')
        const write = await fetch(`${url}/api/documents/1`, { method: 'DELETE' })
        expect(write.status).toBe(401)
        const authorised = await fetch(`${url}/api/documents/1`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${token}` },
        })
        expect(authorised.status).toBe(404)
      } finally {
        child.kill('SIGTERM')
      }
      expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0)
    },
    SETUP_TIMEOUT_MS,
  )
})

describe('startServer with a real socket', () => {
  test(
    'serves the web UI build with SPA fallback and its CSP, and says how to build it when missing',
    async () => {
      const store = await openStore(join(folder, 'ui-store'))
      const dist = join(folder, 'dist')
      const running = await startServer(
        { store, token: TEST_TOKEN, webDist: dist, analysisThreads: 0 },
        { host: '127.0.0.1', port: 0 },
      )
      try {
        const missing = await fetch(`${running.url}/`)
        expect(missing.status).toBe(503)
        expect(await missing.text()).toContain('npm run build:web')
        await mkdir(join(dist, 'assets'), { recursive: true })
        await writeFile(
          join(dist, 'index.html'),
          '<!doctype html><title>UI</title><div id="root"></div>',
        )
        await writeFile(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log("ui")')
        const index = await fetch(`${running.url}/documents/12`)
        expect(index.status).toBe(200)
        expect(await index.text()).toContain('<div id="root">')
        expect(index.headers.get('cache-control')).toBe('no-cache')
        expect(index.headers.get('content-security-policy')).toContain("script-src 'self'")
        const asset = await fetch(`${running.url}/assets/app-1a2b3c.js`)
        expect(asset.headers.get('content-type')).toContain('javascript')
        expect(asset.headers.get('cache-control')).toContain('immutable')
        const api = await fetch(`${running.url}/api/nothing-here`)
        expect(api.status).toBe(404)
        expect(api.headers.get('content-type')).toContain('application/json')
        const traversal = await fetch(`${running.url}/..%2f..%2fpackage.json`)
        expect(await traversal.text()).not.toContain('"dependencies"')
      } finally {
        await running.close()
        await store.close()
      }
    },
    SETUP_TIMEOUT_MS,
  )
})
