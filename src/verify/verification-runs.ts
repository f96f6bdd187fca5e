import { randomBytes } from 'node:crypto'
import type { DockerOptions } from '../tools/docker.js'
import { removeContainers } from './container.js'
import { probeRun, startRun, type ContainerRun, type RunPlan } from './container-run.js'

/**
 * The containers of one verification: uniquely named under PREFIX, each run remembered until it
 * has settled, so that all of them can be removed once none is being started or probed. When STOP
 * aborts, the runs are cut short: the probes end and the containers are removed at once, which
 * ends every wait on them (`docker wait` returns, an inspection finds nothing).
 */
export class VerificationRuns {
  private readonly id = randomBytes(4).toString('hex')
  private readonly names: string[] = []
  private readonly pending: Promise<unknown>[] = []
  private readonly probes = new AbortController()

  constructor(
    private readonly prefix: string,
    readonly docker: DockerOptions,
    private readonly stop?: AbortSignal
  ) {
    stop?.addEventListener('abort', this.cutShort, { once: true })
  }

  private readonly cutShort = (): void => {
    this.probes.abort()
    this.removeAll().catch(() => undefined)
  }

  name(role: string): string {
    const name = `${this.prefix}-${this.id}-${role}`
    this.names.push(name)
    return name
  }

  /** Starts PLAN's container and lets it settle, then goes on with THEN (a probe, say). */
  start(
    plan: RunPlan,
    then: (run: ContainerRun) => Promise<ContainerRun> = async run => run
  ): Promise<ContainerRun> {
    const run = startRun(plan, this.docker, this.stop).then(then)
    this.pending.push(run)
    // Whoever awaits it hears of a failure; a run whose answer is not wanted has nobody.
    run.catch(() => undefined)
    return run
  }

  probe(run: ContainerRun, port: number, path: string): Promise<ContainerRun> {
    return probeRun(run, port, path, this.docker, this.probes.signal)
  }

  /** Ends the probes still asking: their answers are no longer wanted. */
  stopProbing(): void {
    this.probes.abort()
  }

  /** Once every run has settled, removes every container. */
  async end(): Promise<void> {
    this.stop?.removeEventListener('abort', this.cutShort)
    this.probes.abort()
    await Promise.allSettled(this.pending)
    await this.removeAll()
  }

  private removeAll(): Promise<void> {
    return removeContainers(this.names, this.docker)
  }
}
