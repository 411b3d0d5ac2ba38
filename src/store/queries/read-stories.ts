import type {
  LinkEdge,
  LinkRun,
  ProvenanceEdge,
  ProvenanceNode,
  StoriesQuery,
  StoriesResult,
  Story,
  StoryMember,
} from '../../contracts/link.ts'
import { documentHeading } from '../../report/document-heading.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { getDocuments } from './get-documents.ts'

/** A story as stored: runs linked before members carried their heading have none. */
type StoredStory = Omit<Story, 'members'> & {
  members: (Omit<StoryMember, 'heading'> & Partial<Pick<StoryMember, 'heading'>>)[]
}

const LATEST_RUN = `
SELECT id, to_char(linked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "linkedAt", filter,
  documents, stats
FROM link_runs ORDER BY id DESC LIMIT 1`

/**
 * The current run's stories matching a query (largest first, a page of them), every link that touches their
 * members, and the provenance graph around them; null when the store was never linked.
 */
export async function readStories(
  client: SqlQueryable,
  query: StoriesQuery,
): Promise<StoriesResult | null> {
  const [run] = await client.query<LinkRun>(LATEST_RUN)
  if (!run) return null
  const params: unknown[] = [run.id, query.minMembers]
  const bind = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  const conditions = ['s.run_id = $1', 's.member_count >= $2']
  if (query.story) conditions.push(`s.story_id = ${bind(query.story)}`)
  if (query.lang) conditions.push(`s.languages @> ARRAY[${bind(query.lang)}::text]`)
  if (query.document)
    conditions.push(`s.story_id IN (
      SELECT m.story_id FROM story_members AS m JOIN documents AS d ON d.id = m.document_id
      WHERE m.run_id = $1 AND d.doc_id = ${bind(query.document)})`)
  const limit = bind(query.limit)
  const offset = bind(query.offset)
  const rows = await client.query<{ story: StoredStory; total: number }>(
    `SELECT s.story, (count(*) OVER ())::integer AS total FROM stories AS s
     WHERE ${conditions.join(' AND ')}
     ORDER BY s.member_count DESC, s.story_id LIMIT ${limit} OFFSET ${offset}`,
    params,
  )
  const stories = await withHeadings(
    client,
    rows.map((row) => row.story),
  )
  const storyIds = stories.map((story) => story.id)
  const members = (
    await client.query<{ documentId: number }>(
      `SELECT document_id AS "documentId" FROM story_members WHERE run_id = $1 AND story_id = ANY($2::text[])`,
      [run.id, storyIds],
    )
  ).map((row) => row.documentId)
  const edges = (
    await client.query<{ edge: LinkEdge }>(
      `SELECT edge FROM document_links
       WHERE run_id = $1 AND (from_document = ANY($2::integer[]) OR to_document = ANY($2::integer[]))
       ORDER BY kind, score DESC`,
      [run.id, members],
    )
  ).map((row) => row.edge)
  return {
    run,
    query,
    total: rows[0]?.total ?? 0,
    stories,
    edges,
    provenance: await readProvenanceAround(client, run.id, members),
  }
}

// Members of a run linked before headings were kept are headed from their stored documents, decoded once.
async function withHeadings(
  client: SqlQueryable,
  stories: readonly StoredStory[],
): Promise<Story[]> {
  const unheaded = stories
    .flatMap((story) => story.members)
    .flatMap((member) =>
      member.heading === undefined && member.storeId !== undefined ? [member.storeId] : [],
    )
  const documents = new Map(
    (await getDocuments(client, unheaded)).map((stored) => [stored.storeId, stored.document]),
  )
  return stories.map((story) => ({
    ...story,
    members: story.members.map(({ heading, ...member }) => ({
      ...member,
      heading:
        heading ??
        documentHeading(
          (member.storeId === undefined ? undefined : documents.get(member.storeId)) ?? {
            id: member.id,
            title: member.title,
            text: '',
          },
        ),
    })),
  }))
}

// The member documents' provenance nodes, the credits and version links that touch them, and their other ends.
async function readProvenanceAround(
  client: SqlQueryable,
  runId: number,
  documentIds: readonly number[],
): Promise<StoriesResult['provenance']> {
  const documentNodes = await client.query<{ node: ProvenanceNode }>(
    'SELECT node FROM provenance_nodes WHERE run_id = $1 AND document_id = ANY($2::integer[]) ORDER BY node_id',
    [runId, documentIds],
  )
  const nodeIds = documentNodes.map((row) => row.node.id)
  const edges = (
    await client.query<{ edge: ProvenanceEdge }>(
      `SELECT edge FROM provenance_edges
       WHERE run_id = $1 AND (from_node = ANY($2::text[]) OR to_node = ANY($2::text[]))`,
      [runId, nodeIds],
    )
  ).map((row) => row.edge)
  const known = new Set(nodeIds)
  const others = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].filter(
    (id) => !known.has(id),
  )
  const otherNodes = await client.query<{ node: ProvenanceNode }>(
    'SELECT node FROM provenance_nodes WHERE run_id = $1 AND node_id = ANY($2::text[]) ORDER BY node_id',
    [runId, others],
  )
  return { nodes: [...documentNodes, ...otherNodes].map((row) => row.node), edges }
}
