// A stdlib HTTP server that answers every request with the status in $STATUS (default 200).
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
	http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(status)
		fmt.Fprintf(w, "status %d\n", status)
	})
	fmt.Println("listening on :8080")
	if err := http.ListenAndServe(":8080", nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
