import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { GoFacts } from './types.js'
import { dockerignoreMatcher, type IgnoreMatcher } from './dockerignore.js'
import { combineFacts, factsOfFile, relativeTopLevel } from './go-facts.js'
import { cgoModules, parseGoMod } from './go-mod.js'

// The go tool skips these directories, and vendored code is not the program's own behaviour.
const SKIPPED_DIRECTORIES = new Set(['vendor', 'testdata', 'node_modules'])
// A context far larger than any Go service: stop reading rather than stall the run.
const MAX_FILES = 5000

/**
 * Reads the Go sources of a build context (skipping vendor/, tests, and what .dockerignore
 * leaves out) for the facts the scratch planner needs.
 */
export async function scanGoSources(contextDir: string): Promise<GoFacts> {
  const ignored = dockerignoreMatcher(await readOptional(join(contextDir, '.dockerignore')))
  const files = await goFiles(contextDir, ignored)
  const perFile = await Promise.all(
    files.map(async file => factsOfFile(await readFile(file, 'utf8')))
  )
  const facts = combineFacts(perFile)
  const goMod = parseGoMod(await readOptional(join(contextDir, 'go.mod')))
  facts.cgoModules = cgoModules(goMod.requires)
  if (goMod.modulePath) facts.modulePath = goMod.modulePath
  facts.runtimeFiles = await presentInContext(contextDir, facts.openedPaths, ignored)
  return facts
}

async function goFiles(root: string, ignored: IgnoreMatcher): Promise<string[]> {
  const found: string[] = []
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(ifGone([]))
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= MAX_FILES) return
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
  return found
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
