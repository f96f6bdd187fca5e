import type { GoFunction } from './function-table.js'

/** Code bytes of one Go package, summed over its functions. */
export interface PackageCode {
  path: string
  bytes: number
}

/**
 * The import path of the package a function belongs to, as debug/gosym reads it: up to the
 * first dot after the last slash, with a generic instantiation's `[…]` left out first (its type
 * arguments may name other packages). The linker escapes dots and odd bytes of the last path
 * element (`gopkg.in/yaml%2ev3`), which is what keeps that rule right; the path comes back
 * unescaped. Undefined for the linker's own symbols (`go:…`, `type:…`).
 */
export function packageOf(functionName: string): string | undefined {
  if (functionName.startsWith('go:') || functionName.startsWith('type:')) return undefined
  const open = functionName.indexOf('[')
  const close = functionName.lastIndexOf(']')
  const name =
    open !== -1 && close > open
      ? functionName.slice(0, open) + functionName.slice(close + 1)
      : functionName
  const slash = name.lastIndexOf('/')
  const dot = name.indexOf('.', slash + 1)
  if (dot <= 0) return undefined
  return unescapePath(name.slice(0, dot))
}

function unescapePath(path: string): string {
  if (!path.includes('%')) return path
  return path.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  )
}

/** The code bytes of each package, largest first; functions of no package are left out. */
export function codeByPackage(functions: readonly GoFunction[]): PackageCode[] {
  const bytes = new Map<string, number>()
  // The linker lays functions out package by package. A name that starts with the last package's
  // name and its dot, with no `/` or `[` further on that could move the boundary, is of the same
  // package: packageOf would say so, at a cost paid on every one of tens of thousands of names.
  let last: { path: string; prefix: string } | undefined
  for (const fn of functions) {
    const name = fn.name
    const same =
      last !== undefined &&
      name.startsWith(last.prefix) &&
      name.indexOf('/', last.prefix.length) === -1 &&
      name.indexOf('[') === -1
    const path = same ? last!.path : packageOf(name)
    if (!same)
      last =
        path !== undefined && !name.includes('[') ? { path, prefix: prefixOf(name) } : undefined
    if (path !== undefined) bytes.set(path, (bytes.get(path) ?? 0) + fn.size)
  }
  return [...bytes]
    .map(([path, size]) => ({ path, bytes: size }))
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1))
}

/** A name up to and with the dot that ends its package path (for names without `[`). */
function prefixOf(name: string): string {
  return name.slice(0, name.indexOf('.', name.lastIndexOf('/') + 1) + 1)
}
