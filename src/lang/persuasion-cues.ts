import { de } from './de/persuasion-cues.ts'
import { en } from './en/persuasion-cues.ts'
import { fr } from './fr/persuasion-cues.ts'
import { it } from './it/persuasion-cues.ts'
import { pl } from './pl/persuasion-cues.ts'
import { ru } from './ru/persuasion-cues.ts'

/**
 * Families of words and phrases that often carry a persuasion technique. The names are shared by every language,
 * so a cue learned in one language counts in all of them; the technique model learns how much each matters.
 */
export const CUE_GROUPS = [
  'doubt',
  'fear',
  'authority',
  'popularity',
  'values',
  'nation',
  'causation',
  'consequence',
  'dilemma',
  'urgency',
  'closure',
  'intensifier',
  'minimiser',
  'insult',
  'comparison',
  'hypocrisy',
  'association',
  'reputation',
  'vagueness',
  'we',
  'you',
  'emotion',
] as const

/** A family of persuasion cues. */
export type CueGroup = (typeof CUE_GROUPS)[number]

/**
 * A language's cue phrases per family: lowercase words separated by spaces; a final `*` matches any word that
 * starts with what precedes it (stems, for inflected languages).
 */
export type PersuasionCues = Readonly<Record<CueGroup, readonly string[]>>

/** Cue lexicons of every language that has one, written for Narrascope. */
export const PERSUASION_CUES: Readonly<Record<string, PersuasionCues>> = { de, en, fr, it, pl, ru }

/** The cue lexicon of a language, or null when there is none. */
export function persuasionCues(code: string | null | undefined): PersuasionCues | null {
  if (!code) return null
  return PERSUASION_CUES[code.toLowerCase().split('-')[0] ?? ''] ?? null
}
