/**
 * Field validators for rules that depend on other fields. Payload runs them when an item is published
 * (drafts may be incomplete); each message names the field and the rule in Chinese, English beside it.
 */
type Sibling = Record<string, unknown>
type ValidateArgs = { data?: Sibling; siblingData?: Sibling }

export const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && isBlankRichText(value))

/** A Lexical document with no text in it is as empty as an empty string. */
function isBlankRichText(value: object): boolean {
  if (!('root' in value)) return false
  return !JSON.stringify(value).match(/"text":"[^"]*\S[^"]*"/)
}

/** `applies` sees the field's siblings and, for fields nested in a group, the whole document. */
export function requiredWhen(applies: (sibling: Sibling, document: Sibling) => boolean, message: string) {
  return (value: unknown, { data = {}, siblingData = {} }: ValidateArgs = {}): string | true =>
    applies(siblingData, data) && isBlank(value) ? message : true
}

export function maxChars(limit: number, message: string) {
  return (value: unknown): string | true =>
    typeof value === 'string' && [...value].length > limit ? message : true
}
