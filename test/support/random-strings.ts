import { seededRandom } from '../../src/learn/seeded-random.ts'

/**
 * `count` strings of 1 to `maxLength` pieces drawn from `alphabet` (characters or short strings), the same ones
 * on every run: the random inputs of the property tests that check a hand-written scanner against the regex it
 * replaced.
 * @example
 * for (const text of randomStrings(['a', '’', '\u0301'], 1000, 12)) expect(scan(text)).toEqual(byRegex(text))
 */
export function* randomStrings(
  alphabet: readonly string[],
  count: number,
  maxLength: number,
  seed = 20261203,
): Generator<string> {
  const random = seededRandom(seed)
  for (let sample = 0; sample < count; sample++) {
    let text = ''
    const length = 1 + Math.floor(random() * maxLength)
    for (let index = 0; index < length; index++)
      text += alphabet[Math.floor(random() * alphabet.length)]
    yield text
  }
}
