import { expect, test } from 'vitest'
import { rebuildText } from './rebuild-text.ts'

test.each([
  [
    'fr',
    ['Les', 'troupes', 'de', "l'", 'OTAN', ',', 'à', 'Paris', '.'],
    "Les troupes de l'OTAN, à Paris.",
  ],
  ['fr', ['le', 'chef', '(', 'né', 'en', '1950', ')', 'a', 'dit'], 'le chef (né en 1950) a dit'],
  [
    'en',
    ['Obama', "'s", 'visit', 'to', '"', 'Camp', 'David', '"', 'ended'],
    'Obama\'s visit to "Camp David" ended',
  ],
  ['en', ['It', 'did', "n't", 'rain', '!'], "It didn't rain!"],
])('%s: %j', (_, tokens, text) => {
  const rebuilt = rebuildText(tokens)
  expect(rebuilt.text).toBe(text)
  expect(rebuilt.offsets.map((offset) => rebuilt.text.slice(offset.start, offset.end))).toEqual(
    tokens,
  )
})
