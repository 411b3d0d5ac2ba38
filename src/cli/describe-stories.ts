import type { LinkEdge, Story } from '../contracts/link.ts'
import { formatHeading } from './format-heading.ts'

/**
 * Stories as a short time-ordered report (one line per version, headed by the original's title or first
 * sentence) and a count of links by kind.
 */
export function describeStories(stories: readonly Story[], edges: readonly LinkEdge[]): string[] {
  const lines: string[] = []
  for (const story of stories) {
    const original = story.members.find((member) => member.id === story.original)
    const name = original ? formatHeading(original.heading) : story.original
    lines.push('', `Story: ${name} (${story.languages.join(', ')})`)
    for (const member of story.members) {
      const from = member.derivedFrom ? ` of ${member.derivedFrom.id}` : ''
      const by = member.translator ? `, translated by ${member.translator}` : ''
      lines.push(
        `  ${member.published ?? '????-??-??'}  ${member.relation.padEnd(13)} ${member.lang ?? '??'}  ${member.outlet ?? 'unknown outlet'}  ${member.id}${from}${by}`,
      )
    }
  }
  const counts = new Map<string, number>()
  for (const edge of edges) counts.set(edge.kind, (counts.get(edge.kind) ?? 0) + 1)
  lines.push('', `Links: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')}`)
  return lines
}
