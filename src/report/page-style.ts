/** The report page's inline CSS: one visual channel per layer, so overlapping highlights stay readable. */
export const PAGE_STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1d1d1f; background: #f4f4f6; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
header, .doc { background: #fff; border: 1px solid #d8d8de; border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1.25rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; } h2 { font-size: 1.2rem; margin: 0 0 .5rem; } h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0; font-size: .9rem; }
dl.meta dt { color: #666; } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; font-size: .85rem; width: 100%; }
th, td { border-bottom: 1px solid #e4e4e8; padding: .25rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
fieldset.layers { border: 0; padding: 0; margin: .75rem 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; font-size: .85rem; }
.text { font-family: Georgia, serif; font-size: 1rem; border-top: 1px solid #e4e4e8; padding-top: .5rem; }
mark { background: none; color: inherit; border-radius: 2px; }
.entity-per { background-color: #ffe2b8; } .entity-org { background-color: #cfe6ff; }
.entity-loc { background-color: #d4f5d0; } .entity-misc { background-color: #eadcff; }
.swatch { display: inline-block; padding: 0 .3rem; border-radius: 2px; }
.quote-direct { border-bottom: 2px solid #b4005a; } .quote-indirect { border-bottom: 2px dotted #b4005a; }
.speaker { font-weight: 700; outline: 1px solid #b4005a; }
.sourcing-anonymous { text-decoration: underline wavy #d40000; text-decoration-skip-ink: none; }
.quality-original, .quality-repeat { background-image: repeating-linear-gradient(135deg, transparent 0 4px, rgba(120, 120, 120, .25) 4px 6px); }
.quality-repeat { box-shadow: inset 0 -1px #777; }
.narrative { box-shadow: inset 0 -3px #e08a00; }
.doc.hide-entities .layer-entities { background-color: transparent; }
.doc.hide-quotes .layer-quotes { border-bottom: 0; }
.doc.hide-speakers .layer-speakers { font-weight: inherit; outline: 0; }
.doc.hide-anonymous .layer-anonymous { text-decoration: none; }
.doc.hide-quality .layer-quality { background-image: none; box-shadow: none; }
.doc.hide-narratives .layer-narratives { box-shadow: none; }
.issues { font-size: .85rem; color: #8a4b00; }
`
