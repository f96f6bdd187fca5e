/** A module whose packages are written against C (cgo): a pure-Go build cannot include them. */
export interface CgoModule {
  /** Its module path; one ending in `/` stands for every module under it. */
  path: string
  /**
   * It loads C libraries at run time, or needs system libraries with no static archive, so not
   * even a static cgo link gives a binary that runs alone.
   */
  loadsLibrariesAtRunTime: boolean
}

export const CGO_MODULES: readonly CgoModule[] = [
  { path: 'github.com/mattn/go-sqlite3', loadsLibrariesAtRunTime: false },
  { path: 'github.com/mattn/go-oci8', loadsLibrariesAtRunTime: true },
  { path: 'github.com/godror/godror', loadsLibrariesAtRunTime: true },
  { path: 'github.com/confluentinc/confluent-kafka-go', loadsLibrariesAtRunTime: false },
  { path: 'github.com/DataDog/zstd', loadsLibrariesAtRunTime: false },
  { path: 'github.com/valyala/gozstd', loadsLibrariesAtRunTime: false },
  { path: 'github.com/h2non/bimg', loadsLibrariesAtRunTime: false },
  { path: 'gopkg.in/gographics/imagick', loadsLibrariesAtRunTime: false },
  { path: 'github.com/tecbot/gorocksdb', loadsLibrariesAtRunTime: false },
  { path: 'github.com/linxGnu/grocksdb', loadsLibrariesAtRunTime: false },
  { path: 'github.com/go-gl/', loadsLibrariesAtRunTime: true },
  { path: 'github.com/gotk3/', loadsLibrariesAtRunTime: true },
  { path: 'github.com/webview/', loadsLibrariesAtRunTime: true },
  { path: 'libvirt.org/go/libvirt', loadsLibrariesAtRunTime: true },
  { path: 'github.com/libvirt/libvirt-go', loadsLibrariesAtRunTime: true }
]

/** The known cgo module a required module path is, or belongs to (`…/v2`, a sub-module). */
export function cgoModuleOf(modulePath: string): CgoModule | undefined {
  return CGO_MODULES.find(
    ({ path }) =>
      modulePath === path || modulePath.startsWith(path.endsWith('/') ? path : `${path}/`)
  )
}
