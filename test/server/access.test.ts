import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ApiErrorSchema } from '../../src/contracts/api.ts'
import {
  AUTH,
  createTestApp,
  json,
  SETUP_TIMEOUT_MS,
  TEST_TOKEN,
  type TestApp,
} from './support/test-app.ts'

describe('a loopback-only server (the default)', () => {
  let api: TestApp
  beforeAll(async () => {
    api = await createTestApp({ seed: false })
  }, SETUP_TIMEOUT_MS)
  afterAll(async () => {
    await api.close()
  })

  test.each(['127.0.0.1', '127.3.4.5', '::1', '::ffff:127.0.0.1'])(
    'answers reads from %s',
    async (remote) => {
      expect((await api.request('/api/stats', {}, remote)).status).toBe(200)
    },
  )

  test.each(['192.168.1.20', '10.0.0.3', '2001:db8::1', '::ffff:192.168.1.20'])(
    'refuses reads from %s with 403 and the error shape',
    async (remote) => {
      const response = await api.request('/api/stats', {}, remote)
      expect(response.status).toBe(403)
      const body = ApiErrorSchema.parse(await json(response))
      expect(body.error.code).toBe('forbidden')
      expect(body.error.message).toContain('--public')
    },
  )

  test('answers reads off loopback to a client with the token', async () => {
    expect((await api.request('/api/stats', { headers: AUTH }, '192.168.1.20')).status).toBe(200)
  })

  test('refuses a request without a socket (no real connection) unless it has the token', async () => {
    expect((await api.app.request('/api/stats')).status).toBe(403)
    expect((await api.app.request('/api/stats', { headers: AUTH })).status).toBe(200)
  })

  test('refuses a read whose Host header names another site (DNS rebinding)', async () => {
    const response = await api.request('/api/stats', { headers: { host: 'attacker.example' } })
    expect(response.status).toBe(403)
    expect(ApiErrorSchema.parse(await json(response)).error.message).toContain('Host')
  })

  test.each([
    ['a wrong token', { authorization: 'Bearer not-the-token-at-all' }, 403, 'forbidden'],
    ['a malformed header', { authorization: `Basic ${TEST_TOKEN}` }, 401, 'unauthorized'],
  ])('a read with %s is refused', async (_what, headers, status, code) => {
    const response = await api.request('/api/stats', { headers })
    expect(response.status).toBe(status)
    expect(ApiErrorSchema.parse(await json(response)).error.code).toBe(code)
  })
})

describe('a public server', () => {
  let api: TestApp
  beforeAll(async () => {
    api = await createTestApp({ seed: false, isPublic: true })
  }, SETUP_TIMEOUT_MS)
  afterAll(async () => {
    await api.close()
  })

  test('answers reads from any address and any Host', async () => {
    const response = await api.request(
      '/api/stats',
      { headers: { host: 'narrascope.example.org' } },
      '203.0.113.9',
    )
    expect(response.status).toBe(200)
  })
})
