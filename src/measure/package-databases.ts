/*
 * The package databases an image's package manager keeps, read from the layer that writes them
 * (their text is held up to MAX_DATABASE_BYTES, only the count is kept):
 * - dpkg (Debian, Ubuntu): `/var/lib/dpkg/status`, one paragraph per package, blank-line
 *   separated, with a `Status:` field whose last word is the state (`installed`);
 * - distroless: `/var/lib/dpkg/status.d/<package>`, one such paragraph per file (often without
 *   `Status:`), beside `<package>.md5sums` files that are no paragraphs;
 * - apk (Alpine): `/lib/apk/db/installed`, one block per package, its name on a `P:` line.
 */

/** Past this a database is not held; its count is then unknown, and said so. */
export const MAX_DATABASE_BYTES = 16 * 1024 * 1024

const DPKG_STATUS = '/var/lib/dpkg/status'
const DPKG_STATUS_DIR = '/var/lib/dpkg/status.d/'
const APK_INSTALLED = '/lib/apk/db/installed'

/** Whether the file a layer writes at `path` is a package database whose packages are counted. */
export function isPackageDatabase(path: string): boolean {
  return (
    path === DPKG_STATUS ||
    path === APK_INSTALLED ||
    (path.startsWith(DPKG_STATUS_DIR) &&
      !path.slice(DPKG_STATUS_DIR.length).includes('/') &&
      !path.endsWith('.md5sums'))
  )
}

/** The installed packages a database's text lists. */
export function countPackages(path: string, text: string): number {
  if (path === APK_INSTALLED) return text.split('\n').filter(line => line.startsWith('P:')).length
  let count = 0
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (!/^Package:/m.test(paragraph)) continue
    const status = /^Status:(.*)$/m.exec(paragraph)
    // `install ok installed`; `deinstall ok config-files` is a removed package's leftovers.
    if (!status || /\binstalled\s*$/.test(status[1]!)) count++
  }
  return count
}

/** The package manager a database belongs to. */
export function managerOf(path: string): 'dpkg' | 'apk' {
  return path === APK_INSTALLED ? 'apk' : 'dpkg'
}
