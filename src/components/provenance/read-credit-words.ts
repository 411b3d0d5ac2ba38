import type { CreditWords } from '../../lang/language-data.ts'

/** Who a credit's words name: a person, an outlet, or both ("Sylvie Marchand pour L'Éveil des Peuples"). */
export interface CreditNames {
  readonly person: string | null
  readonly outlet: string | null
  /** The outlet the translated text came from ("Traduction de CaitlinJohnstone.com par Aube Digitale"). */
  readonly original?: string | null
}

// An outlet's name is a few words; a longer payload is a sentence about it.
const MAX_OUTLET_WORDS = 6
const QUOTES = /^[«"“„‹'\s]+|[»"”“›'\s]+$/gu
const EDGE_PUNCTUATION = /^[\s:.,;–—-]+|[\s:.,;–—-]+$/gu

/** True when `text` starts with the lower-case word or phrase `word`, as whole words. */
function startsWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false
  const next = text[word.length]
  return next === undefined || /[\s:,.]/u.test(next) || /['’]$/u.test(word)
}

/** Drops leading lower-case words of `words` (as written: an outlet's own "De" stays), as long as any match. */
export function dropLeadingWords(text: string, words: readonly string[]): string {
  let rest = text.replace(EDGE_PUNCTUATION, '')
  for (;;) {
    const word = words.find((candidate) => startsWithWord(rest, candidate))
    if (!word) return rest
    rest = rest.slice(word.length).replace(EDGE_PUNCTUATION, '')
  }
}

/**
 * The rest of `text` after a leading "from the German", "de l'anglais", "aus dem Russischen", "с немецкого", or
 * null when it does not open with one: the language a text was translated from is not a name.
 */
export function afterSourceLanguage(text: string, words: CreditWords): string | null {
  const rest = text.replace(EDGE_PUNCTUATION, '')
  for (const lead of ['', ...words.fromLanguage]) {
    if (lead && !startsWithWord(rest, lead)) continue
    const after = rest.slice(lead.length).replace(/^\s+/u, '')
    const name = words.languageNames.find((candidate) =>
      startsWithWord(after.toLowerCase(), candidate),
    )
    if (name) return after.slice(name.length).replace(EDGE_PUNCTUATION, '')
  }
  return null
}

/** `text` without a leading source language ("from the German"), trimmed. */
export function dropSourceLanguage(text: string, words: CreditWords): string {
  return afterSourceLanguage(text, words) ?? text.replace(EDGE_PUNCTUATION, '')
}

/** An outlet named with its staff ("Redaktion Friedensblick", "the Counterpoint editorial team"): the outlet. */
function outletOfTeam(
  text: string,
  words: CreditWords,
): { readonly isTeam: boolean; readonly outlet: string | null } {
  const lower = text.toLowerCase()
  for (const team of words.editorialTeam) {
    if (startsWithWord(lower, team)) {
      const rest = text.slice(team.length).replace(EDGE_PUNCTUATION, '').replace(QUOTES, '')
      return { isTeam: true, outlet: rest || null }
    }
    if (lower.endsWith(` ${team}`)) {
      const rest = dropLeadingWords(text.slice(0, -team.length), ['the', 'la', 'le', 'die', 'der'])
      return { isTeam: true, outlet: rest.replace(QUOTES, '') || null }
    }
  }
  return { isTeam: false, outlet: null }
}

/**
 * Reads who a translation credit names, after its cue: "de l'anglais par Sylvie Marchand pour L'Éveil des
 * Peuples" → Sylvie Marchand for L'Éveil des Peuples; "Redaktion Friedensblick" → the outlet Friedensblick;
 * "Réseau International" → an outlet unless `isPerson` says it is a person.
 */
export function readTranslationNames(
  payload: string,
  words: CreditWords,
  isPerson: (text: string) => boolean,
): CreditNames {
  const text = dropLeadingWords(dropSourceLanguage(payload, words), words.byPerson)
  // "para Rebelión Global por Andrés Molina": the outlet first, then the person.
  const forFirst = words.forOutlet.find((word) => startsWithWord(text, word))
  if (forFirst) {
    const rest = text.slice(forFirst.length)
    const byAt = firstWordAt(rest, words.byPerson)
    const outlet = outletName(byAt ? rest.slice(0, byAt.at) : rest, words)
    const person = byAt ? rest.slice(byAt.at + byAt.word.length).replace(EDGE_PUNCTUATION, '') : ''
    return { person: person || null, outlet }
  }
  // "de CaitlinJohnstone.com par Aube Digitale": the original, then who translated it.
  const byAt = firstWordAt(text, words.byPerson)
  if (byAt && words.fromLanguage.some((word) => startsWithWord(text, word))) {
    const translator = readTranslationNames(text.slice(byAt.at + byAt.word.length), words, isPerson)
    const original = outletName(dropLeadingWords(text.slice(0, byAt.at), words.fromLanguage), words)
    return { ...translator, original }
  }
  const forAt = firstWordAt(text, words.forOutlet)
  const who = (forAt ? text.slice(0, forAt.at) : text).replace(EDGE_PUNCTUATION, '')
  const forOutlet = forAt ? (outletName(text.slice(forAt.at + forAt.word.length), words) ?? '') : ''
  const team = outletOfTeam(who, words)
  if (team.isTeam) return { person: null, outlet: forOutlet || team.outlet }
  if (!who) return { person: null, outlet: forOutlet || null }
  if (forOutlet) return { person: who, outlet: forOutlet }
  return isPerson(who)
    ? { person: who, outlet: null }
    : { person: null, outlet: outletName(who, words) }
}

// An outlet's name as written, without the quotes and the lower-case article of running text.
function outletName(text: string, words: CreditWords): string | null {
  const name = dropLeadingWords(text, words.articles).replace(QUOTES, '')
  return /\p{L}/u.test(name) ? name : null
}

/** Reads the outlet a credit names after its cue: "in French in Regards du Sud" → Regards du Sud. */
export function readOutletName(payload: string, words: CreditWords): string | null {
  const leading = [...words.inOutlet, ...words.byPerson]
  const text = dropLeadingWords(
    dropSourceLanguage(dropLeadingWords(payload, leading), words),
    leading,
  )
  const team = outletOfTeam(text, words)
  if (team.isTeam) return team.outlet
  // "la tribune de Ramiro Echeverría sur Le Grand Soir Libre": the name after the last "sur".
  const last = lastCapitalisedAfter(text, words.inOutlet)
  const name = outletName(last ?? text, words)
  return name && name.split(/\s+/u).length <= MAX_OUTLET_WORDS ? name : null
}

function lastCapitalisedAfter(text: string, words: readonly string[]): string | null {
  let best: { at: number; rest: string } | null = null
  for (const word of words) {
    const at = text.lastIndexOf(` ${word} `)
    if (at === -1 || (best && at < best.at)) continue
    const rest = text.slice(at + word.length + 2)
    // A capitalised name or a site's domain ("sur parismatch.com").
    if (/^\p{Lu}/u.test(rest) || /^[\p{L}\d-]+\.[a-z]{2,}$/u.test(rest)) best = { at, rest }
  }
  return best?.rest ?? null
}

/** The first of `words` that stands as a whole lower-case word inside `text` (not at its start). */
function firstWordAt(
  text: string,
  words: readonly string[],
): { readonly at: number; readonly word: string } | null {
  let best: { at: number; word: string } | null = null
  for (const word of words) {
    const at = text.indexOf(` ${word} `)
    if (at !== -1 && (!best || at < best.at)) best = { at: at + 1, word }
  }
  return best
}
