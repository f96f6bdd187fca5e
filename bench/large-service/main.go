// A service that pulls in much of the standard library (templates, TLS, SQL, archives, images,
// the Go parser and type checker), so that compiling it takes tens of seconds, as a real
// service's build does. It serves GET / with 200, like examples/http-server.
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"debug/dwarf"
	"debug/elf"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"expvar"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"html/template"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"log"
	"log/slog"
	"math/big"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/http/pprof"
	"net/mail"
	"net/rpc"
	"net/smtp"
	"os"
	"regexp"
	"text/template/parse"
)

// Each of these keeps its package in the binary.
var linked = []any{
	tar.NewReader, zip.NewReader, gzip.NewReader, ecdsa.GenerateKey, ed25519.GenerateKey,
	elliptic.P256, rand.Reader, tls.Dial, x509.ParseCertificate, sql.Open, dwarf.New, elf.Open,
	csv.NewReader, json.Marshal, xml.Marshal, expvar.NewInt, ast.Inspect, format.Source,
	importer.Default, parser.ParseFile, token.NewFileSet, types.NewPackage, template.New,
	image.NewRGBA, gif.Decode, jpeg.Decode, png.Decode, slog.New, big.NewInt,
	multipart.NewReader, httptest.NewRecorder, pprof.Index, mail.ParseAddress, rpc.NewServer,
	smtp.Dial, regexp.MustCompile, parse.Parse,
}

func main() {
	page := template.Must(template.New("page").Parse("<p>{{.}} packages linked</p>\n"))
	http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		if err := page.Execute(w, len(linked)); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	addr := ":8080"
	if port := os.Getenv("PORT"); port != "" {
		addr = ":" + port
	}
	fmt.Println("listening on", addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}
