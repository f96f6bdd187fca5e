import type { GoFunction } from './function-table.js'

/**
 * What a program can do at run time that a scratch image must make room for, read from the
 * functions the linker kept: it drops every function the program cannot reach, so a function in
 * the table is one the program may call.
 * - `system-roots`: crypto/x509 loads the system CA bundle (`crypto/x509.loadSystemRoots`)
 * - `embedded-roots`: golang.org/x/crypto/x509roots/fallback brings its own roots
 * - `load-location`: the program loads time zones by name (`time.LoadLocation`)
 * - `embedded-tzdata`: time/tzdata brings its own zone database
 * - `user-lookup`: os/user looks users and groups up (in /etc/passwd and /etc/group without cgo)
 * - `cgo-resolver`: the net package resolves names through the C library (`getaddrinfo`)
 */
export type RuntimeUse =
  | 'system-roots'
  | 'embedded-roots'
  | 'load-location'
  | 'embedded-tzdata'
  | 'user-lookup'
  | 'cgo-resolver'

const BY_FUNCTION: ReadonlyMap<string, RuntimeUse> = new Map([
  ['crypto/x509.loadSystemRoots', 'system-roots'],
  ['time.LoadLocation', 'load-location'],
  ['net._C_getaddrinfo', 'cgo-resolver']
])

// By the start of a function's name: the package path and the dot after it (packageOf's rule,
// without its cost on every function: none of these paths has a character the linker escapes).
const BY_PACKAGE: readonly (readonly [string, RuntimeUse])[] = [
  ['golang.org/x/crypto/x509roots/fallback.', 'embedded-roots'],
  ['time/tzdata.', 'embedded-tzdata'],
  ['os/user.', 'user-lookup']
]

/** The run-time uses the function table shows, in the order of the list above. */
export function runtimeUses(functions: readonly GoFunction[]): RuntimeUse[] {
  const found = new Set<RuntimeUse>()
  for (const { name } of functions) {
    const byName = BY_FUNCTION.get(name)
    if (byName) found.add(byName)
    for (const [prefix, use] of BY_PACKAGE) if (name.startsWith(prefix)) found.add(use)
  }
  const order: RuntimeUse[] = [
    'system-roots',
    'embedded-roots',
    'load-location',
    'embedded-tzdata',
    'user-lookup',
    'cgo-resolver'
  ]
  return order.filter(use => found.has(use))
}
