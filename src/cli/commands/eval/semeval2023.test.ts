import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { writeSemevalLayout } from '../../../../test/support/semeval2023-layout.ts'
import { readTrainingSplits } from '../../../learn/semeval2023/read-training-splits.ts'
import { taskExamples } from '../../../learn/semeval2023/task-examples.ts'
import { trainDocuments } from '../../../learn/semeval2023/train-documents.ts'
import { CliError } from '../../cli-error.ts'
import { semeval2023Evaluation } from './semeval2023.ts'

let root = ''
let modelFile = ''
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'semeval2023-eval-'))
  writeSemevalLayout(root, 'train', 18)
  writeSemevalLayout(root, 'dev', 9, 500)
  const features = {
    wordBits: 11,
    charBits: 0,
    charOrders: [0, 0] as [number, number],
    minWordLength: 2,
    maxWordOrder: 1 as const,
    languageCopies: false,
    cues: false,
    style: false,
    blockWeights: { words: 1, chars: 0, cues: 0, style: 0 },
  }
  const training = {
    loss: 'sigmoid',
    epochs: 10,
    learningRate: 0.3,
    l2: 1e-5,
    classWeight: 'balanced',
    seed: 1,
  } as const
  const trained = trainDocuments(
    'frames',
    taskExamples(readTrainingSplits(root), 'frames'),
    {
      features,
      training,
      stack: { ...training, classWeight: 'none' },
      rule: 'label-thresholds',
      decideOn: 'second-stage',
      pruneBelow: 0,
      foldCount: 3,
      seed: 2,
    },
    'tiny',
  )
  modelFile = join(root, 'frames.json')
  writeFileSync(modelFile, JSON.stringify(trained.artefact))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function run(argv: string[]): Promise<{ code: number; output: Record<string, unknown> }> {
  let printed = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed += String(chunk)
    return true
  })
  try {
    const code = await semeval2023Evaluation.run(argv)
    return { code, output: JSON.parse(printed) as Record<string, unknown> }
  } finally {
    spy.mockRestore()
  }
}

test('scores an artefact and the baseline on the dev layout and prints the official figures', async () => {
  const { code, output } = await run([
    '--subtask',
    '2',
    '--lang',
    'fr',
    '--data',
    root,
    '--model',
    'both',
    '--model-file',
    modelFile,
  ])
  expect(code).toBe(0)
  expect(output).toMatchObject({
    benchmark: 'semeval2023',
    task: 'frames',
    lang: 'fr',
    split: 'dev',
    items: 9,
  })
  const shipped = output.shipped as {
    official: { metric: string; value: number }
    micro: { f1: number }
  }
  expect(shipped.official.metric).toBe('micro-F1')
  expect(shipped.official.value).toBe(shipped.micro.f1)
  expect(shipped.official.value).toBeGreaterThan(0.8)
  const baseline = output.baseline as {
    trainedOn: Record<string, number>
    perLabel: Record<string, unknown>
  }
  expect(baseline.trainedOn).toEqual({ en: 18, fr: 18 })
  expect(Object.keys(baseline.perLabel)).toHaveLength(14)
})

test('refuses a split without gold labels and a bad subtask', async () => {
  await expect(
    run(['--subtask', '2', '--lang', 'de', '--data', root, '--model-file', modelFile]),
  ).rejects.toThrow(CliError)
  await expect(run(['--subtask', '4', '--lang', 'fr', '--data', root])).rejects.toThrow(/--subtask/)
})
