// Bottleneck's light build (no Redis clustering), which the throttling plugin itself uses, has the
// same API as the full one but ships no types of its own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
