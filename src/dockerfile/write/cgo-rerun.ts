import type { CgoRerun } from '../find/image-build.js'
import type { PlannedChange } from './planned-change.js'
import type { LineInsert } from './render.js'

/**
 * A build the Dockerfile hides linked its binary against the C library only because cgo was on
 * (the program needs none of it): the same build step runs again with CGO_ENABLED=0 in its
 * environment, set just before it so the step itself stays as the user wrote it.
 */
export function cgoRerunInsert(rerun: CgoRerun): { insert: LineInsert; change: PlannedChange } {
  const line = rerun.instruction.startLine + 1
  const step = rerun.hidden ? `RUN ${rerun.hidden.command}` : 'the last RUN of the build stage'
  const paths = rerun.binaries.map(binary => binary.source).join(', ')
  return {
    insert: {
      after: rerun.instruction.startLine - 1,
      lines: ['# A static build for the scratch stage: no C library there.', 'ENV CGO_ENABLED=0']
    },
    change: {
      summary: `CGO_ENABLED=0 set for ${step} (line ${line}): ${paths} was linked against the C library, and the program needs no cgo`,
      gap: `${paths} is linked against the C library: build it with CGO_ENABLED=0`
    }
  }
}
