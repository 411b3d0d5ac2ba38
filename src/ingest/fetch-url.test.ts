import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { Agent, request } from 'undici'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  type LoopbackServer,
  startLoopbackServer,
} from '../../test/fixtures/ingest/start-loopback-server.ts'
import { type FetchOptions, fetchUrl } from './fetch-url.ts'
import { guardedLookup } from './guard-host.ts'
import { InputError } from './input-error.ts'

const FIXTURES = new URL('../../test/fixtures/ingest/', import.meta.url)
const ARTICLE_PAGE = readFileSync(new URL('article-page.html', FIXTURES))
const RSS_FEED = readFileSync(new URL('feed-rss2.xml', FIXTURES))

// Only loopback servers are used, so the happy paths must allow private addresses.
const LOOPBACK: FetchOptions = {
  maxBytes: 1024 * 1024,
  allowPrivateNetwork: true,
  fetchTimeoutMs: 5000,
  maxRedirects: 5,
}

let server: LoopbackServer

beforeAll(async () => {
  server = await startLoopbackServer({
    '/article.html': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_PAGE)
    },
    '/feed': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS_FEED)
    },
    '/untyped.rss': (_request, response) => response.end(RSS_FEED),
    '/meta-charset': (_request, response) => {
      const html = Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
        Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]),
        Buffer.from('</p></body></html>'),
      ])
      response.writeHead(200, { 'content-type': 'text/html' }).end(html)
    },
    '/header-charset': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' })
        .end(Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]))
    },
    '/gzip': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' })
        .end(gzipSync('compressed text'))
    },
    '/redirect': (_request, response) => {
      response.writeHead(302, { location: '/article.html' }).end()
    },
    '/loop-a': (_request, response) => response.writeHead(301, { location: '/loop-b' }).end(),
    '/loop-b': (_request, response) => response.writeHead(301, { location: '/loop-a' }).end(),
    '/chain': (request, response) => {
      const step = Number(new URL(request.url ?? '', 'http://x').searchParams.get('step') ?? 0)
      response.writeHead(307, { location: `/chain?step=${step + 1}` }).end()
    },
    '/to-file': (_request, response) =>
      response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/never': () => {
      // Never answers: the client must give up on its own.
    },
    '/stalled-body': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.write('the beginning of a body that never ends')
    },
    '/big-streamed': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      const chunk = Buffer.alloc(64 * 1024, 0x61)
      let sent = 0
      const sendMore = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length
          if (!response.write(chunk)) {
            response.once('drain', sendMore)
            return
          }
        }
        response.end()
      }
      response.on('error', () => {
        // The client hangs up once it has seen enough; that is the point of the test.
      })
      sendMore()
    },
    '/big-declared': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': 200 * 1024 * 1024 })
      response.write('a')
    },
    '/missing': (_request, response) =>
      response.writeHead(404, { 'content-type': 'text/plain' }).end(),
    '/image.png': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    },
    '/binary': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]))
    },
    '/bad-utf8': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        .end(Buffer.from([0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9]))
    },
  })
})

afterAll(async () => {
  await server.close()
})

async function fetchError(url: string, options: FetchOptions = LOOPBACK): Promise<InputError> {
  try {
    await fetchUrl(url, options)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`expected fetching ${url} to fail`)
}

describe('fetchUrl', () => {
  test('fetches an HTML page; the content type decides the format', async () => {
    const page = await fetchUrl(`${server.origin}/article.html`, LOOPBACK)
    expect(page.format).toBe('html')
    expect(page.url).toBe(`${server.origin}/article.html`)
    expect(page.text).toContain('Tidal barrier vote delayed')
  })

  test('a feed by content type, and by URL extension when the type is missing', async () => {
    expect((await fetchUrl(`${server.origin}/feed`, LOOPBACK)).format).toBe('feed')
    expect((await fetchUrl(`${server.origin}/untyped.rss`, LOOPBACK)).format).toBe('feed')
  })

  test('charset from <meta charset> and from the Content-Type header', async () => {
    expect((await fetchUrl(`${server.origin}/meta-charset`, LOOPBACK)).text).toContain('café “ok”')
    const plain = await fetchUrl(`${server.origin}/header-charset`, LOOPBACK)
    expect(plain).toMatchObject({ format: 'text', text: 'München' })
  })

  test('a gzip-encoded body is decompressed', async () => {
    expect((await fetchUrl(`${server.origin}/gzip`, LOOPBACK)).text).toBe('compressed text')
  })

  test('follows a redirect and reports the final URL', async () => {
    const page = await fetchUrl(`${server.origin}/redirect`, LOOPBACK)
    expect(page.url).toBe(`${server.origin}/article.html`)
  })

  test('a redirect loop is stopped', async () => {
    const error = await fetchError(`${server.origin}/loop-a`)
    expect(error.code).toBe('redirect_loop')
    expect(error.message).toBe(`redirect loop: redirected back to ${server.origin}/loop-a`)
  })

  test('redirects are capped at maxRedirects', async () => {
    const error = await fetchError(`${server.origin}/chain`, { ...LOOPBACK, maxRedirects: 3 })
    expect(error.code).toBe('too_many_redirects')
    expect(error.message).toBe(
      `more than 3 redirects (the next was to ${server.origin}/chain?step=4)`,
    )
  })

  test('a redirect to a non-http scheme is refused', async () => {
    const error = await fetchError(`${server.origin}/to-file`)
    expect(error).toMatchObject({
      code: 'refused',
      message: 'refused: redirect to file: URL file:///etc/passwd',
    })
  })

  test('a server that never answers times out', async () => {
    const started = performance.now()
    const error = await fetchError(`${server.origin}/never`, { ...LOOPBACK, fetchTimeoutMs: 300 })
    expect(error).toMatchObject({ code: 'timeout', message: 'timed out after 300 ms' })
    expect(performance.now() - started).toBeLessThan(3000)
  })

  test('a body that stalls halfway times out', async () => {
    const error = await fetchError(`${server.origin}/stalled-body`, {
      ...LOOPBACK,
      fetchTimeoutMs: 300,
    })
    expect(error).toMatchObject({ code: 'timeout', message: 'timed out after 300 ms' })
  })

  test('an oversized body is refused while streaming', async () => {
    const error = await fetchError(`${server.origin}/big-streamed`)
    expect(error.code).toBe('too_large')
    expect(error.message).toBe(
      'too large: more than the limit; the limit is 1048576 bytes (1.0 MiB), see --max-bytes',
    )
  })

  test('an oversized Content-Length is refused before reading', async () => {
    const error = await fetchError(`${server.origin}/big-declared`)
    expect(error.code).toBe('too_large')
    expect(error.message).toMatch(/^too large: 209715200 bytes \(200\.0 MiB\)/)
  })

  test.each([
    ['/missing', 'http_error', /^HTTP 404 from /],
    [
      '/image.png',
      'unsupported_format',
      /^unsupported content type image\/png, not a text format$/,
    ],
    ['/binary', 'binary', /^binary data, not text$/],
    ['/bad-utf8', 'invalid_utf8', /^invalid UTF-8 at byte 6 \(line 2\)$/],
  ])('%s fails with %s', async (path, code, message) => {
    const error = await fetchError(`${server.origin}${path}`)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
  })

  test.each([
    ['ftp://files.example/a.txt', 'unsupported URL scheme ftp:, only http and https'],
    ['http://', 'not a valid URL'],
  ])('%s is not a fetchable URL', async (url, message) => {
    expect(await fetchError(url)).toMatchObject({ code: 'invalid_url', message })
  })

  test('refuses a loopback address unless private networks are allowed', async () => {
    const error = await fetchError('http://127.0.0.1:8080/x', {
      ...LOOPBACK,
      allowPrivateNetwork: false,
    })
    expect(error.code).toBe('refused')
    expect(error.message).toBe(
      'refused: 127.0.0.1 is a loopback address (pass --allow-private-network to allow)',
    )
  })

  test.each([
    ['http://[::1]/', 'refused: ::1 is a loopback address'],
    ['http://0x7f.1/', 'refused: 127.0.0.1 is a loopback address'],
    [
      'http://169.254.169.254/latest/meta-data/',
      'refused: 169.254.169.254 is a link-local address',
    ],
    [
      'http://[::ffff:10.0.0.1]/',
      'refused: ::ffff:a00:1 is an IPv4-mapped form of a private address',
    ],
    ['http://0.0.0.0:8080/', 'refused: 0.0.0.0 is an unspecified ("this network") address'],
  ])('refuses %s', async (url, message) => {
    const error = await fetchError(url, { ...LOOPBACK, allowPrivateNetwork: false })
    expect(error.message).toBe(`${message} (pass --allow-private-network to allow)`)
  })

  test('refuses a host name that resolves to loopback', async () => {
    const port = new URL(server.origin).port
    const error = await fetchError(`http://localhost:${port}/article.html`, {
      ...LOOPBACK,
      allowPrivateNetwork: false,
    })
    expect(error.code).toBe('refused')
    expect(error.message).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address \(pass --allow-private-network to allow\)$/,
    )
  })

  test('the connection itself re-checks addresses, so DNS rebinding after the first check fails', async () => {
    // Skips fetchUrl's first check: this is what a name that re-resolves to 127.0.0.1 would meet.
    const port = new URL(server.origin).port
    const agent = new Agent({ connect: { lookup: guardedLookup } })
    try {
      const attempt = request(`http://localhost:${port}/article.html`, { dispatcher: agent })
      await expect(attempt).rejects.toMatchObject({
        code: 'refused',
        message: expect.stringMatching(/^refused: localhost resolves to/),
      })
    } finally {
      await agent.destroy()
    }
  })
})
