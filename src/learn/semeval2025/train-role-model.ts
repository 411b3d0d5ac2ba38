import { trainLinearModel } from '../train-linear-model.ts'
import type { RoleMention } from './read-semeval2025.ts'
import type { RoleFeatureOptions } from './role-features.ts'
import { sentenceAround } from './role-features.ts'
import { type RoleClass, type RoleModel, roleVector } from './role-model.ts'
import { mainRoleOf } from './role-taxonomy.ts'

/** A training mention with the text and language of its document. */
export interface LabelledMention {
  readonly mention: RoleMention
  readonly text: string
  readonly lang: string
}

/** How to train the role model. */
export interface RoleTrainingOptions {
  readonly features: RoleFeatureOptions
  readonly epochs: number
  readonly learningRate: number
  readonly l2: number
  readonly seed: number
  /** A set of fine roles seen fewer times than this is folded into its first role alone. */
  readonly minClassCount: number
}

// Ten words each side hold most of what the author says of an entity in news prose; 2^15 buckets suffice for
// about 3 000 short contexts. Sets of roles seen fewer than 3 times cannot be learned and are folded.
export const DEFAULT_ROLE_TRAINING: RoleTrainingOptions = {
  features: { dims: 2 ** 15, window: 10, stemLength: 5 },
  epochs: 10,
  learningRate: 0.2,
  l2: 1e-4,
  seed: 2025,
  minClassCount: 3,
}

/** The class key of a set of fine roles. */
export function roleKey(fine: readonly string[]): string {
  return [...fine].sort().join('+')
}

/**
 * Trains a softmax over the sets of fine roles that occur (the exact-match ratio rewards the whole set), on all
 * languages together; unlabelled mentions and roles outside the taxonomy are skipped.
 */
export function trainRoleModel(
  mentions: readonly LabelledMention[],
  options: RoleTrainingOptions = DEFAULT_ROLE_TRAINING,
): RoleModel {
  const labelled = mentions.filter((item) => (item.mention.fine?.length ?? 0) > 0)
  const frequency = new Map<string, number>()
  for (const item of labelled) {
    const key = roleKey(item.mention.fine!)
    frequency.set(key, (frequency.get(key) ?? 0) + 1)
  }
  const classOf = (fine: readonly string[]): string => {
    const key = roleKey(fine)
    return (frequency.get(key) ?? 0) >= options.minClassCount ? key : [...fine].sort()[0]!
  }
  const keys = [...new Set(labelled.map((item) => classOf(item.mention.fine!)))]
    .filter((key) => key.split('+').every((fine) => mainRoleOf(fine) !== null))
    .sort()
  const classes: RoleClass[] = keys.map((key) => {
    const fine = key.split('+')
    return { main: mainRoleOf(fine[0]!)!, fine }
  })
  const usable = labelled.filter((item) => keys.includes(classOf(item.mention.fine!)))
  const shape = { features: options.features }
  const vectors = usable.map(({ mention, text, lang }) =>
    roleVector(shape, text, mention, sentenceAround(text, mention.start, mention.end), lang),
  )
  const targets = new Uint8Array(usable.length * classes.length)
  usable.forEach((item, row) => {
    targets[row * classes.length + keys.indexOf(classOf(item.mention.fine!))] = 1
  })
  const classifier = trainLinearModel(
    { vectors, targets, labelCount: classes.length, dims: options.features.dims },
    {
      loss: 'softmax',
      epochs: options.epochs,
      learningRate: options.learningRate,
      l2: options.l2,
      classWeight: 'none',
      seed: options.seed,
    },
  )
  const languages = [...new Set(usable.map((item) => item.lang.toLowerCase()))].sort()
  return { classes, features: options.features, classifier, languages }
}

/** The most frequent set of fine roles among labelled mentions: the majority baseline's answer for every mention. */
export function majorityRole(mentions: readonly RoleMention[]): RoleClass | null {
  const frequency = new Map<string, number>()
  for (const mention of mentions) {
    if (!mention.fine || mention.fine.length === 0) continue
    const key = roleKey(mention.fine)
    frequency.set(key, (frequency.get(key) ?? 0) + 1)
  }
  const best = [...frequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]
  if (!best) return null
  const fine = best[0].split('+')
  const main = mainRoleOf(fine[0]!)
  return main ? { main, fine } : null
}
