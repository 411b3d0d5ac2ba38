import type { Entity, EntityRole } from '../../contracts/annotations.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { makeSpan, spanAt } from '../../doc/span.ts'
import { sentenceAround } from '../../learn/semeval2025/role-features.ts'
import { guessRole, type RoleModel, roleVector } from '../../learn/semeval2025/role-model.ts'

type RolesDoc = AnnotatedDoc<'entities' | 'sentences' | 'language'>

/** How many entities get a role, and how sure the model must be. */
export interface AssignRolesOptions {
  /** Entities with the most mentions first: the story's central ones. */
  readonly maxEntities: number
  /** Mentions read per entity (the first ones); later mentions rarely change the verdict. */
  readonly maxMentions: number
  readonly minConfidence: number
  readonly maxEvidence: number
}

// SemEval training documents annotate a median of 3 entities, and 8 or fewer in nine documents of ten. A role
// is shown when its averaged class probability reaches 0.2, ten times a uniform guess over the ~50 classes.
export const DEFAULT_ASSIGN_ROLES_OPTIONS: AssignRolesOptions = {
  maxEntities: 8,
  maxMentions: 12,
  minConfidence: 0.2,
  maxEvidence: 3,
}

// Dates and miscellaneous names (events, products) are not actors of the story.
const ACTOR_LABELS = new Set<Entity['label']>(['PER', 'ORG', 'LOC'])

/**
 * Gives the central persons, organisations and places of a document their role in its story: each mention is read
 * with the words around it, the class probabilities are averaged over the entity's mentions, and the sentences
 * that weigh most for the winning class are its evidence.
 */
export function assignRoles(
  doc: RolesDoc,
  model: RoleModel,
  options: AssignRolesOptions = DEFAULT_ASSIGN_ROLES_OPTIONS,
): EntityRole[] {
  const lang = docLang(doc)
  if (!lang || !model.languages.includes(lang.toLowerCase())) return []
  const groups = new Map<string, Entity[]>()
  for (const entity of doc.spans.entities) {
    if (!ACTOR_LABELS.has(entity.label)) continue
    const group = groups.get(entity.canonical)
    if (group) group.push(entity)
    else groups.set(entity.canonical, [entity])
  }
  const central = [...groups.values()]
    .sort((a, b) => b.length - a.length || a[0]!.start - b[0]!.start)
    .slice(0, options.maxEntities)
  const roles: EntityRole[] = []
  for (const mentions of central) {
    const role = roleOfEntity(doc, model, mentions.slice(0, options.maxMentions), lang, options)
    if (role) roles.push(role)
  }
  return roles.sort((a, b) => a.start - b.start)
}

function roleOfEntity(
  doc: RolesDoc,
  model: RoleModel,
  mentions: readonly Entity[],
  lang: string,
  options: AssignRolesOptions,
): EntityRole | null {
  const classCount = model.classes.length
  const averaged = new Float64Array(classCount)
  const perMention = mentions.map((mention) => {
    const sentence =
      spanAt(doc.spans.sentences, mention.start) ??
      sentenceAround(doc.text, mention.start, mention.end)
    const { probabilities } = guessRole(model, roleVector(model, doc.text, mention, sentence, lang))
    for (let index = 0; index < classCount; index++)
      averaged[index]! += probabilities[index]! / mentions.length
    return { sentence, probabilities }
  })
  let best = 0
  for (let index = 1; index < classCount; index++)
    if (averaged[index]! > averaged[best]!) best = index
  const confidence = averaged[best]!
  if (confidence < options.minConfidence) return null
  const evidence = [...perMention]
    .sort((a, b) => b.probabilities[best]! - a.probabilities[best]!)
    .map((item) => item.sentence)
    .filter(
      (sentence, index, all) => all.findIndex((other) => other.start === sentence.start) === index,
    )
    .slice(0, options.maxEvidence)
    .sort((a, b) => a.start - b.start)
    .map((sentence) => makeSpan(doc.text, sentence.start, sentence.end))
  const first = mentions[0]!
  const role = model.classes[best]!
  return {
    ...makeSpan(doc.text, first.start, first.end),
    canonical: first.canonical,
    main: role.main,
    fine: [...role.fine],
    confidence: Number(confidence.toFixed(3)),
    evidence,
  }
}
