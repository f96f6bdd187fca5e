/** Decides whether a context path is left out of the build by `.dockerignore`. */
export type IgnoreMatcher = (relativePath: string) => boolean

/**
 * Compiles `.dockerignore` text: `#` comments, `*`, `?` and `**` globs, `!` exceptions, the last
 * matching line winning, and a matched directory taking its contents with it.
 */
export function dockerignoreMatcher(text: string): IgnoreMatcher {
  const rules = text
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const negated = line.startsWith('!')
      const pattern = (negated ? line.slice(1) : line).trim().replace(/^\/+|\/+$/g, '')
      return { negated, pattern: globToRegExp(pattern.replace(/^\.\//, '')) }
    })
  return relativePath => {
    let ignored = false
    for (const rule of rules) {
      if (rule.pattern.test(relativePath)) ignored = !rule.negated
    }
    return ignored
  }
}

function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}(?:/.*)?$`)
}
