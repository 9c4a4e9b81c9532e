/**
 * SQLite allows one writer at a time. The SQLite adapter opens each transaction on a fresh connection
 * with BEGIN IMMEDIATE, and its synchronous driver cannot wait for a lock without stopping the very
 * event loop that would release it: two editors saving at once got "SQLITE_BUSY: database is locked"
 * (measured: 39 of 40 concurrent creates failed). Queuing write transactions inside the process makes
 * them wait their turn instead; SQLite's single writer means no throughput is lost.
 * Several server processes on one SQLite file still contend: run those on PostgreSQL.
 */
import type { BaseDatabaseAdapter } from 'payload'

type TransactionID = number | Promise<number | string> | string
type Adapter = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

export const WRITE_QUEUE_TIMEOUT_MS = 30_000

export function queueWriteTransactions<T extends Adapter>(adapter: T, timeoutMs = WRITE_QUEUE_TIMEOUT_MS): T {
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const releases = new Map<number | string, () => void>()
  let tail: Promise<void> = Promise.resolve()

  const waitTurn = (previous: Promise<void>) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`数据库繁忙，请稍后重试 (the database stayed busy for ${timeoutMs / 1000} s)`)),
        timeoutMs,
      )
      void previous.then(() => {
        clearTimeout(timer)
        resolve()
      })
    })

  const finish = async (end: (id: TransactionID) => Promise<void>, incoming: TransactionID) => {
    const id = await incoming
    try {
      await end(id)
    } finally {
      releases.get(id)?.()
      releases.delete(id)
    }
  }

  adapter.beginTransaction = async (options) => {
    let release: () => void = () => {}
    const previous = tail
    tail = new Promise<void>((resolve) => (release = resolve))
    try {
      await waitTurn(previous)
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  adapter.commitTransaction = (id) => finish(commit, id)
  adapter.rollbackTransaction = (id) => finish(rollback, id)
  return adapter
}
