import { type RefObject, useEffect, useState } from 'react'

/** The content width of an element, followed as the window resizes (charts redraw to fit). */
export function useElementWidth(
  element: RefObject<HTMLElement | null>,
  fallbackPx: number,
): number {
  const [width, setWidth] = useState(fallbackPx)
  useEffect(() => {
    const target = element.current
    if (!target) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.floor(entry.contentRect.width)))
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return width
}
