import type { GoBuildInfo } from './go-buildinfo.js'
import type { PackageCode } from './packages.js'

/** Code bytes of one module: the main module, a dependency, or the standard library. */
export interface ModuleCode {
  /** The module path; `std` for the standard library and the runtime. */
  path: string
  /** As the build info lists it (`v1.2.3`, `(devel)`); the Go version for `std`. */
  version: string
  bytes: number
}

/** The name under which the standard library's packages are summed. */
export const STANDARD_LIBRARY = 'std'
/** Packages of no module the build info lists (a GOPATH build, say). */
export const UNKNOWN_MODULE = '(unknown module)'

/**
 * Sums the packages' code by the module each belongs to: the module the build info lists whose
 * path is the longest prefix of the package's (`github.com/a/b/v2/c` is in `github.com/a/b/v2`,
 * not `github.com/a/b`). `main` is the main module's; a path whose first element has no dot
 * (`net/http`, `vendor/golang.org/x/net/…`, `internal/…`) is the standard library's, as cmd/go
 * tells them. Every package lands in exactly one module, so the modules sum to the packages.
 */
export function codeByModule(
  packages: readonly PackageCode[],
  info: Pick<GoBuildInfo, 'goVersion' | 'mainModule' | 'dependencies'>
): ModuleCode[] {
  const listed = [...(info.mainModule ? [info.mainModule] : []), ...info.dependencies]
  // Longest path first, so the first prefix that matches is the longest.
  const byLength = [...listed].sort((a, b) => b.path.length - a.path.length)
  const totals = new Map<string, ModuleCode>()
  const add = (path: string, version: string, bytes: number): void => {
    const total = totals.get(path)
    if (total) total.bytes += bytes
    else totals.set(path, { path, version, bytes })
  }
  for (const pkg of packages) {
    if (pkg.path === 'main' && info.mainModule) {
      add(info.mainModule.path, info.mainModule.version, pkg.bytes)
      continue
    }
    const module = byLength.find(m => pkg.path === m.path || pkg.path.startsWith(`${m.path}/`))
    if (module) add(module.path, module.version, pkg.bytes)
    else if (isStandardLibrary(pkg.path)) add(STANDARD_LIBRARY, info.goVersion ?? '', pkg.bytes)
    else add(UNKNOWN_MODULE, '', pkg.bytes)
  }
  return [...totals.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1))
}

function isStandardLibrary(path: string): boolean {
  const first = path.split('/')[0] ?? ''
  return !first.includes('.')
}
