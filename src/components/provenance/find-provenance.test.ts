import { expect, test } from 'vitest'
import { analyzeText } from '../../../test/support/analyze-text.ts'

const BODY =
  'Les manifestations ont gagné toute la capitale pendant la semaine, selon les témoins interrogés sur place.\n' +
  'Le gouvernement a décrété l’état d’urgence et coupé internet dans plusieurs régions du pays.\n'

test('closing credits: author, original, translator, republisher', () => {
  const doc = analyzeText(
    `${BODY}Marco Verlaine\nsource : https://northpost.example/opinion/2025/03/10/karvenia\ntraduction Réseau Veille\nSource : Lire l'article complet de Le Phare Libre`,
  )
  expect(doc.provenance?.map((item) => [item.role, item.name ?? item.outlet])).toEqual([
    ['author', 'Marco Verlaine'],
    ['original', 'northpost.example'],
    ['translation', 'Réseau Veille'],
    ['republication', 'Le Phare Libre'],
  ])
  expect(doc.provenance?.[1]?.url).toBe('https://northpost.example/opinion/2025/03/10/karvenia')
})

test('a republished thread: the handle names the author, the first line dates the original', () => {
  const doc = analyzeText(
    `Article original datant du 11/03/25\n${BODY}@LenaKorvath\nLa commentatrice Lena Korvath a tout résumé en un fil.`,
  )
  expect(doc.provenance).toMatchObject([
    { role: 'author', name: 'Lena Korvath' },
    { role: 'original', date: '2025-03-11', dateText: '11/03/25', name: 'Lena Korvath' },
  ])
})

test('English credits', () => {
  const doc = analyzeText(
    'By Nadia Ferrant\nProtesters filled the main square of the capital on Tuesday for the third day running.\nThe government blamed foreign agitators without offering any evidence.\nTranslated by Weltblick Dossier\nOriginally published on March 10, 2025 by The North Post',
    'en.txt',
  )
  expect(doc.provenance?.map((item) => [item.role, item.name ?? item.outlet, item.date])).toEqual([
    ['author', 'Nadia Ferrant', undefined],
    ['original', 'The North Post', '2025-03-10'],
    ['translation', 'Weltblick Dossier', undefined],
  ])
})
