import { rmSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { writeSemeval2025Fixture } from '../../../test/support/semeval2025-fixture.ts'
import { predictRole } from './predict-semeval2025.ts'
import { readTrainingMentions } from './read-training-data.ts'
import { packRoleModel, unpackRoleModel } from './role-model-file.ts'
import { DEFAULT_ROLE_TRAINING, majorityRole, trainRoleModel } from './train-role-model.ts'

const fixture = writeSemeval2025Fixture(['EN'], 6)
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }))
const OPTIONS = {
  ...DEFAULT_ROLE_TRAINING,
  features: { ...DEFAULT_ROLE_TRAINING.features, dims: 2 ** 12 },
  minClassCount: 1,
}

describe('trainRoleModel', () => {
  const mentions = readTrainingMentions(fixture.train)
  const model = unpackRoleModel(
    JSON.parse(JSON.stringify(packRoleModel(trainRoleModel(mentions, OPTIONS)))),
  )

  test('tells an aggressor from a victim by the words around the mention', () => {
    const held = readTrainingMentions(fixture.dev)
    for (const { mention, text, lang } of held)
      expect(predictRole(model, text, mention, lang)).toEqual({
        main: mention.main,
        fine: mention.fine,
      })
  })

  test('the majority baseline answers the most frequent set of roles', () => {
    const nordland = mentions.filter((item) => item.mention.text === 'Nordland')
    expect(majorityRole([...nordland, ...mentions].map((item) => item.mention))).toEqual({
      main: 'Antagonist',
      fine: ['Instigator'],
    })
  })
})
