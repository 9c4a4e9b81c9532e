import { APIError, type AfterErrorHook } from 'payload'

/**
 * Refuses a request because of one field, with the rule in the message itself. A ValidationError's
 * per-field details are dropped from production responses when the class is bundled twice, so the
 * reason must never live only in `data`: editors would see "the following field is invalid" and no why.
 */
export function refuseField(path: string, message: string, status = 400): never {
  throw new APIError(message, status, { errors: [{ message, path }] }, true)
}

type PublicError = Error & { data?: unknown; isPublic?: boolean; status?: number }

/**
 * Payload formats errors by `instanceof`; in a production bundle an error class from our hooks can
 * fail that test and the response degrades to "An unknown error occurred." A refusal that is meant
 * for the user (public, 4xx) always reaches them with its own words.
 */
export const explainPublicErrors: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic, message, status } = error as PublicError
  if (!result || !isPublic || !status || status >= 500) return
  if (result.errors?.[0]?.message === message) return
  return {
    response: { errors: [{ data: data as Record<string, unknown> | undefined, message, name: 'APIError' }] },
    status,
  }
}
