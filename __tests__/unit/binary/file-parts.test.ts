import { describe, expect, it } from '@jest/globals'
import type { ElfFile } from '../../../src/binary/elf.js'
import { fileParts } from '../../../src/binary/file-parts.js'
import { Fields } from '../../../src/binary/byte-source.js'

const section = (name: string, offset: number, size: number, type = 1) => ({
  name,
  type,
  address: 0,
  offset,
  size,
  inFile: type !== 8
})

function elfOf(sections: ElfFile['sections'], tables: ElfFile['tables']): ElfFile {
  return {
    bits: 64,
    littleEndian: true,
    type: 'executable',
    machine: 62,
    segments: [],
    sections,
    tables,
    needed: [],
    fields: new Fields(true)
  }
}

const sum = (parts: { bytes: number }[]) => parts.reduce((total, part) => total + part.bytes, 0)

describe('fileParts', () => {
  it('names every byte outside the code: sections, tables, .text less the code, padding', () => {
    const elf = elfOf(
      [
        section('', 0, 0, 0),
        section('.text', 4096, 1000),
        section('.rodata', 5096, 300),
        section('.bss', 6000, 5000, 8),
        section('.symtab', 6000, 200, 2)
      ],
      [
        { name: 'ELF header', offset: 0, size: 64 },
        { name: 'program headers', offset: 64, size: 56 * 3 },
        { name: 'section headers', offset: 6200, size: 64 * 5 }
      ]
    )
    const parts = fileParts(elf, 6520, 900)
    expect(parts).toEqual([
      { name: 'padding', bytes: 4096 - 64 - 168 + (6000 - 5396) },
      { name: 'section headers', bytes: 320 },
      { name: '.rodata', bytes: 300 },
      { name: '.symtab', bytes: 200 },
      { name: 'program headers', bytes: 168 },
      { name: '.text', bytes: 100 },
      { name: 'ELF header', bytes: 64 }
    ])
    expect(sum(parts) + 900).toBe(6520)
  })

  it('counts overlapping bytes once and stops at the end of the file', () => {
    const elf = elfOf([section('.a', 100, 100), section('.b', 150, 100)], [])
    expect(fileParts(elf, 220, 0)).toEqual([
      { name: '.a', bytes: 100 },
      { name: 'padding', bytes: 100 },
      { name: '.b', bytes: 20 }
    ])
  })
})
