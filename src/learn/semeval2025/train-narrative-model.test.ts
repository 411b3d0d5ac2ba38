import { rmSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import {
  FIXTURE_LABELS,
  writeSemeval2025Fixture,
} from '../../../test/support/semeval2025-fixture.ts'
import { packNarrativeModel, unpackNarrativeModel } from './narrative-model-file.ts'
import { predictNarratives } from './predict-semeval2025.ts'
import { readTrainingDocuments } from './read-training-data.ts'
import { DEFAULT_NARRATIVE_TRAINING, trainNarrativeModel } from './train-narrative-model.ts'

const fixture = writeSemeval2025Fixture(['EN', 'BG'], 6)
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }))
// A small hashed space and few passes keep the test fast; the behaviour is the shipped one.
const OPTIONS = {
  ...DEFAULT_NARRATIVE_TRAINING,
  features: { ...DEFAULT_NARRATIVE_TRAINING.features, dims: 2 ** 12 },
  epochs: 4,
  calibrationFolds: 3,
}

describe('trainNarrativeModel', () => {
  const documents = readTrainingDocuments(fixture.train)
  const model = trainNarrativeModel(documents, OPTIONS)

  test('learns narratives and sub-narratives of both levels, and "Other"', () => {
    const held = readTrainingDocuments(fixture.dev)
    const west = held.find((document) => document.id.includes('_west_'))!
    const other = held.find((document) => document.id.includes('_other_'))!
    expect(predictNarratives(model, west)).toMatchObject({
      narratives: [FIXTURE_LABELS.BLAME],
      subNarratives: [FIXTURE_LABELS.WEST],
    })
    expect(predictNarratives(model, other).narratives).toEqual(['Other'])
    expect(model.languages).toEqual(['bg', 'en'])
  })

  test('the packed file restores a model that decides the same', () => {
    const restored = unpackNarrativeModel(JSON.parse(JSON.stringify(packNarrativeModel(model))))
    for (const document of documents.slice(0, 6))
      expect(predictNarratives(restored, document).narratives).toEqual(
        predictNarratives(model, document).narratives,
      )
  })

  test('training twice gives the same bytes', () => {
    const again = trainNarrativeModel(documents, OPTIONS)
    expect(JSON.stringify(packNarrativeModel(again))).toBe(
      JSON.stringify(packNarrativeModel(model)),
    )
  })
})
