import { type HighlightRange, highlightSegments } from '@src/report/highlight-segments.ts'
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useI18n } from '../i18n/use-i18n.ts'

/** A span of text to mark, with what to say about it when hovered or focused. All strings are plain text. */
export interface HighlightSpan extends HighlightRange {
  /** CSS classes, always from constants in the code, never from the document. */
  readonly className: string
  /** What the span is ("person", "direct quote"); absent for search-match marks, which say nothing. */
  readonly label?: string
  readonly confidence?: number | null
  /** Why the analysis says so: cues, speakers, methods; one line each. */
  readonly why?: readonly string[]
}

interface ActiveMark {
  readonly segment: number
  readonly top: number
  readonly left: number
}

// Pixels between the mark's line and its tooltip.
const TOOLTIP_GAP_PX = 4

/**
 * Renders untrusted text with highlighted spans as React text nodes (never as HTML): the one way article text
 * reaches the page. Overlapping spans from several layers are cut into flat segments; a segment that starts a
 * described span can be focused with the keyboard, and hovering or focusing it shows every span covering it.
 */
export function Highlighted({
  text,
  spans,
  className,
  lang,
}: {
  text: string
  spans: readonly HighlightSpan[]
  className?: string
  /** The text's language, so screen readers pronounce it right. */
  lang?: string
}) {
  const { t } = useI18n()
  const tooltipId = useId()
  const container = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<ActiveMark | null>(null)
  const segments = useMemo(() => highlightSegments(text, spans), [text, spans])

  // The marks do not depend on `active`, so hovering re-renders the tooltip only, not a long article.
  const content = useMemo(() => {
    const startsOfDescribed = new Set(
      spans.filter((span) => span.label !== undefined).map((span) => span.start),
    )
    return segments.map((segment, index) => {
      if (segment.ranges.length === 0) return segment.text
      const described = segment.ranges.some((range) => range.label !== undefined)
      const classes = segment.ranges.map((range) => range.className).join(' ')
      return (
        <mark
          // Segments never move: the index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          className={`hl ${classes}`}
          data-segment={index}
          tabIndex={described && startsOfDescribed.has(segment.start) ? 0 : undefined}
          aria-describedby={described ? tooltipId : undefined}
        >
          {segment.text}
        </mark>
      )
    })
  }, [segments, spans, tooltipId])

  const show = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-segment]')
    const box = container.current
    const segment = Number(mark?.dataset.segment)
    if (!mark || !box || !segments[segment]?.ranges.some((range) => range.label !== undefined)) {
      // Leaving a mark for plain text hides its description; focus moving to plain text cannot happen.
      setActive(null)
      return
    }
    const line = mark.getClientRects()[0] ?? mark.getBoundingClientRect()
    const origin = box.getBoundingClientRect()
    setActive({
      segment,
      top: line.bottom - origin.top + TOOLTIP_GAP_PX,
      left: Math.max(0, line.left - origin.left),
    })
  }
  const hide = () => setActive(null)
  const hideOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') setActive(null)
  }

  const described = active
    ? (segments[active.segment]?.ranges.filter((range) => range.label !== undefined) ?? [])
    : []

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the handlers only show descriptions of the focusable marks inside
    <div
      ref={container}
      className={`highlighted ${className ?? ''}`}
      lang={lang}
      onMouseOver={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={hideOnEscape}
    >
      {content}
      {active && described.length > 0 ? (
        <div
          id={tooltipId}
          role="tooltip"
          className="evidence-tooltip"
          style={{ top: active.top, left: active.left }}
        >
          {described.map((span, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list for one segment
            <div key={index} className="evidence-tooltip-item">
              <div className="evidence-tooltip-head">
                <span className={`swatch ${span.className}`} aria-hidden="true" />
                <strong>{span.label}</strong>
                {span.confidence != null ? (
                  <span className="evidence-confidence">
                    {t('common.confidence')} {span.confidence.toFixed(2)}
                  </span>
                ) : null}
              </div>
              {span.why?.map((line) => (
                <div key={line} className="evidence-why">
                  {line}
                </div>
              ))}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
