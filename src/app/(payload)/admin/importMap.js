import { default as default_534076e2c753ea5d539a54b05f456b1b } from '@/components/admin/Icon'
import { default as default_a44df17d0fc3dcd873dae43dc3bf66bd } from '@/components/admin/Logo'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/Icon#default": default_534076e2c753ea5d539a54b05f456b1b,
  "@/components/admin/Logo#default": default_a44df17d0fc3dcd873dae43dc3bf66bd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
