/**
 * Gathers what the annual report counts, bureau-wide. Only the fields the figures need are read:
 * applicants' personal data never leaves the request records.
 */
import type { PayloadRequest } from 'payload'

import type { AnnualReportData, NormativeRecord, ReportInputs, RequestRecord } from './computeAnnualReport'

const ENDED_VALIDITY = ['amended', 'expired', 'repealed']

export async function loadReportData(req: PayloadRequest, year: number): Promise<AnnualReportData> {
  const { payload } = req
  const requests = await payload.find({
    collection: 'disclosure-requests',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {
      administrativeReviews: true,
      applicantType: true,
      litigations: true,
      notProcessedReason: true,
      otherHandlingReason: true,
      outcome: true,
      receivedOn: true,
      refusalReason: true,
      repliedOn: true,
      unavailableReason: true,
    },
    // Nothing received after the year can count in it.
    where: { receivedOn: { less_than: `${year + 1}-01-01T00:00:00.000+08:00` } },
  })
  // The published state of each normative document (drafts of later edits are not the record).
  const documents = await payload.find({
    collection: 'disclosures',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { firstPublishedAt: true, formedOn: true, validity: true },
    where: { and: [{ docType: { equals: 'normative' } }, { firstPublishedAt: { exists: true } }] },
  })
  const normativeDocuments: NormativeRecord[] = []
  for (const doc of documents.docs) {
    normativeDocuments.push({
      endedOn: ENDED_VALIDITY.includes(doc.validity ?? '') ? await endedOn(req, doc.id) : null,
      formedOn: doc.formedOn ?? null,
      id: doc.id,
      publishedAt: doc.firstPublishedAt ?? null,
      validity: doc.validity ?? null,
    })
  }
  const inputs = await payload.find({
    collection: 'annual-report-inputs',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { year: { equals: year } },
  })
  return {
    inputs: (inputs.docs[0] as ReportInputs | undefined) ?? null,
    normativeDocuments,
    requests: requests.docs as unknown as RequestRecord[],
  }
}

/** The day a document's validity ended: its first published version that says so. */
async function endedOn(req: PayloadRequest, id: number | string): Promise<null | string> {
  const versions = await req.payload.findVersions({
    collection: 'disclosures',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: 'createdAt',
    where: {
      and: [
        { parent: { equals: id } },
        { 'version._status': { equals: 'published' } },
        { 'version.validity': { in: ENDED_VALIDITY } },
      ],
    },
  })
  return versions.docs[0]?.createdAt ?? null
}
