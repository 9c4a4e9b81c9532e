import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean => Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** The id of a relationship value whether it came populated or as a bare id. */
export const idOf = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  if (typeof value === 'number' || typeof value === 'string') return value
  return undefined
}
