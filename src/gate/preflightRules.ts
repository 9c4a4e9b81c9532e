/**
 * Rules that a publication of each kind of content would refuse, checked before a reviewer spends
 * time on the item: finding them at submission is kinder than a delivery failing after three signatures.
 */
import type { PayloadRequest } from 'payload'

import { isPolicyPublished } from '../../collections/Interpretations/hooks/requirePublishedPolicy'
import type { Finding } from '@/lib/preflight/types'

import type { ContentCollection } from './vocabulary'

type Doc = Record<string, unknown>
type Rule = (req: PayloadRequest, doc: Doc) => Promise<Finding[]> | Finding[]

const blocking = (code: string, field: string, message: string): Finding => ({
  code,
  field,
  message,
  severity: 'blocking',
})

const neverWithheld: Rule = (_, doc) =>
  doc.disclosureMode === 'not_disclosed'
    ? [
        blocking(
          'withheld_item',
          'disclosureMode',
          '不予公开的信息不能发布 (disclosureMode 不予公开 cannot be published)',
        ),
      ]
    : []

const policyPublishedFirst: Rule = async (req, doc) => {
  return (await isPolicyPublished(req, doc.policy))
    ? []
    : [
        blocking(
          'policy_unpublished',
          'policy',
          '所解读的政策尚未发布：须先发布政策，再提交解读 (publish the policy first)',
        ),
      ]
}

const adoptionReportedAfterClose: Rule = (_, doc) => {
  const closed = typeof doc.closesAt === 'string' && new Date(doc.closesAt).getTime() <= Date.now()
  const summary = typeof doc.adoptionSummary === 'string' ? doc.adoptionSummary.trim() : ''
  return closed && !summary
    ? [
        blocking(
          'adoption_missing',
          'adoptionSummary',
          '采纳情况 (adoptionSummary) 必填：征求意见结束后须公布意见采纳情况',
        ),
      ]
    : []
}

export const COLLECTION_RULES: Record<ContentCollection, Rule[]> = {
  consultations: [adoptionReportedAfterClose],
  disclosures: [neverWithheld],
  interpretations: [policyPublishedFirst],
  responses: [],
}
