import { expect, test } from 'vitest'
import { outletKeys } from './outlet-keys.ts'

test.each([
  ['The North Post', 'northpost.example'],
  ['Réseau Veille', 'https://reseau-veille.example/2025/03/13/article/'],
  ['Le Phare Libre', 'www.lepharelibre.example'],
])('"%s" and "%s" name the same outlet', (name, site) => {
  const shared = outletKeys(name).filter((key) => outletKeys(site).includes(key))
  expect(shared.length).toBeGreaterThan(0)
})
