import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, isStaffUser } from '@/access'
import { option, zhEn } from '@/lib/bilingual'

import { auditAccountChanges, auditAccountDeletion } from './hooks/auditAccountChanges'
import { refuseRoleChangesByNonAdmins } from './hooks/refuseRoleChangesByNonAdmins'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

/**
 * Staff accounts. Roles decide what a person may do (admin / editor / reviewer); the unit decides
 * where (谁开设谁管理: reviewers vet for their own unit). Only admins create accounts or change roles
 * and units; everyone else sees and edits only their own record.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { plural: zhEn('用户', 'Users'), singular: zhEn('用户', 'User') },
  graphQL: { pluralName: 'Users', singularName: 'User' },
  auth: {
    // Five wrong passwords lock the account for 15 minutes; an admin can unlock it earlier.
    lockTime: 15 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  access: {
    admin: isStaffUser,
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    unlock: isAdmin,
    update: isAdminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles', 'unit'],
    group: zhEn('系统管理', 'Administration'),
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', label: zhEn('姓名', 'Name'), required: true },
    {
      name: 'roles',
      type: 'select',
      label: zhEn('角色', 'Roles'),
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: [
        option('admin', '管理员', 'Administrator'),
        option('editor', '撰稿人', 'Editor'),
        option('reviewer', '审核人', 'Reviewer'),
      ],
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: zhEn('所属单位', 'Unit'),
      required: true,
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    { name: 'phone', type: 'text', label: zhEn('联系电话', 'Phone') },
  ],
  hooks: {
    beforeOperation: [refuseRoleChangesByNonAdmins],
    beforeValidate: [makeFirstUserAdmin],
    afterChange: [auditAccountChanges],
    afterDelete: [auditAccountDeletion],
  },
}
