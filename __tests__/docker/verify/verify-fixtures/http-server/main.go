// A stdlib HTTP server that answers every request with the status in $STATUS (default 200), on
// the address in $LISTEN (default :8080).
package main

import (
	"fmt"
	"net/http"
	"os"
	"strconv"
)

func main() {
	status, err := strconv.Atoi(os.Getenv("STATUS"))
	if err != nil {
		status = http.StatusOK
	}
	address := os.Getenv("LISTEN")
	if address == "" {
		address = ":8080"
	}
	http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(status)
		fmt.Fprintf(w, "status %d\n", status)
	})
	fmt.Println("listening on", address)
	if err := http.ListenAndServe(address, nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
