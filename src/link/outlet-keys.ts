import { foldWord } from '../doc/tokenize.ts'

// Articles that outlet names may or may not carry ("The North Post" is northpost.example; "Le Phare Libre" is
// lepharelibre.example): keys are made with and without them.
const LEADING_ARTICLE = /^(?:the|le|la|les|l'|der|die|das|il|lo|el|los|las)\s*/u
const URL_HOST = /^(?:https?:\/\/)?(?:www\.)?([^/\s?#]+)/iu

/**
 * Comparable keys for an outlet named by its title ("The North Post") or its site ("northpost.example",
 * "https://www.northpost.example/opinion/…"): folded letters and digits, with and without a leading article.
 */
export function outletKeys(name: string): string[] {
  const trimmed = name.trim()
  if (/[./]/u.test(trimmed) && !/\s/u.test(trimmed)) {
    const host = URL_HOST.exec(trimmed)?.[1] ?? trimmed
    // The registrable name without its suffix: reseau-veille.example → reseauveille.
    const labels = host.toLowerCase().split('.')
    const name = labels.length > 1 ? labels[labels.length - 2]! : labels[0]!
    return [compact(name)].filter(Boolean)
  }
  const folded = foldWord(trimmed)
  const keys = new Set([compact(folded), compact(folded.replace(LEADING_ARTICLE, ''))])
  return [...keys].filter(Boolean)
}

function compact(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '')
}
