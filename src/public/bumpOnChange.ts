import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { bumpPublicGeneration } from './generation'

/** For collections the public reads directly or through relationships (units): any change is public. */
export const bumpPublicGenerationAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await bumpPublicGeneration(req)
  return doc
}

export const bumpPublicGenerationAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpPublicGeneration(req)
  return doc
}
