import type { ElfFile } from './elf.js'

/** Bytes of the file that no Go package's code accounts for, by the section or table that holds them. */
export interface FilePart {
  /**
   * A section's name (`.rodata`, `.gopclntab`, `.symtab`, `.debug_info`…); `.text` is what the
   * text holds beyond the Go packages' functions (C code, the linker's own functions);
   * `ELF header`, `program headers`, `section headers`; `padding` for the bytes between them.
   */
  name: string
  bytes: number
}

/**
 * The parts of the file besides the packages' code, so that the code and these add up to the
 * file's size exactly: every section that takes bytes of the file (with `.text` less `codeBytes`),
 * the header tables, and the alignment padding between them. Where two ranges overlap, the
 * bytes count once, for the range that starts first.
 */
export function fileParts(elf: ElfFile, fileBytes: number, codeBytes: number): FilePart[] {
  const ranges = [
    ...elf.tables.map(t => ({ name: t.name as string, offset: t.offset, size: t.size })),
    ...elf.sections
      .filter(s => s.inFile && s.size > 0 && s.type !== 0)
      .map(s => ({ name: s.name || '(unnamed section)', offset: s.offset, size: s.size }))
  ].sort((a, b) => a.offset - b.offset || b.size - a.size)
  const bytes = new Map<string, number>()
  const add = (name: string, size: number): void => {
    if (size > 0) bytes.set(name, (bytes.get(name) ?? 0) + size)
  }
  let covered = 0
  let end = 0
  for (const range of ranges) {
    const start = Math.max(range.offset, end)
    const stop = Math.min(range.offset + range.size, fileBytes)
    if (stop <= start) continue
    add(range.name, stop - start)
    covered += stop - start
    end = stop
  }
  // The packages' functions lie in .text; without section headers they are taken from the rest.
  const text = bytes.has('.text') ? '.text' : undefined
  if (text) bytes.set(text, Math.max(0, bytes.get(text)! - codeBytes))
  const uncovered = fileBytes - covered - (text ? 0 : codeBytes)
  add('padding', uncovered)
  return [...bytes]
    .map(([name, size]) => ({ name, bytes: size }))
    .filter(part => part.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1))
}
