import { open, readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, posix, relative, sep } from 'node:path'
import type { GoFacts } from './types.js'
import { dockerignoreMatcher, type IgnoreMatcher } from './dockerignore.js'
import { combineFacts, factsOfFile, relativeTopLevel, type FileFacts } from './go-facts.js'
import { cgoModules, parseGoMod } from './go-mod.js'

// The go tool skips these directories, and vendored code is not the program's own behaviour.
const SKIPPED_DIRECTORIES = new Set(['vendor', 'testdata', 'node_modules'])
// A context far larger than any Go service: stop reading rather than stall the run. The program's
// own packages are read first, so the limit only ever drops code the build does not use.
const MAX_FILES = 5000
const READ_BATCH = 256
// Listing is cheaper than reading, but not free.
const MAX_LISTED = 200_000
// Enough of a file to hold its package clause after any licence header.
const HEAD_BYTES = 8192

/**
 * Reads the Go sources of a build context (skipping vendor/, tests, and what .dockerignore
 * leaves out) for the facts the scratch planner needs: first the main packages (`goPackage`, or
 * every `package main` directory) and the packages of the module they import, then the rest, up
 * to a limit. What the limit left unread is in `unread`, never silently dropped.
 */
export async function scanGoSources(contextDir: string, goPackage?: string): Promise<GoFacts> {
  const ignored = dockerignoreMatcher(await readOptional(join(contextDir, '.dockerignore')))
  const goMod = parseGoMod(await readOptional(join(contextDir, 'go.mod')))
  const listed = await goFiles(contextDir, ignored)
  const byDir = groupByDirectory(contextDir, listed.files)
  const mains = await mainDirectories(byDir, goPackage)
  const read = new Map<string, FileFacts>()
  // Reads up to the limit, a batch at a time; the imports of what it read.
  const readFiles = async (files: readonly string[]): Promise<string[]> => {
    const imports: string[] = []
    const allowed = files.slice(0, Math.max(0, MAX_FILES - read.size))
    for (let at = 0; at < allowed.length; at += READ_BATCH) {
      const batch = allowed.slice(at, at + READ_BATCH)
      const texts = await Promise.all(batch.map(file => readFile(file, 'utf8')))
      batch.forEach((file, i) => {
        const facts = factsOfFile(texts[i] as string)
        read.set(file, facts)
        imports.push(...facts.imports)
      })
    }
    return imports
  }
  const readDir = (dir: string): Promise<string[]> => readFiles(byDir.get(dir) ?? [])
  // The program: its main packages, then what they import from this module, breadth first.
  const queue = [...mains]
  const seen = new Set(queue)
  while (queue.length > 0) {
    for (const path of await readDir(queue.shift() as string)) {
      const dir = moduleDirectory(path, goMod.modulePath)
      if (dir !== undefined && byDir.has(dir) && !seen.has(dir)) {
        seen.add(dir)
        queue.push(dir)
      }
    }
  }
  const programUnread = [...seen].some(dir => (byDir.get(dir) ?? []).some(f => !read.has(f)))
  const rest = [...byDir.keys()].sort().filter(dir => !seen.has(dir))
  await readFiles(rest.flatMap(dir => byDir.get(dir) ?? []))

  const facts = combineFacts([...read.values()])
  facts.cgoModules = cgoModules(goMod.requires)
  if (goMod.modulePath) facts.modulePath = goMod.modulePath
  facts.runtimeFiles = await presentInContext(contextDir, facts.openedPaths, ignored)
  const notRead = listed.files.length - read.size
  if (notRead > 0 || listed.stopped) {
    facts.unread = {
      files: notRead,
      limit: MAX_FILES,
      listingStopped: listed.stopped,
      program: programUnread || (listed.stopped && mains.length === 0)
    }
  }
  return facts
}

/** The directories (relative, `.` for the root) of the main packages to read first. */
async function mainDirectories(
  byDir: ReadonlyMap<string, readonly string[]>,
  goPackage: string | undefined
): Promise<string[]> {
  const given = goPackage && posix.normalize(goPackage.replace(/\/\.\.\.$/, ''))
  if (given && byDir.has(given)) return [given]
  const mains: string[] = []
  // The files of one directory are one package, so its first file names it.
  for (const [dir, files] of [...byDir.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const first = files[0]
    if (first && (await packageClause(first)) === 'main') mains.push(dir)
  }
  return mains
}

async function packageClause(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    const head = buffer.subarray(0, bytesRead).toString('utf8')
    const withoutComments = head.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '')
    return /^\s*package\s+([A-Za-z_]\w*)/m.exec(withoutComments)?.[1]
  } finally {
    await handle.close()
  }
}

/** `example.com/app/internal/db` in module `example.com/app` → `internal/db`; else undefined. */
function moduleDirectory(importPath: string, modulePath: string | undefined): string | undefined {
  if (!modulePath) return undefined
  if (importPath === modulePath) return '.'
  return importPath.startsWith(`${modulePath}/`)
    ? importPath.slice(modulePath.length + 1)
    : undefined
}

function groupByDirectory(root: string, files: readonly string[]): Map<string, string[]> {
  const byDir = new Map<string, string[]>()
  for (const file of files) {
    const dir = relative(root, dirname(file)).split(sep).join('/') || '.'
    const files = byDir.get(dir)
    if (files) files.push(file)
    else byDir.set(dir, [file])
  }
  return byDir
}

async function goFiles(
  root: string,
  ignored: IgnoreMatcher
): Promise<{ files: string[]; stopped: boolean }> {
  const found: string[] = []
  let listed = 0
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(ifGone([]))
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (++listed > MAX_LISTED) return
      const path = join(dir, entry.name)
      const rel = relative(root, path).split(sep).join('/')
      if (ignored(rel)) continue
      if (entry.isDirectory()) {
        // cmd/go also ignores directories starting with `.` or `_`.
        if (SKIPPED_DIRECTORIES.has(entry.name) || /^[._]/.test(entry.name)) continue
        await visit(path)
      } else if (entry.isFile() && entry.name.endsWith('.go') && !entry.name.endsWith('_test.go')) {
        found.push(path)
      }
    }
  }
  await visit(root)
  return { files: found, stopped: listed > MAX_LISTED }
}

/** The top-level entries of relative opened paths that the context really holds. */
async function presentInContext(
  root: string,
  openedPaths: readonly string[],
  ignored: IgnoreMatcher
): Promise<string[]> {
  const tops = [...new Set(openedPaths.map(relativeTopLevel).filter(Boolean))] as string[]
  const present: string[] = []
  for (const top of tops.sort()) {
    if (ignored(top)) continue
    const found = await stat(join(root, top)).then(() => true, ifGone(false))
    if (found) present.push(top)
  }
  return present
}

async function readOptional(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(ifGone(''))
}

/** A path that is not there (or not a directory) reads as FALLBACK; any other error is thrown. */
function ifGone<T>(fallback: T): (error: NodeJS.ErrnoException) => T {
  return error => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return fallback
    throw error
  }
}
