// The platforms BuildKit knows, as containerd's `platforms` package normalizes them: a
// well-formed name outside these (`linux/potato`) would otherwise fail late, as a registry lookup.

export const PLATFORM_FORMS =
  'one platform as os/arch or os/arch/variant, e.g. linux/amd64, linux/arm64 or linux/arm/v7'

const KNOWN_OS = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows'
])

const KNOWN_ARCH = new Set([
  '386',
  'amd64',
  'arm',
  'arm64',
  'loong64',
  'mips',
  'mipsle',
  'mips64',
  'mips64le',
  'ppc64',
  'ppc64le',
  'riscv64',
  's390x',
  'wasm',
  // containerd's aliases
  'x86_64',
  'x86-64',
  'aarch64',
  'i386',
  'armhf',
  'armel'
])

/** True when `value` has the form os/arch[/variant]. */
export function isPlatformForm(value: string): boolean {
  return /^[a-z0-9]+\/[a-z0-9_-]+(\/[a-z0-9]+)?$/.test(value)
}

/** What is unknown about a well-formed platform (`architecture "potato"`), or undefined. */
export function unknownPlatformPart(value: string): string | undefined {
  const [os, arch] = value.split('/') as [string, string]
  if (!KNOWN_OS.has(os)) return `operating system ${JSON.stringify(os)}`
  if (!KNOWN_ARCH.has(arch)) return `architecture ${JSON.stringify(arch)}`
  return undefined
}
