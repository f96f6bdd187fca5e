import { describe, expect, it } from '@jest/globals'
import { cleanInstruction, instructionsForLayers } from '../../../src/measure/history.js'

describe('instructionsForLayers', () => {
  it('skips instructions that made no layer so the rest line up with RootFS', () => {
    const history = [
      { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
      { created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
      { created_by: 'RUN /bin/sh -c apk add git # buildkit' },
      { created_by: 'WORKDIR /src', empty_layer: true },
      { created_by: 'ENV CGO_ENABLED=0', empty_layer: true },
      { created_by: 'COPY . . # buildkit' },
      { created_by: 'RUN /bin/sh -c go build -o /app . # buildkit' },
      { created_by: 'CMD ["/app"]', empty_layer: true }
    ]
    expect(instructionsForLayers(history, 4)).toEqual([
      'ADD file:abc in /',
      'RUN apk add git',
      'COPY . .',
      'RUN go build -o /app .'
    ])
  })

  it('keeps WORKDIR when BuildKit made a layer for it', () => {
    const history = [
      { created_by: 'RUN /bin/sh -c echo hi > /a.txt # buildkit' },
      { created_by: 'WORKDIR /app' },
      { created_by: 'ENV X=1', empty_layer: true },
      { created_by: 'RUN /bin/sh -c rm /a.txt # buildkit' }
    ]
    expect(instructionsForLayers(history, 3)).toEqual([
      'RUN echo hi > /a.txt',
      'WORKDIR /app',
      'RUN rm /a.txt'
    ])
  })

  it('matches the newest entries to the newest layers when history is short', () => {
    const history = [{ created_by: 'COPY app /app # buildkit' }]
    expect(instructionsForLayers(history, 3)).toEqual(['', '', 'COPY app /app'])
    expect(instructionsForLayers(undefined, 2)).toEqual(['', ''])
  })

  it('gives an imported layer without created_by an empty instruction', () => {
    expect(instructionsForLayers([{ comment: 'Imported from -' }], 1)).toEqual([''])
  })
})

describe('cleanInstruction', () => {
  it.each([
    ['RUN /bin/sh -c go build ./... # buildkit', 'RUN go build ./...'],
    ['RUN |2 GOOS=linux GOARCH=amd64 /bin/sh -c go build . # buildkit', 'RUN go build .'],
    ['/bin/sh -c #(nop) WORKDIR /go', 'WORKDIR /go'],
    ['/bin/sh -c apt-get update', 'RUN apt-get update'],
    ['COPY /out/app /app # buildkit', 'COPY /out/app /app'],
    ['', '']
  ])('%s', (createdBy, expected) => {
    expect(cleanInstruction(createdBy)).toBe(expected)
  })
})
