// Only people who can write to the repository (or a bot, such as the Actions token) can own what the
// action keeps on GitHub: anyone else could post our hidden marker to have us overwrite their text.
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

export interface Authored {
  author_association: string
  user: { type: string } | null
}

export function writtenByTrustedAuthor(item: Authored): boolean {
  return item.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(item.author_association)
}
