export * from './annotations.ts'
export * from './document.ts'
export * from './source.ts'
export * from './span.ts'
