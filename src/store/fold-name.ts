const COMBINING_MARKS = /\p{M}+/gu
const WHITESPACE_RUN = /\s+/gu

/** Folds a name for lookups: no accents, lower case, single spaces ("Tokaïev " → "tokaiev"). */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim()
}
