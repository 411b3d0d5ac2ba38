// The part of the WebAssembly JavaScript API that our kernels use. Node has it at run time; the project's
// TypeScript libraries (ES2023 and @types/node, no DOM) do not declare it.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array)
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>)
    readonly exports: Record<string, unknown>
  }
  class Memory {
    constructor(descriptor: { initial: number; maximum?: number })
    readonly buffer: ArrayBuffer
  }
  function validate(bytes: Uint8Array): boolean
}
