#!/bin/sh
# Arguments arrive as CMD after the entrypoint, as verify-args do.
case "$MODE" in
  hello) echo "hello $*" ;;
  goodbye) echo "goodbye $*" ;;
  fail) echo "hello $*"; echo 'something went wrong' >&2; exit 3 ;;
  crash) echo 'starting'; echo 'panic: boom' >&2; exit 2 ;;
  idle) exec sleep 3600 ;;
  *) echo "unknown MODE $MODE" >&2; exit 64 ;;
esac
