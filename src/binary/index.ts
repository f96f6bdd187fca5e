export { chunkedSource, type ByteSource } from './byte-source.js'
export { isElf } from './elf.js'
export { readGoBinary, type BinaryReading, type GoBinary } from './go-binary.js'
export type { RuntimeUse } from './runtime-uses.js'
