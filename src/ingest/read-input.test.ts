import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  type LoopbackServer,
  startLoopbackServer,
} from '../../test/fixtures/ingest/start-loopback-server.ts'
import { ExtractedArticleSchema } from '../contracts/source.ts'
import { fsInputError } from './fs-input-error.ts'
import { type InputResult, type ReadOptions, readInputs } from './read-input.ts'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url))
const fixture = (name: string) => join(FIXTURES, name)
const SIZE_BOUND_MS = 2000

let directory: string
let server: LoopbackServer

async function readAll(inputs: string[], options: ReadOptions = {}): Promise<InputResult[]> {
  const results: InputResult[] = []
  for await (const result of readInputs(inputs, options)) {
    if (result.ok) ExtractedArticleSchema.parse(result.article)
    results.push(result)
  }
  return results
}

// [input, 'ok'] for articles, [input, code, message] for failures: the shape a reviewer reads.
function summarize(results: InputResult[]) {
  return results.map((result) =>
    result.ok ? [result.article.source.input, 'ok'] : [result.input, result.code, result.message],
  )
}

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(directory, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
  return path
}

const sha256Prefix = (value: string) =>
  createHash('sha256').update(value).digest('hex').slice(0, 16)

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'narrascope-ingest-'))
  server = await startLoopbackServer({
    '/story': (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<html lang="nl"><head><title>Dijk versterkt</title></head><body><article><p>De dijk bij Lemmerhoek is versterkt.</p></article></body></html>',
        )
    },
  })
})

afterAll(async () => {
  await server.close()
  await rm(directory, { recursive: true, force: true })
})

describe('readInputs: files', () => {
  test('text, with a title from its first line and a hash id', async () => {
    const path = await write('note.txt', 'Ferry fares rise\r\n\r\nFares rose by 4%.  \r\n')
    const [result] = await readAll([path])
    expect(result).toEqual({
      ok: true,
      article: {
        id: sha256Prefix('Ferry fares rise\n\nFares rose by 4%.'),
        title: 'Ferry fares rise',
        text: 'Ferry fares rise\n\nFares rose by 4%.',
        source: { input: path, format: 'text' },
      },
    })
  })

  test('the HTML fixture: only the article text, with its metadata', async () => {
    const [result] = await readAll([fixture('article-page.html')])
    expect(result?.ok).toBe(true)
    if (!result?.ok) return
    expect(result.article.text).toBe(
      (await import('node:fs')).readFileSync(fixture('article-page.expected.txt'), 'utf8'),
    )
    expect(result.article).toMatchObject({
      title: 'Tidal barrier vote delayed after survey row',
      source: {
        format: 'html',
        byline: 'Priya Okonkwo-Hale',
        siteName: 'The Harbour Ledger',
        published: '2025-04-02T08:15:00+01:00',
        declaredLang: 'en-GB',
      },
    })
  })

  test('an HTML file declaring windows-1252 is decoded as such', async () => {
    const html = Buffer.concat([
      Buffer.from(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>',
      ),
      Buffer.from([0x93, 0x4e, 0x6f, 0xeb, 0x6c, 0x94, 0x20, 0x80, 0x35]),
      Buffer.from('</p></body></html>'),
    ])
    const [result] = await readAll([await write('legacy.html', html)])
    expect(result?.ok && result.article.text).toBe('“Noël” €5')
  })

  test('Markdown with front matter', async () => {
    const path = await write(
      'column.md',
      '---\ntitle: Quiet harbour\nauthor: Ines Faro\noutlet: The Cove Review\n---\n# Quiet harbour\n\nBoats *stayed* in.',
    )
    const [result] = await readAll([path])
    expect(result).toMatchObject({
      ok: true,
      article: {
        title: 'Quiet harbour',
        text: 'Quiet harbour\n\nBoats stayed in.',
        source: { input: path, format: 'markdown', byline: 'Ines Faro', outlet: 'The Cove Review' },
      },
    })
  })

  test('RSS 2.0 and Atom fixtures: one article per item, the feed title as outlet', async () => {
    const results = await readAll([fixture('feed-rss2.xml'), fixture('feed-atom.xml')])
    expect(summarize(results)).toEqual([
      [fixture('feed-rss2.xml[0]'), 'ok'],
      [fixture('feed-rss2.xml[1]'), 'ok'],
      [fixture('feed-rss2.xml[2]'), 'empty', 'no text after extraction'],
      [fixture('feed-atom.xml[0]'), 'ok'],
      [fixture('feed-atom.xml[1]'), 'ok'],
      [fixture('feed-atom.xml[2]'), 'ok'],
    ])
    const first = results[0]
    expect(first?.ok && first.article).toEqual({
      id: sha256Prefix('https://fenwickgazette.example/news/library-reopens'),
      title: 'Library reopens after roof repairs',
      text: 'The Fenwick town library reopened on Friday after eight months of roof repairs.\n\nOpening hours are unchanged:\nMonday to Saturday, 9\u00A0am to 6\u00A0pm.',
      source: {
        input: fixture('feed-rss2.xml[0]'),
        format: 'feed',
        url: 'https://fenwickgazette.example/news/library-reopens',
        outlet: 'The Fenwick Gazette & Courier',
        published: '2025-04-12T08:30:00.000Z',
        byline: 'Idris Vantongeren',
        declaredLang: 'en-gb',
      },
    })
  })

  test('a malformed JSONL line in the middle is reported and the other lines are still read', async () => {
    const path = fixture('records.jsonl')
    const results = await readAll([path])
    expect(summarize(results)).toEqual([
      [`${path}:1`, 'ok'],
      [`${path}:2`, 'ok'],
      [
        `${path}:3`,
        'malformed_json',
        expect.stringMatching(/^malformed JSON line: Unterminated string/),
      ],
      [
        `${path}:4`,
        'invalid_record',
        'invalid record: field "text": Invalid input: expected string, received number',
      ],
      [`${path}:6`, 'ok'],
    ])
    const articles = results.flatMap((result) => (result.ok ? [result.article] : []))
    expect(articles.map((article) => article.id)).toEqual([
      'wr-1',
      sha256Prefix('https://westreach-tribune.example/a/2'),
      '5',
    ])
    expect(articles[0]).toMatchObject({
      title: 'Bridge inspection finds minor cracks',
      text: 'Engineers found hairline cracks in the east pier.\n\nThe bridge stays open.',
      source: {
        format: 'json',
        outlet: 'Westreach Tribune',
        byline: 'Jonah Pell',
        published: '2025-02-14',
        declaredLang: 'en',
      },
    })
    expect(articles[1]).toMatchObject({
      title: 'Harbour master retires',
      text: 'The harbour master retired after 31 years.',
    })
  })

  test('a JSON array: elements named by index', async () => {
    const path = await write(
      'batch.json',
      JSON.stringify([{ text: 'One.' }, { text: '' }, { html: '<p>Two.</p>' }]),
    )
    expect(summarize(await readAll([path]))).toEqual([
      [`${path}[0]`, 'ok'],
      [`${path}[1]`, 'empty', 'no text after extraction'],
      [`${path}[2]`, 'ok'],
    ])
  })

  test('a file without a known extension is typed by its content', async () => {
    const path = await write('incoming/message', '{"text": "a"}\n{"text": "b"}\n')
    expect(summarize(await readAll([path]))).toEqual([
      [`${path}:1`, 'ok'],
      [`${path}:2`, 'ok'],
    ])
  })
})

describe('readInputs: failures name the input and the reason, and never stop the rest', () => {
  test('missing, binary, invalid UTF-8, empty, malformed XML, non-feed XML, bad front matter', async () => {
    const binary = await write(
      'scan.txt',
      Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
    )
    const latin1 = await write('legacy.txt', Uint8Array.from(Buffer.from('ok\ncaf\xe9', 'latin1')))
    const empty = await write('blank.txt', ' \n\n \t\n')
    const noText = await write(
      'shell.html',
      '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>',
    )
    const brokenFeed = await write(
      'broken.rss',
      '<rss><channel><item><title>x</title></channel></rss>',
    )
    const sitemap = await write(
      'sitemap.xml',
      '<?xml version="1.0"?><urlset><url><loc>https://x.example</loc></url></urlset>',
    )
    const badYaml = await write('bad.md', '---\ntitle: [unclosed\n---\nBody')
    const missing = join(directory, 'missing.txt')
    const good = await write('good.txt', 'Still read after all those failures.')
    expect(
      summarize(
        await readAll([
          missing,
          binary,
          latin1,
          empty,
          noText,
          brokenFeed,
          sitemap,
          badYaml,
          'ftp://x.example/a',
          good,
        ]),
      ),
    ).toEqual([
      [missing, 'not_found', 'no such file or directory'],
      [binary, 'binary', 'binary data, not text'],
      [latin1, 'invalid_utf8', 'invalid UTF-8 at byte 6 (line 2)'],
      [empty, 'empty', 'no text after extraction'],
      [noText, 'empty', 'no text after extraction'],
      [
        brokenFeed,
        'malformed_xml',
        expect.stringMatching(
          /^malformed XML: Expected closing tag 'item' .*\(line 1, column \d+\)$/,
        ),
      ],
      [sitemap, 'unsupported_format', 'XML, but not an RSS or Atom feed (root element <urlset>)'],
      [
        badYaml,
        'malformed_front_matter',
        expect.stringMatching(/^front matter is not valid YAML: /),
      ],
      ['ftp://x.example/a', 'invalid_url', 'only http and https URLs are supported'],
      [good, 'ok'],
    ])
  })

  test('a 200 MB file is refused by its size without being read', async () => {
    const path = join(directory, 'huge.txt')
    await writeFile(path, '')
    await truncate(path, 200 * 1024 * 1024)
    const started = performance.now()
    const results = await readAll([path])
    expect(performance.now() - started).toBeLessThan(SIZE_BOUND_MS)
    expect(summarize(results)).toEqual([
      [
        path,
        'too_large',
        'too large: 209715200 bytes (200.0 MiB); the limit is 52428800 bytes (50.0 MiB), see --max-bytes',
      ],
    ])
  })

  test('maxBytes is configurable', async () => {
    const path = await write('medium.txt', 'x'.repeat(2000))
    expect(summarize(await readAll([path], { maxBytes: 1000 }))).toEqual([
      [
        path,
        'too_large',
        'too large: 2000 bytes (0.0 MiB); the limit is 1000 bytes (0.0 MiB), see --max-bytes',
      ],
    ])
  })

  // Root reads any file, so the permission check can only be exercised as an ordinary user.
  test.skipIf(process.getuid?.() === 0)(
    'an unreadable file is reported as permission denied',
    async () => {
      const { chmod } = await import('node:fs/promises')
      const path = await write('secret.txt', 'hidden')
      await chmod(path, 0o000)
      expect(summarize(await readAll([path]))).toEqual([
        [path, 'permission_denied', 'permission denied'],
      ])
      await chmod(path, 0o600)
    },
  )

  test('EACCES and EPERM become permission_denied', () => {
    for (const code of ['EACCES', 'EPERM']) {
      const error = Object.assign(new Error(`${code}: open 'x'`), { code })
      expect(fsInputError(error).code).toBe('permission_denied')
    }
  })

  test('invalid options are a programmer error, thrown on the first next()', async () => {
    await expect(readAll(['x'], { maxBytes: -1 })).rejects.toThrow()
  })
})

describe('readInputs: directories', () => {
  test('walked recursively in sorted order, skipping hidden files and unsupported extensions', async () => {
    const root = join(directory, 'corpus')
    await write('corpus/b.txt', 'B text.')
    await write('corpus/a.md', 'A text.')
    await write('corpus/sub/c.html', '<p>C text.</p>')
    await write('corpus/.hidden.txt', 'hidden')
    await write('corpus/.git/d.txt', 'hidden')
    await write('corpus/photo.jpg', 'not text')
    await write('corpus/Z.txt', 'Z text.')
    expect(summarize(await readAll([root]))).toEqual([
      [join(root, 'Z.txt'), 'ok'],
      [join(root, 'a.md'), 'ok'],
      [join(root, 'b.txt'), 'ok'],
      [join(root, 'sub', 'c.html'), 'ok'],
    ])
  })

  test('a directory with nothing readable is an error', async () => {
    const root = join(directory, 'images')
    await write('images/cover.jpg', 'jpeg')
    await write('images/.notes.txt', 'hidden')
    expect(summarize(await readAll([root]))).toEqual([
      [
        root,
        'empty_directory',
        expect.stringMatching(/^no readable files in the directory \(looked for \.txt .*\.atom\)$/),
      ],
    ])
  })
})

describe('readInputs: stdin and URLs', () => {
  test('"-" reads stdin and sniffs the format', async () => {
    const stdin = Readable.from([
      Buffer.from('{"id": "s1", "text": "From a pipe."}\n'),
      Buffer.from('{"id": "s2", "text": "Second."}\n'),
    ])
    expect(summarize(await readAll(['-'], { stdin }))).toEqual([
      ['<stdin>:1', 'ok'],
      ['<stdin>:2', 'ok'],
    ])
  })

  test('stdin over maxBytes is refused', async () => {
    const stdin = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)])
    expect(summarize(await readAll(['-'], { stdin, maxBytes: 1000 }))).toEqual([
      [
        '<stdin>',
        'too_large',
        'too large: more than the limit; the limit is 1000 bytes (0.0 MiB), see --max-bytes',
      ],
    ])
  })

  test('a URL on a loopback server (allowed), then the same URL refused', async () => {
    const url = `${server.origin}/story`
    const results = await readAll([url], { allowPrivateNetwork: true })
    expect(results).toEqual([
      {
        ok: true,
        article: {
          id: sha256Prefix(url),
          title: 'Dijk versterkt',
          text: 'De dijk bij Lemmerhoek is versterkt.',
          source: { input: url, format: 'html', url, declaredLang: 'nl' },
        },
      },
    ])
    expect(summarize(await readAll([url]))).toEqual([
      [
        url,
        'refused',
        'refused: 127.0.0.1 is a loopback address (pass --allow-private-network to allow)',
      ],
    ])
  })
})
