import { rmSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'
import { writeSemeval2025Fixture } from '../../../test/support/semeval2025-fixture.ts'
import type { EntityRole } from '../../contracts/annotations.ts'
import { EntityRoleSchema } from '../../contracts/annotations.ts'
import type { AnnotatedDoc } from '../../doc/doc.ts'
import { readTrainingMentions } from '../../learn/semeval2025/read-training-data.ts'
import { loadRoleModel } from '../../learn/semeval2025/role-model-file.ts'
import { DEFAULT_ROLE_TRAINING, trainRoleModel } from '../../learn/semeval2025/train-role-model.ts'
import { assignRoles, DEFAULT_ASSIGN_ROLES_OPTIONS } from './assign-roles.ts'

const fixture = writeSemeval2025Fixture(['EN'], 6)
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }))

function checkEvidence(text: string, roles: readonly EntityRole[]): void {
  for (const role of roles) {
    expect(EntityRoleSchema.parse(role)).toEqual(role)
    expect(text.slice(role.start, role.end)).toBe(role.text)
    for (const span of role.evidence) expect(text.slice(span.start, span.end)).toBe(span.text)
  }
}

describe('roles', () => {
  test('a tiny model casts the aggressor as antagonist and the threatened as innocent, with evidence', () => {
    const model = trainRoleModel(readTrainingMentions(fixture.train), {
      ...DEFAULT_ROLE_TRAINING,
      features: { ...DEFAULT_ROLE_TRAINING.features, dims: 2 ** 12 },
      minClassCount: 1,
    })
    const text =
      'The alliance pushed east again and provoked the war. Nordland is the aggressor.\n\nHumanity faces extinction as the heat rises.'
    const doc = {
      id: 'd',
      title: null,
      text,
      source: { input: 'd', format: 'text' },
      issues: [],
      spans: {
        language: { code: 'en', confidence: 1, alternatives: [], method: 'model' },
        sentences: [
          { start: 0, end: 52, text: text.slice(0, 52) },
          { start: 53, end: 79, text: text.slice(53, 79) },
          { start: 81, end: text.length, text: text.slice(81) },
        ],
        entities: [
          {
            start: 53,
            end: 61,
            text: 'Nordland',
            label: 'LOC',
            canonical: 'Nordland',
            confidence: 1,
            method: 'rule',
          },
          {
            start: 81,
            end: 89,
            text: 'Humanity',
            label: 'ORG',
            canonical: 'Humanity',
            confidence: 1,
            method: 'rule',
          },
        ],
      },
    } as unknown as AnnotatedDoc<'entities' | 'sentences' | 'language'>
    const roles = assignRoles(doc, model, { ...DEFAULT_ASSIGN_ROLES_OPTIONS, minConfidence: 0 })
    expect(roles.map((role) => [role.canonical, role.main, role.fine])).toEqual([
      ['Nordland', 'Antagonist', ['Instigator']],
      ['Humanity', 'Innocent', ['Victim']],
    ])
    expect(roles[0]!.evidence.map((span) => span.text)).toEqual(['Nordland is the aggressor.'])
    checkEvidence(text, roles)
  })

  test('the shipped model gives roles in English and none in a language it was not trained on', () => {
    const english = analyzeText(
      'Russian troops shelled the city of Kharkiv again on Tuesday. President Volodymyr Zelensky thanked the soldiers who defend Ukraine and called on the West to send more air defence. Residents of Kharkiv spent the night in shelters.',
    )
    expect(english.roles).toBeDefined()
    checkEvidence(english.text, english.roles ?? [])
    const doc = {
      ...english,
      spans: {
        language: english.language,
        sentences: english.sentences,
        entities: english.entities,
      },
    } as unknown as AnnotatedDoc<'entities' | 'sentences' | 'language'>
    const all = assignRoles(doc, loadRoleModel(), {
      ...DEFAULT_ASSIGN_ROLES_OPTIONS,
      minConfidence: 0,
    })
    expect(all.map((role) => role.canonical)).toEqual(
      expect.arrayContaining(['Volodymyr Zelensky', 'Ukraine']),
    )
    checkEvidence(english.text, all)
    const french = analyzeText(
      "Le président Volodymyr Zelensky a remercié mardi les soldats qui défendent l'Ukraine et appelé l'Occident à livrer davantage de défense aérienne.",
    )
    expect(french.roles).toEqual([])
  })
})
