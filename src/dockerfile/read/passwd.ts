/** One line of /etc/passwd: `name:password:uid:gid:gecos:home:shell`. */
export interface PasswdEntry {
  name: string
  uid: number
  gid: number
  gecos: string
  home: string
}

/** One line of /etc/group: `name:password:gid:members`. */
export interface GroupEntry {
  name: string
  gid: number
}

/** The users of an /etc/passwd; lines that are not of its form (comments, NIS `+`) are skipped. */
export function readPasswd(text: string): PasswdEntry[] {
  return fields(text, 7).flatMap(([name, , uid, gid, gecos, home]) => {
    const ids = [uid, gid].map(Number)
    if (!name || !ids.every(Number.isSafeInteger)) return []
    return [{ name, uid: ids[0]!, gid: ids[1]!, gecos: gecos ?? '', home: home ?? '' }]
  })
}

/** The groups of an /etc/group. */
export function readGroups(text: string): GroupEntry[] {
  return fields(text, 4).flatMap(([name, , gid]) => {
    const id = Number(gid)
    return name && gid !== '' && Number.isSafeInteger(id) ? [{ name, gid: id }] : []
  })
}

function fields(text: string, count: number): string[][] {
  return text
    .split('\n')
    .map(line => line.replace(/\r$/, '').split(':'))
    .filter(parts => parts.length === count && !parts[0]!.startsWith('#'))
}
