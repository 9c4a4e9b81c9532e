import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs work in the request's transaction, starting one if none is open: all of it commits, or none.
 * `onFailure` runs after the rollback, outside the transaction (to put a refusal on record).
 */
export async function inTransaction<T>(
  req: PayloadRequest,
  work: () => Promise<T>,
  onFailure?: (error: unknown) => Promise<void>,
): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    await onFailure?.(error)
    throw error
  }
}
