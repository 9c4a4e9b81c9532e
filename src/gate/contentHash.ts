/**
 * A reviewer approves words, not a record id: the ticket keeps a hash of what the editor wrote, and
 * any later change to it — however small — makes the approval void. The hash covers the fields an
 * editor controls and leaves out what the system stamps (索引号, timestamps, deadlines, status).
 */
import { createHash } from 'node:crypto'

import type { Field } from 'payload'

// The unit stays in: 发布机构 is shown on the public page, so moving an item is a change to review.
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'author'])
const NEVER_EDITORIAL = new Set(['ui', 'join'])

/** The names of the top-level fields whose values make up the content, through rows, tabs and collapsibles. */
export function editorialFieldNames(fields: Field[]): string[] {
  const names: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) names.push(tab.name)
        else names.push(...editorialFieldNames(tab.fields))
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) names.push(...editorialFieldNames(field.fields))
      continue
    }
    if (NEVER_EDITORIAL.has(field.type) || SYSTEM_FIELDS.has(field.name)) continue
    if ('virtual' in field && field.virtual) continue
    if (field.admin && 'readOnly' in field.admin && field.admin.readOnly) continue
    names.push(field.name)
  }
  return names
}

/** JSON with sorted keys and without empty values, so equal content always gives equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== null && inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]))
  }
  return value
}

export function contentHash(fields: Field[], doc: Record<string, unknown>): string {
  const content = Object.fromEntries(editorialFieldNames(fields).map((name) => [name, doc[name] ?? null]))
  return createHash('sha256')
    .update(JSON.stringify(canonical(content)))
    .digest('hex')
}
