// Starts deflate-worker.ts from the TypeScript sources (tests, the benchmark) through tsx, which a
// worker thread does not inherit. Bundles run the compiled worker instead and never load this file.
import { register } from 'tsx/esm/api'

register()
await import('./deflate-worker.ts')
