import { describe, expect, test } from 'vitest'
import { ClaimsResultSchema, LinkResultSchema } from '../../src/contracts/link.ts'
import { runCli } from '../support/run-cli.ts'

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname

describe('narrascope link and claims', () => {
  test('link --json prints one valid result with the demo story', async () => {
    const { code, stdout } = await runCli(['link', EXAMPLES, '--json'])
    expect(code).toBe(0)
    const result = LinkResultSchema.parse(JSON.parse(stdout))
    expect(result.stories).toHaveLength(1)
    expect(result.stories[0]!.members).toHaveLength(7)
  })

  test('link without --json prints the story in time order', async () => {
    const { code, stdout } = await runCli(['link', EXAMPLES])
    expect(code).toBe(0)
    expect(stdout).toMatch(/Story: Karvenia and the colour revolution playbook/u)
    expect(stdout).toMatch(/2025-03-10 {2}original {6}en {2}The North Post/u)
  })

  test('claims --json groups the same figures across languages', async () => {
    const { code, stdout } = await runCli(['claims', EXAMPLES, '--json', '--min-documents', '4'])
    expect(code).toBe(0)
    const { claims } = ClaimsResultSchema.parse(JSON.parse(stdout))
    expect(claims.length).toBeGreaterThan(0)
    const casualties = claims.find((claim) => claim.anchors.includes('38'))
    expect(casualties?.languages).toEqual(expect.arrayContaining(['de', 'en', 'fr', 'it']))
    expect(casualties?.occurrences.some((item) => item.sourcing.length > 0)).toBe(true)
  })

  test('no input is a usage error', async () => {
    const { code, stderr } = await runCli(['link'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/no input given/u)
  })
})
