import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { writeSemeval2025Fixture } from '../../../../test/support/semeval2025-fixture.ts'
import { CliError } from '../../cli-error.ts'
import { evalSemeval2025Command } from './semeval2025.ts'

const fixture = writeSemeval2025Fixture(['EN', 'BG'], 4)
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }))

async function run(argv: string[]): Promise<Record<string, unknown>> {
  let printed = ''
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed += String(chunk)
    return true
  })
  try {
    expect(await evalSemeval2025Command(argv)).toBe(0)
  } finally {
    write.mockRestore()
  }
  return JSON.parse(printed)
}

describe('narrascope eval semeval2025', () => {
  test.each([
    ['the evaluation layout', () => fixture.dev],
    ['the training layout', () => fixture.train],
  ])('subtask 2 on %s: samples-F1 of the shipped model beside the baseline', async (_, data) => {
    const report = await run([
      '--subtask',
      '2',
      '--lang',
      'EN',
      '--data',
      data(),
      '--train',
      fixture.train,
    ])
    expect(report).toMatchObject({ task: 'semeval2025', subtask: 2, lang: 'EN', documents: 12 })
    for (const model of ['shipped', 'baseline'])
      expect(report[model]).toMatchObject({
        documents: 12,
        narratives: { f1: expect.any(Number), std: expect.any(Number) },
        subNarratives: { f1: expect.any(Number), std: expect.any(Number) },
      })
    // The tiny baseline was trained on these very labels: it must find most of them.
    expect((report.baseline as { narratives: { f1: number } }).narratives.f1).toBeGreaterThan(0.5)
  })

  test('subtask 1 reads the listed mentions and scores them beside the majority role', async () => {
    const report = await run([
      '--subtask',
      '1',
      '--lang',
      'BG',
      '--data',
      fixture.dev,
      '--train',
      fixture.train,
    ])
    expect(report).toMatchObject({ subtask: 1, mentions: 8 })
    expect(report.shipped).toMatchObject({ mentions: 8, exactMatchRatio: expect.any(Number) })
    expect(report.baseline).toMatchObject({
      exactMatchRatio: 0.5,
      answer: { fine: expect.any(Array) },
    })
  })

  test('training-layout data that the models were trained on is flagged', async () => {
    const report = await run([
      '--subtask',
      '1',
      '--lang',
      'EN',
      '--data',
      fixture.train,
      '--train',
      fixture.train,
      '--model',
      'baseline',
    ])
    expect(report.warnings).toEqual([expect.stringContaining('training data')])
    expect(report.shipped).toBeUndefined()
  })

  test('bad usage names the problem', async () => {
    await expect(evalSemeval2025Command(['--subtask', '3'])).rejects.toThrow(CliError)
    await expect(
      evalSemeval2025Command([
        '--subtask',
        '2',
        '--lang',
        'EN',
        '--data',
        join(fixture.root, 'nowhere'),
      ]),
    ).rejects.toThrow(/no such folder/)
  })
})
