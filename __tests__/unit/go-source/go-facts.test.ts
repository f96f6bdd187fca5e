import { describe, expect, it } from '@jest/globals'
import { combineFacts, factsOfFile, relativeTopLevel } from '../../../src/go-source/go-facts.js'
import { cgoModules, parseGoMod } from '../../../src/go-source/go-mod.js'
import { dockerignoreMatcher } from '../../../src/go-source/dockerignore.js'

describe('factsOfFile', () => {
  const source =
    `
package main

// import "net/http" in a comment is not an import
import (
	"fmt"
	tpl "html/template"
	_ "time/tzdata"
	"os"
	"path/filepath"
	"net/http"
	"time"
)

func main() {
	s := "os.Open(\\"not/a/call\\")"
	t := tpl.Must(tpl.ParseFiles("templates/a.html", "templates/b.html"))
	data, _ := os.ReadFile(filepath.Join("config", "app.json"))
	f, _ := os.CreateTemp("", "x")
	loc, _ := time.LoadLocation("Europe/Paris")
	http.Handle("/static/", http.FileServer(http.Dir("./public")))
	g, _ := t.ParseGlob(` +
    '`views/*.tmpl`' +
    `)
	fmt.Println(s, data, f, loc, g)
}
`
  const facts = factsOfFile(source)

  it('reads imports, not comments or strings', () => {
    expect(facts.imports).toEqual([
      'fmt',
      'html/template',
      'time/tzdata',
      'os',
      'path/filepath',
      'net/http',
      'time'
    ])
  })

  it('collects literal paths the program opens, through import aliases and filepath.Join', () => {
    expect(facts.openedPaths).toEqual([
      'templates/a.html',
      'templates/b.html',
      'config/app.json',
      './public',
      'views/*.tmpl'
    ])
  })

  it('notices time zones and temp files', () => {
    expect(facts.loadsLocations).toBe(true)
    expect(facts.usesTempDir).toBe(true)
  })

  it('finds cgo and the libraries its preamble links', () => {
    const cgo = factsOfFile(
      'package main\n\n// #cgo LDFLAGS: -lsqlite3 -lm\n// #include <sqlite3.h>\nimport "C"\n'
    )
    expect(combineFacts([cgo])).toMatchObject({ usesCgo: true, cgoLibraries: ['m', 'sqlite3'] })
  })
})

describe('relativeTopLevel', () => {
  it('keeps the first element of relative paths only', () => {
    expect(
      ['templates/a.html', './public', '/etc/app.yaml', '*.json', '../x'].map(relativeTopLevel)
    ).toEqual(['templates', 'public', undefined, undefined, undefined])
  })
})

describe('go.mod', () => {
  it('reads the module path and requirements, flagging cgo modules', () => {
    const mod = parseGoMod(
      'module example.com/shop/v2\n\ngo 1.22\n\nrequire github.com/mattn/go-sqlite3 v1.14.22\n\nrequire (\n\tgolang.org/x/text v0.14.0 // indirect\n)\n'
    )
    expect(mod).toEqual({
      modulePath: 'example.com/shop/v2',
      requires: ['github.com/mattn/go-sqlite3', 'golang.org/x/text']
    })
    expect(cgoModules(mod.requires)).toEqual(['github.com/mattn/go-sqlite3'])
  })
})

describe('.dockerignore', () => {
  const ignored = dockerignoreMatcher('# tools\ntools/\n**/*.md\n!README.md\n/vendor\n')
  it.each([
    ['tools', true],
    ['tools/fetch/main.go', true],
    ['docs/guide.md', true],
    ['README.md', false],
    ['vendor/x/y.go', true],
    ['cmd/server/main.go', false]
  ])('%s ignored: %s', (path, expected) => {
    expect(ignored(path)).toBe(expected)
  })
})
