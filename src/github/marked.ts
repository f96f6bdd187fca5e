// What the action keeps on GitHub (the sticky comment, the drift issue) is found again by a hidden
// marker on its first line. Anyone can post that marker, so only what people who can write to the
// repository (or a bot, such as the Actions token) wrote counts: an issue template can add the drift
// label, and anyone can comment, so a stranger could otherwise plant text for us to overwrite.
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

/** A comment or an issue, as far as telling ours apart needs. */
export interface Marked {
  id: number
  body?: string | null
  author_association: string
  user: { type: string } | null
}

/** The hidden first line that marks a comment or an issue as ours, for one key. */
export function markerFor(key: string): string {
  return `<!-- go-image-budget:${key.replace(/--/g, '-\u200b-')} -->`
}

/** The items that start with MARKER and were written by someone we trust, oldest first. */
export function ownedByMarker<T extends Marked>(items: readonly T[], marker: string): T[] {
  return items
    .filter(
      item => (item.body ?? '').trimStart().startsWith(marker) && writtenByTrustedAuthor(item)
    )
    .sort((a, b) => a.id - b.id)
}

function writtenByTrustedAuthor(item: Marked): boolean {
  return item.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(item.author_association)
}
