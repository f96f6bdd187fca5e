import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { packageOf } from '../../../src/binary/packages.js'
import { measureImage, type GoExecutable } from '../../../src/measure/index.js'
import { docker, runDocker } from '../../../src/tools/docker.js'

// Real Go binaries, built here from a module with two vendored dependencies (offline): stripped
// and not, -trimpath and not, and cgo linked statically. What the function table says of their
// packages is checked against `go tool nm -size -sort size`, and every byte of each file against
// its size.

const id = randomBytes(4).toString('hex')
const buildTag = `go-binaries-test:${id}-build`
const tag = `go-binaries-test:${id}`

const files: Record<string, string> = {
  'go.mod': `module example.com/app

go 1.22

require (
\texample.com/greet v1.0.0
\texample.org/words v0.2.0
)
`,
  'vendor/modules.txt': `# example.com/greet v1.0.0
## explicit; go 1.22
example.com/greet
# example.org/words v0.2.0
## explicit; go 1.22
example.org/words
`,
  'vendor/example.com/greet/greet.go': `package greet

import (
\t"fmt"
\t"strings"

\t"example.org/words"
)

// Greeting builds a greeting from the words, with enough code to be measured.
func Greeting(name string) string {
\tvar b strings.Builder
\tfor i, w := range words.List() {
\t\tif i > 0 {
\t\t\tb.WriteString(" ")
\t\t}
\t\tb.WriteString(strings.ToUpper(w[:1]) + w[1:])
\t}
\treturn fmt.Sprintf("%s, %s!", b.String(), name)
}
`,
  'vendor/example.org/words/words.go': `package words

import "sort"

var all = map[string]int{"hello": 2, "dear": 1, "world": 3}

// List returns the words in their order.
func List() []string {
\tout := make([]string, 0, len(all))
\tfor w := range all {
\t\tout = append(out, w)
\t}
\tsort.Slice(out, func(i, j int) bool { return all[out[i]] < all[out[j]] })
\treturn out
}
`,
  'cmd/app/main.go': `package main

import (
\t"encoding/json"
\t"os"
\t"time"

\t"example.com/greet"
)

func main() {
\tout := map[string]string{"greeting": greet.Greeting("gopher"), "at": time.Now().Format(time.RFC3339)}
\t_ = json.NewEncoder(os.Stdout).Encode(out)
}
`,
  'cmd/cgo/main.go': `package main

/*
#include <string.h>
static int twice(const char *s) { return 2 * (int)strlen(s); }
*/
import "C"

import (
\t"fmt"

\t"example.com/greet"
)

func main() {
\ts := greet.Greeting("cgo")
\tfmt.Println(s, C.twice(C.CString(s)))
}
`,
  Dockerfile: `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
ENV GOFLAGS=-mod=vendor
RUN CGO_ENABLED=0 go build -o /out/full ./cmd/app \\
 && CGO_ENABLED=0 go build -trimpath -o /out/trimpath ./cmd/app \\
 && CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/stripped ./cmd/app \\
 && CGO_ENABLED=1 go build -ldflags='-linkmode external -extldflags "-static"' -o /out/cgo-static ./cmd/cgo \\
 && mkdir /nm && for b in full trimpath cgo-static; do go tool nm -size -sort size /out/$b > /nm/$b.txt; done

FROM scratch
COPY --from=build /out/ /
`
}

const binaries = new Map<string, GoExecutable>()
const nm = new Map<string, string>()

beforeAll(async () => {
  const context = await mkdtemp(join(tmpdir(), 'go-binaries-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(context, path)), { recursive: true })
      await writeFile(join(context, path), text)
    }
    const build = ['buildx', 'build', '--quiet', context]
    await docker([...build, '--target', 'build', '--tag', buildTag], { timeoutMs: 540_000 })
    await docker([...build, '--tag', tag], { timeoutMs: 120_000 })
  } finally {
    await rm(context, { recursive: true, force: true })
  }
  for (const name of ['full', 'trimpath', 'cgo-static']) {
    const run = ['run', '--rm', '--network', 'none', buildTag, 'cat', `/nm/${name}.txt`]
    nm.set(name, await docker(run, { timeoutMs: 60_000 }))
  }
  const image = await measureImage(tag)
  for (const binary of image.binaries ?? []) binaries.set(binary.path.slice(1), binary)
}, 720_000)

afterAll(async () => {
  await runDocker(['image', 'rm', '--force', tag, buildTag])
})

/** Code bytes by package from nm's text symbols: each symbol's size, and the distance to the next. */
function nmPackages(text: string): Map<string, { size: number; spanned: number }> {
  const symbols = text
    .split('\n')
    .map(line => line.trim().split(/\s+/))
    .filter(parts => parts.length >= 4 && (parts[2] === 'T' || parts[2] === 't'))
    .map(parts => ({
      address: parseInt(parts[0]!, 16),
      size: Number(parts[1]),
      name: parts.slice(3).join(' ')
    }))
    .sort((a, b) => a.address - b.address)
  const sums = new Map<string, { size: number; spanned: number }>()
  symbols.forEach((symbol, i) => {
    const pkg = packageOf(symbol.name)
    if (pkg === undefined) return
    const next = symbols[i + 1]
    const sum = sums.get(pkg) ?? { size: 0, spanned: 0 }
    sum.size += symbol.size
    sum.spanned += next ? next.address - symbol.address : symbol.size
    sums.set(pkg, sum)
  })
  return sums
}

const total = (parts: { bytes: number }[]) => parts.reduce((sum, part) => sum + part.bytes, 0)

describe('Go binaries built for real', () => {
  it('finds all four', () => {
    expect([...binaries.keys()].sort()).toEqual(['cgo-static', 'full', 'stripped', 'trimpath'])
  })

  it.each(['full', 'trimpath', 'stripped', 'cgo-static'])(
    '%s: modules and sections add up to the file size exactly',
    name => {
      const binary = binaries.get(name)!
      expect(binary.unread).toEqual([])
      expect(total(binary.modules) + total(binary.sections)).toBe(binary.bytes)
      expect(binary.sections.every(part => part.bytes > 0)).toBe(true)
    }
  )

  it.each(['full', 'trimpath', 'cgo-static'])(
    '%s: the ten largest packages agree with go tool nm within 3 %% (padding included)',
    name => {
      const binary = binaries.get(name)!
      const fromNm = nmPackages(nm.get(name)!)
      const rows = binary.packages.slice(0, 10).map(pkg => {
        const theirs = fromNm.get(pkg.path) ?? { size: 0, spanned: 0 }
        return {
          path: pkg.path,
          ours: pkg.bytes,
          spanned: theirs.spanned,
          withPadding: Math.abs(pkg.bytes - theirs.spanned) / theirs.spanned,
          withoutPadding: (pkg.bytes - theirs.size) / theirs.size
        }
      })
      // The functab's sizes run to the next function, so they hold the alignment padding that
      // nm's own symbol sizes leave out; the distances between nm's addresses hold it too.
      for (const row of rows)
        expect({ path: row.path, off: row.withPadding < 0.03 }).toEqual({
          path: row.path,
          off: true
        })
      const worst = Math.max(...rows.map(row => row.withoutPadding))
      process.stdout.write(
        `${name}: largest packages within ${(100 * Math.max(...rows.map(r => r.withPadding))).toFixed(2)} % of nm with padding; ${(100 * worst).toFixed(1)} % above nm's own sizes at most\n`
      )
    }
  )

  it('maps the vendored packages to their modules and the rest to std', () => {
    const modules = binaries.get('full')!.modules
    expect(modules.map(m => m.path)).toEqual(
      expect.arrayContaining(['std', 'example.com/app', 'example.com/greet', 'example.org/words'])
    )
    expect(modules.find(m => m.path === 'example.com/greet')).toMatchObject({ version: 'v1.0.0' })
    expect(modules.find(m => m.path === 'example.org/words')!.bytes).toBeGreaterThan(0)
    expect(modules.find(m => m.path === '(unknown module)')).toBeUndefined()
    expect(binaries.get('full')!.mainModule).toBe('example.com/app')
  })

  it('tells how each was built: stripped or not, -trimpath or not, cgo linked statically', () => {
    const full = binaries.get('full')!
    const trimpath = binaries.get('trimpath')!
    const stripped = binaries.get('stripped')!
    const cgo = binaries.get('cgo-static')!
    expect(full.settings['-trimpath']).toBeUndefined()
    expect(trimpath.settings['-trimpath']).toBe('true')
    expect(stripped.settings['-ldflags']).toBe('-s -w')
    expect(full).toMatchObject({ stripped: false, static: true, packed: null })
    expect(stripped).toMatchObject({ stripped: true, strippable: 0 })
    const debug = full.sections.filter(s => /^\.(symtab|strtab|z?debug_)/.test(s.name))
    expect(full.strippable).toBe(total(debug))
    expect(full.strippable).toBeGreaterThan(0)
    expect(cgo).toMatchObject({ static: true, libraries: [] })
    expect(cgo.settings.CGO_ENABLED).toBe('1')
    // The C library linked in is text no Go package accounts for.
    expect(cgo.sections.find(s => s.name === '.text')!.bytes).toBeGreaterThan(100_000)
  })

  it('reads the same code by package from a stripped binary as from its unstripped build', () => {
    expect(binaries.get('stripped')!.packages).toEqual(binaries.get('trimpath')!.packages)
    expect(binaries.get('stripped')!.modules).toEqual(binaries.get('trimpath')!.modules)
  })
})
