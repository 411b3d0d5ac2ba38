import { describe, expect, test } from 'vitest'
import { runCli } from '../support/run-cli.ts'

describe('narrascope: bad usage is explained in one line, exit code 2', () => {
  test('an unknown option names the verb, the option and where the help is, without a stack trace', async () => {
    const result = await runCli(['analyze', 'article.txt', '--json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("narrascope analyze: Unknown option '--json'")
    expect(result.stderr).toContain('narrascope analyze --help')
    expect(result.stderr).not.toMatch(/\n\s+at /u)
  })

  test('an option without its value is named', async () => {
    const result = await runCli(['search', '--limit'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("narrascope search: Option '--limit <value>' argument missing")
  })

  test('train and eval are verbs of the CLI', async () => {
    const train = await runCli(['train', '--help'])
    expect(train.code).toBe(0)
    expect(train.stdout).toContain('techniques')
    expect(train.stdout).toMatch(/^ {2}ner\s/mu)
    const evaluation = await runCli(['eval', '--help'])
    expect(evaluation.code).toBe(0)
    expect(evaluation.stdout).toContain('semeval2023')
    expect(evaluation.stdout).toMatch(/^ {2}ner\s/mu)
  })
})
