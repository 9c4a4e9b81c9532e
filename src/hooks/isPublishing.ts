/** True when this save turns the item from a draft (or nothing) into its published state. */
export const isPublishing = (
  data: { _status?: unknown },
  originalDoc?: { _status?: unknown } | null,
): boolean => data._status === 'published' && originalDoc?._status !== 'published'
