import type { DomDocument, DomElement } from './dom-types.ts'

// Never article text, wherever they sit.
const NEVER_CONTENT = 'script, style, noscript, template, iframe, svg, canvas, object, embed'

// Hidden layers, dialogs (cookie walls, newsletter pop-ups) and page chrome. Removed only when the
// guard in `isSafeToRemove` agrees, because some sites wrap a whole page in <form> or <header>.
const PAGE_CHROME = [
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'button',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]',
  '[aria-modal="true"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
].join(', ')

// Class or id words of consent banners, share bars, promotions and sidebars.
const BOILERPLATE_NAME =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|share|sharing|social|newsletter|subscribe|paywall|promo|advert|ads?|sponsored|related|recommended|sidebar|breadcrumbs?|popup|modal|comments?)(?:$|[\s_-])/i

const CONTENT_MARKERS = 'article, main, [role="main"], h1'
// Chrome rarely holds more text than this; a larger block is more likely the article's wrapper.
const MAX_BOILERPLATE_CHARS = 2000
const PROTECTED_ELEMENTS = new Set(['html', 'body', 'main', 'article'])

/** Removes scripts, consent banners, share bars, navigation, sidebars and footers from a page, in place. */
export function removeBoilerplate(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll(NEVER_CONTENT))) element.remove()
  for (const element of Array.from(document.querySelectorAll(PAGE_CHROME))) {
    if (isSafeToRemove(element)) element.remove()
  }
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    if (BOILERPLATE_NAME.test(names) && isSafeToRemove(element)) element.remove()
  }
}

/** Picks the element most likely to hold the article when Readability finds nothing. */
export function findContentRoot(document: DomDocument): DomElement | null {
  return (
    document.querySelector('article') ??
    document.querySelector('main') ??
    document.querySelector('[role="main"]') ??
    document.body
  )
}

function isSafeToRemove(element: DomElement): boolean {
  if (PROTECTED_ELEMENTS.has(element.nodeName.toLowerCase())) return false
  if (element.parentNode === null) return false
  if (element.querySelector(CONTENT_MARKERS) !== null) return false
  return (element.textContent ?? '').length <= MAX_BOILERPLATE_CHARS
}
