import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AnalyzedDocumentSchema } from '../../src/contracts/document.ts'
import { runCli } from '../support/run-cli.ts'

const GOOD_TEXT =
  'Le ministre de l’Intérieur, Paul Durand, a déclaré : « Nous avons rétabli l’ordre dans toute la capitale. »\n\nLes manifestants restent mobilisés selon plusieurs témoins.'

describe('narrascope analyze: bad input is named, the rest of the batch is analysed', () => {
  let dir: string
  let server: Server
  let slowUrl: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'narrascope-bad-'))
    writeFileSync(join(dir, 'good.txt'), GOOD_TEXT)
    writeFileSync(
      join(dir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0]),
    )
    writeFileSync(
      join(dir, 'invalid-utf8.txt'),
      Buffer.concat([Buffer.from('Texte valide puis '), Buffer.from([0xc3, 0x28, 0xff])]),
    )
    writeFileSync(join(dir, 'huge.txt'), '')
    truncateSync(join(dir, 'huge.txt'), 200 * 1024 * 1024)
    writeFileSync(
      join(dir, 'records.jsonl'),
      `${JSON.stringify({ id: 'r1', text: GOOD_TEXT, lang: 'fr' })}\n{"id": "r2", "text": \n${JSON.stringify({ id: 'r3', title: 'no text' })}\n${JSON.stringify({ id: 'r4', text: 'The minister said that the curfew would be lifted on Monday in every district.' })}\n`,
    )
    server = createServer(() => {
      // Never answers: the client's timeout must fire.
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    slowUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  test('files: unreadable, binary, invalid UTF-8 and oversized inputs each fail with their name and reason', async () => {
    const result = await runCli([
      'analyze',
      join(dir, 'good.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'binary.txt'),
      join(dir, 'invalid-utf8.txt'),
      join(dir, 'huge.txt'),
    ])
    expect(result.code).toBe(1)
    const documents = result.stdout
      .trim()
      .split('\n')
      .map((line) => AnalyzedDocumentSchema.parse(JSON.parse(line)))
    expect(documents).toHaveLength(1)
    expect(documents[0]?.quotes?.[0]?.speaker?.text).toBe('Paul Durand')
    expect(result.stderr).toMatch(/missing\.txt: .*(no such file|not found|does not exist)/iu)
    expect(result.stderr).toMatch(/binary\.txt: .*binary/iu)
    expect(result.stderr).toMatch(/invalid-utf8\.txt: .*UTF-8/iu)
    expect(result.stderr).toMatch(/huge\.txt: .*(too large|exceeds|larger)/iu)
  })

  test('JSONL: a malformed line and an invalid record are named by line; the other lines are analysed', async () => {
    const result = await runCli(['analyze', join(dir, 'records.jsonl')])
    expect(result.code).toBe(1)
    const ids = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id)
    expect(ids).toEqual(['r1', 'r4'])
    expect(result.stderr).toMatch(/records\.jsonl:2/u)
    expect(result.stderr).toMatch(/records\.jsonl:3/u)
  })

  test('URLs: loopback is refused by default, and a server that never answers times out', async () => {
    const refused = await runCli(['analyze', slowUrl])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/127\.0\.0\.1.*(loopback|private|refused)/iu)
    const timedOut = await runCli([
      'analyze',
      '--allow-private-network',
      '--timeout-ms',
      '500',
      slowUrl,
      join(dir, 'good.txt'),
    ])
    expect(timedOut.code).toBe(1)
    expect(timedOut.stderr).toMatch(/slow: .*timed out/iu)
    expect(timedOut.stdout.trim().split('\n')).toHaveLength(1)
  })

  test('bad usage exits with 2 and says why', async () => {
    const result = await runCli(['analyze', '--format', 'pdf', join(dir, 'good.txt')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--format must be one of json, md, html/u)
  })
})
