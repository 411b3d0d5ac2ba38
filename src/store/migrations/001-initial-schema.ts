import { SEARCH_CONFIGS } from '../search-config.ts'
import type { Migration } from './migration.ts'

// Each configuration is PostgreSQL's own plus `unaccent` before the stemmer, for the token types that can
// carry accents: "élections" and "elections" index to the same lexeme, and ts_headline still highlights the
// accented word in the original text.
const searchConfigs = SEARCH_CONFIGS.map((base) => {
  const stemmer = base === 'simple' ? 'simple' : `${base}_stem`
  return `CREATE TEXT SEARCH CONFIGURATION narrascope_${base} (COPY = pg_catalog.${base});
ALTER TEXT SEARCH CONFIGURATION narrascope_${base}
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stemmer};`
}).join('\n')

/** Documents with their full-text index and facet columns, batches, ingestion errors, entity spellings. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  sql: `
CREATE EXTENSION IF NOT EXISTS unaccent;
${searchConfigs}

CREATE TABLE batches (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  inputs jsonb NOT NULL,
  status text NOT NULL DEFAULT 'running',
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  stored integer NOT NULL DEFAULT 0,
  skipped integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0
);
CREATE INDEX batches_open ON batches (kind, status);

CREATE TABLE documents (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_key text NOT NULL UNIQUE,
  doc_id text NOT NULL,
  url text,
  text_hash text NOT NULL,
  article_hash text NOT NULL,
  input text NOT NULL,
  title text,
  lang text,
  outlet text,
  published date,
  pipeline_version text NOT NULL,
  analysed_at timestamptz NOT NULL DEFAULT now(),
  batch_id integer REFERENCES batches (id) ON DELETE SET NULL,
  entities text[] NOT NULL DEFAULT '{}',
  techniques text[] NOT NULL DEFAULT '{}',
  narratives text[] NOT NULL DEFAULT '{}',
  search_config text NOT NULL,
  search_vector tsvector NOT NULL,
  document bytea NOT NULL
);
-- The document is compressed before it arrives: do not try again.
ALTER TABLE documents ALTER COLUMN document SET STORAGE EXTERNAL;
CREATE INDEX documents_search ON documents USING gin (search_vector);
CREATE INDEX documents_entities ON documents USING gin (entities);
CREATE INDEX documents_techniques ON documents USING gin (techniques);
CREATE INDEX documents_narratives ON documents USING gin (narratives);
CREATE INDEX documents_text_hash ON documents (text_hash);
CREATE INDEX documents_article_hash ON documents (article_hash);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE entity_names (
  name text NOT NULL,
  canonical text NOT NULL,
  PRIMARY KEY (name, canonical)
);

CREATE TABLE ingest_errors (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id integer REFERENCES batches (id) ON DELETE SET NULL,
  input text NOT NULL,
  stage text NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ingest_errors_input ON ingest_errors (input);
`,
}
