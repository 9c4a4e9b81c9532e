/**
 * Worker processes for the fault campaign: real `npm run worker` processes on the campaign's database,
 * started and killed with SIGKILL at random moments, as a crash or an OOM kill would end them.
 */
import { type ChildProcess, spawn } from 'node:child_process'

export type WorkerPool = {
  /** SIGKILLs one worker that is up and working, at random, and starts a replacement; false if none was. */
  killOne(random: () => number): boolean
  stop(): Promise<void>
  kills: number
  started: number
}

/** SIGKILL for the worker and the runner above it, as an OOM kill or a power cut would end them. */
function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}

export function startWorkers(
  count: number,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): WorkerPool {
  const running = new Set<ChildProcess>()
  // Only a worker that has booted can be caught mid-delivery; killing one still booting proves nothing.
  const ready = new Set<ChildProcess>()
  const pool: WorkerPool = {
    killOne(random) {
      const list = [...ready]
      if (!list.length) return false
      const victim = list[Math.floor(random() * list.length)]!
      running.delete(victim)
      ready.delete(victim)
      killGroup(victim)
      pool.kills++
      start()
      return true
    },
    kills: 0,
    started: 0,
    async stop() {
      const exits = [...running].map(
        (child) => new Promise<void>((resolve) => child.once('exit', () => resolve())),
      )
      for (const child of running) killGroup(child)
      running.clear()
      await Promise.all(exits)
    },
  }
  function start() {
    const child = spawn(process.execPath, ['scripts/run.mjs', 'scripts/worker.ts'], {
      env: { ...process.env, ...env, JOBS_AUTORUN: 'false' },
      // Its own process group: scripts/run.mjs starts the worker as a child, and the kill must reach both.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    pool.started++
    running.add(child)
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString().trim()
      if (text && !/ExperimentalWarning|--trace-warnings/.test(text)) log(`worker ${child.pid}: ${text}`)
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('worker: running queues')) ready.add(child)
    })
    child.once('exit', () => {
      running.delete(child)
      ready.delete(child)
    })
  }
  for (let i = 0; i < count; i++) start()
  return pool
}
