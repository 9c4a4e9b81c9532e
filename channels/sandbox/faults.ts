/**
 * Queued faults: the next N matching API calls (or, in campaign mode, each matching call with a given
 * probability, drawn from a seeded generator so a failing run can be replayed) go wrong on purpose.
 */

export const FAULT_KINDS = ['http_500', 'timeout', 'drop_after_commit', 'errcode', 'publish_status'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export type FaultSpec = {
  /** An API path such as '/cgi-bin/freepublish/submit', or '*' for every WeChat and Weibo API call. */
  path: string
  fault: FaultKind
  /** How many upcoming matching calls it applies to; default 1, or unlimited with a probability. */
  times?: number
  /** 0..1: apply to each matching call with this chance instead of to the next ones. */
  probability?: number
  seed?: number
  /** errcode: the platform error code to answer with. */
  code?: number
  /** timeout: how long the socket is held before it is destroyed (default 10 s). */
  ms?: number
  /** publish_status: how the submitted publish job ends (2 originality, 3 failed, 4 rejected). */
  status?: 2 | 3 | 4
}

export type Fault = FaultSpec & { id: number; remaining: number | null; applied: number }

/** mulberry32: tiny, fast and good enough to decide coin flips reproducibly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const isApiPath = (path: string) => path.startsWith('/cgi-bin/') || path.startsWith('/2/')

/** Why a fault request is unusable, in words; undefined when it is fine. */
export function faultProblem(spec: Partial<FaultSpec>): string | undefined {
  if (typeof spec.path !== 'string' || (spec.path !== '*' && !isApiPath(spec.path)))
    return "path must be '*' or an API path under /cgi-bin/ or /2/"
  if (!FAULT_KINDS.includes(spec.fault as FaultKind)) return `fault must be one of ${FAULT_KINDS.join(', ')}`
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times > 0))
    return 'times must be a positive integer'
  if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1))
    return 'probability must be between 0 and 1'
  if (spec.fault === 'errcode' && !Number.isInteger(spec.code)) return 'errcode needs an integer code'
  if (spec.fault === 'publish_status' && ![2, 3, 4].includes(spec.status as number))
    return 'publish_status needs status 2, 3 or 4'
  if (spec.fault === 'publish_status' && spec.path !== '/cgi-bin/freepublish/submit')
    return "publish_status applies to path '/cgi-bin/freepublish/submit'"
  if (spec.ms !== undefined && !(Number.isFinite(spec.ms) && spec.ms >= 0)) return 'ms must be a number ≥ 0'
  return undefined
}

export class FaultQueue {
  private faults: Fault[] = []
  private draws = new Map<number, () => number>()
  /** Every fault applied so far, by kind and path, kept after a fault is used up (campaign summaries). */
  private tally = new Map<string, number>()
  private nextId = 1

  add(spec: FaultSpec): Fault {
    const random = spec.probability !== undefined
    const fault: Fault = {
      ...spec,
      applied: 0,
      id: this.nextId++,
      remaining: spec.times ?? (random ? null : 1),
    }
    this.faults.push(fault)
    if (random) this.draws.set(fault.id, seeded(spec.seed ?? 1))
    return fault
  }

  /** The fault that applies to this call, if any, counted as used. */
  take(path: string): Fault | undefined {
    for (const fault of this.faults) {
      if (fault.path !== '*' && fault.path !== path) continue
      const draw = this.draws.get(fault.id)
      if (draw && draw() >= (fault.probability ?? 1)) continue
      fault.applied++
      const kind =
        fault.fault === 'errcode'
          ? `errcode ${fault.code}`
          : fault.fault === 'publish_status'
            ? `publish_status ${fault.status}`
            : fault.fault
      this.tally.set(`${kind} ${path}`, (this.tally.get(`${kind} ${path}`) ?? 0) + 1)
      if (fault.remaining !== null && --fault.remaining === 0) this.remove(fault.id)
      return { ...fault }
    }
    return undefined
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }))
  }

  /** How often each kind of fault hit each path since the last clear. */
  appliedSoFar(): Record<string, number> {
    return Object.fromEntries(this.tally)
  }

  clear(): void {
    this.faults = []
    this.draws.clear()
    this.tally.clear()
  }

  private remove(id: number): void {
    this.faults = this.faults.filter((fault) => fault.id !== id)
    this.draws.delete(id)
  }
}
