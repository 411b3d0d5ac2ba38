import { de } from './de/genre-cues.ts'
import { en } from './en/genre-cues.ts'
import { fr } from './fr/genre-cues.ts'
import { it } from './it/genre-cues.ts'
import { pl } from './pl/genre-cues.ts'
import { ru } from './ru/genre-cues.ts'

/**
 * Words that tell how an article speaks, for the genre model: an opinion piece says "I", "we" and "you"; a
 * report attributes what it tells ("said", "according to"). Families are shared by every language.
 */
export const GENRE_CUE_GROUPS = ['firstSingular', 'firstPlural', 'second', 'attribution'] as const

/** A family of genre cues. */
export type GenreCueGroup = (typeof GENRE_CUE_GROUPS)[number]

/**
 * A language's genre cue words per family: single lowercase words (an apostrophe splits words, so French "j'ai"
 * is "j" and "ai"); a final `*` matches any word that starts with what precedes it.
 */
export type GenreCues = Readonly<Record<GenreCueGroup, readonly string[]>>

/** Genre cue lists of every language that has one, written for Narrascope. */
export const GENRE_CUES: Readonly<Record<string, GenreCues>> = { de, en, fr, it, pl, ru }

/** The genre cues of a language, or null when there are none. */
export function genreCues(code: string | null | undefined): GenreCues | null {
  if (!code) return null
  return GENRE_CUES[code.toLowerCase().split('-')[0] ?? ''] ?? null
}
