/** What every handler is given: the state and the running sandbox's services. */
import type { FaultQueue } from './faults'
import type { SandboxState } from './state'

export type Sandbox = {
  state: SandboxState
  /** The sandbox's own base URL (http://127.0.0.1:PORT): images and article pages are served from it. */
  url: string
  now: () => number
  publishDelayMs: number
  faults: FaultQueue
  /** Saves the state soon (to the state file, when there is one). */
  persist: () => void
  /** setTimeout that close() cancels. */
  later: (ms: number, run: () => void) => void
  /** Work that outlives a request (callbacks); close() aborts it through `signal`. */
  background: (work: Promise<unknown>) => void
  signal: AbortSignal
}
