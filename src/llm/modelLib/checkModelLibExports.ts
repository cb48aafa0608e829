/**
 * Functions every MLC model library exports for web-llm's TVM runtime (read from web-llm 0.2.86's
 * bundled tvmjs: `FFILibrary` and `Instance` call these right after instantiating the module).
 */
export const TVM_REQUIRED_EXPORTS = ["memory", "TVMWasmAllocSpace", "TVMWasmFreeSpace", "TVMFFIFunctionCall", "TVMFFIFunctionGetGlobal"] as const

/** The required TVM exports missing from a compiled module's export names (empty when it looks like an MLC library). */
export function missingModelLibExports(exportNames: readonly string[]): string[] {
  const have = new Set(exportNames)
  return TVM_REQUIRED_EXPORTS.filter((name) => !have.has(name))
}
