/**
 * Payload's `draft` flag (REST `?draft=true`, GraphQL `draft: true`) swaps in the newest draft; it is a
 * query option, not access control. For the public every read is of the live version, and sorting on a
 * staff-only field is refused (the order would reveal the hidden values; `where` on them Payload refuses).
 */
import { APIError, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

import { canReadInternalField, isPublicReader } from './access'

const internalPaths = new WeakMap<object, Set<string>>()

function collectInternal(fields: FlattenedField[], prefix: string, into: Set<string>): Set<string> {
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if (field.access?.read === canReadInternalField) into.add(path)
    if ('flattenedFields' in field && field.flattenedFields) {
      collectInternal(field.flattenedFields, `${path}.`, into)
    }
  }
  return into
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((part) => String(part).trim().replace(/^-/, ''))
    .filter(Boolean)

export const readLiveVersionOnly: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  // Server code reading with overrideAccess (the gate hashing the newest draft, jobs) is trusted.
  if (operation !== 'read' || (args as { overrideAccess?: boolean }).overrideAccess === true) return args
  if (!isPublicReader(req)) return args
  let hidden = internalPaths.get(collection)
  if (!hidden) {
    hidden = collectInternal(collection.flattenedFields, '', new Set())
    internalPaths.set(collection, hidden)
  }
  for (const path of sortPaths((args as { sort?: unknown }).sort)) {
    if ([...hidden].some((name) => path === name || path.startsWith(`${name}.`))) {
      // Not a gate refusal: an anonymous caller must not be able to fill the audit log.
      const message = `不能按非公开字段“${path}”排序 (sort: ${path} is not a public field)`
      throw new APIError(message, 400, { errors: [{ message, path: 'sort' }] }, true)
    }
  }
  return { ...args, draft: false }
}
