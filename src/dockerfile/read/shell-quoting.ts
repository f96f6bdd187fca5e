import { quote } from 'shell-quote'

// The other way round from shell-words.ts: a word written so the shell reads it back exactly as
// it was, with no expansion. Plain words stay as they are, so a generated line reads like one a
// person would write.
const PLAIN_WORD = /^[A-Za-z0-9_./=:,@%+-]+$/

/** WORD as one shell word that means exactly WORD. */
export function shellWord(word: string): string {
  return PLAIN_WORD.test(word) ? word : quote([word])
}
