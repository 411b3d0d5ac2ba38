import { describe, expect, test } from 'vitest'
import { formatFromMediaType, formatFromPath, sniffFormat } from './detect-format.ts'

describe('detect-format', () => {
  test.each([
    ['notes/a.txt', 'text'],
    ['a.TEXT', 'text'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['page.HTM', 'html'],
    ['page.html', 'html'],
    ['records.json', 'json'],
    ['records.jsonl', 'jsonl'],
    ['records.ndjson', 'jsonl'],
    ['feed.xml', 'feed'],
    ['feed.rss', 'feed'],
    ['feed.atom', 'feed'],
    ['photo.jpg', undefined],
    ['README', undefined],
  ])('formatFromPath(%j) is %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format)
  })

  test.each([
    ['text/html', 'html'],
    ['application/xhtml+xml', 'html'],
    ['application/rss+xml', 'feed'],
    ['application/atom+xml', 'feed'],
    ['text/xml', 'feed'],
    ['application/json', 'json'],
    ['application/x-ndjson', 'jsonl'],
    ['text/markdown', 'markdown'],
    ['text/csv', 'text'],
    ['text/plain', undefined],
    ['application/octet-stream', undefined],
    ['', undefined],
  ])('formatFromMediaType(%j) is %s', (mediaType, format) => {
    expect(formatFromMediaType(mediaType)).toBe(format)
  })

  test.each(['image/png', 'application/pdf', 'video/mp4'])('%s is refused as not text', (type) => {
    expect(() => formatFromMediaType(type)).toThrow(
      `unsupported content type ${type}, not a text format`,
    )
  })

  test.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'feed'],
    ['<!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<rdf:RDF xmlns:rdf="x">', 'feed'],
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['  <p>fragment</p>', 'html'],
    ['{"text": "a"}', 'json'],
    ['[{"text": "a"}]', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['---\ntitle: x\n---\nBody', 'markdown'],
    ['# Heading\n\nBody', 'markdown'],
    ['#hashtag news', 'text'],
    ['Plain words.', 'text'],
  ])('sniffFormat(%j) is %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format)
  })
})
