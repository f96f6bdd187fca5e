import { parseArgs } from 'node:util'
import { BuildInput, type BuildInputName } from '../core/build-inputs.js'
import { Input, InputError, parseInputs, type InputName, type Inputs } from '../core/inputs.js'

export type OutputFormat = 'terminal' | 'json' | 'markdown'

export interface CliCommand {
  inputs: Inputs
  format: OutputFormat
  verbose: boolean
  /** Print the drift report of this history file (JSON, or a saved issue body) instead of building. */
  driftReport?: string
}

export const USAGE = `Usage: go-image-budget [options]

Builds the image, measures it, checks the budget and proves a FROM scratch alternative.

  --context DIR           build context (default .)
  --file PATH             Dockerfile (default CONTEXT/Dockerfile)
  --target STAGE          build target
  --build-arg KEY=VALUE   build argument (repeatable)
  --platform OS/ARCH      target platform
  --builder NAME          buildx builder
  --max-size SIZE         budget, e.g. 25MB, 1.5GiB, 30000000
  --max-compressed-size SIZE
  --max-layers N
  --max-binary-size SIZE  largest Go binary of the image's own layers, same forms as --max-size
  --alternative MODE      scratch (default) or none
  --go-package PKG        main package when make or a script builds it, e.g. ./cmd/server
  --baseline-image REF    compare with this image (pulled and measured, not built),
                          e.g. ghcr.io/acme/api:main
  --image NAME            measure this image from the engine as it is instead of building it;
                          the alternative is still generated from the Dockerfile
  --verify-arg ARG        argument passed to both images when verifying (repeatable)
  --verify-port PORT      port to probe over HTTP (default: the image's EXPOSE)
  --verify-path PATH      HTTP path to probe (default /)
  --verify-timeout SECONDS  time limit of each verification run (default 30)
  --drift-report FILE     print the drift report of a history (its JSON, or a saved drift issue
                          body) instead of building; --drift-threshold 5% checks the last run
  --drift-threshold GROWTH

Build options, as docker/build-push-action names them, given to every build (repeatable):
  --secret-envs ID=ENV    a secret read from an environment variable (preferred here)
  --secret-files ID=PATH  a secret read from a file
  --secrets ID=VALUE      a secret given as a value (it stays in your shell history)
  --ssh default|ID=PATH   an ssh agent socket or key
  --cache-from REF        e.g. type=local,src=DIR
  --cache-to REF          written by the build of the image only, e.g. type=local,dest=DIR
  --build-contexts NAME=PATH
  --labels KEY=VALUE      --add-hosts HOST:IP    --ulimit NAME=SOFT:HARD    --allow ENTITLEMENT
  --network MODE          --shm-size SIZE        --no-cache

  --json                  print the JSON report
  --markdown              print the pull-request comment body
  --verbose               show build logs on stderr
  -h, --help              this help

Exit codes: 0 within budget, 1 over budget or the build failed, 2 bad usage.`

// Flags that take one value map one-to-one onto action inputs of the same name.
const SINGLE: InputName[] = [
  Input.Context,
  Input.File,
  Input.Target,
  Input.Platform,
  Input.Builder,
  Input.MaxSize,
  Input.MaxCompressedSize,
  Input.MaxLayers,
  Input.MaxBinarySize,
  Input.Alternative,
  Input.GoPackage,
  Input.VerifyPort,
  Input.VerifyPath,
  Input.VerifyTimeout,
  Input.DriftThreshold,
  Input.BaselineImage,
  Input.Image,
  Input.Network,
  Input.ShmSize
]

// Build options that are lists in the action: one flag a line, repeatable.
const LISTS: BuildInputName[] = [
  BuildInput.Secrets,
  BuildInput.SecretFiles,
  BuildInput.SecretEnvs,
  BuildInput.Ssh,
  BuildInput.CacheFrom,
  BuildInput.CacheTo,
  BuildInput.BuildContexts,
  BuildInput.Labels,
  BuildInput.AddHosts,
  BuildInput.Ulimit,
  BuildInput.Allow
]

/** Parses argv into the same validated Inputs as the action; usage errors are InputErrors. */
export function parseCommand(argv: string[]): CliCommand | 'help' {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(SINGLE.map(name => [name, { type: 'string' as const }])),
        ...Object.fromEntries(
          LISTS.map(name => [name, { type: 'string' as const, multiple: true }])
        ),
        'no-cache': { type: 'boolean' },
        'build-arg': { type: 'string', multiple: true },
        'verify-arg': { type: 'string', multiple: true },
        'drift-report': { type: 'string' },
        json: { type: 'boolean' },
        markdown: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values as Record<string, string | string[] | boolean | undefined>
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n\n${USAGE}`)
  }
  if (values.help) return 'help'
  if (values.json && values.markdown)
    throw new InputError('--json and --markdown cannot be used together')
  const repeated = (flag: string): string =>
    ((values[flag] as string[] | undefined) ?? []).join('\n')
  const inputs = parseInputs(name => {
    if (name === Input.BuildArgs) return repeated('build-arg')
    if (name === Input.VerifyArgs) return repeated('verify-arg')
    if ((LISTS as string[]).includes(name)) return repeated(name)
    if (name === Input.NoCache) return values['no-cache'] ? 'true' : ''
    const value = values[name]
    return typeof value === 'string' ? value : ''
  })
  return {
    inputs: { ...inputs, comment: 'never' },
    format: values.json ? 'json' : values.markdown ? 'markdown' : 'terminal',
    verbose: values.verbose === true,
    driftReport: typeof values['drift-report'] === 'string' ? values['drift-report'] : undefined
  }
}
