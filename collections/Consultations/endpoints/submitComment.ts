import { isValidID, type Endpoint, type PayloadRequest } from 'payload'

import { checkComment, notOpenMessage } from '@/lib/commentRules'
import { clientIp, hashClient, slidingWindowLimiter, takeAll } from '@/lib/rateLimit'

import { CONSULTATION_COMMENTS, CONSULTATIONS, type ConsultationWindow } from '../slugs'

const MINUTE = 60_000
const MAX_REQUEST_BYTES = 32 * 1024

// Per server process (see src/lib/rateLimit.ts): 5 comments per consultation in 10 minutes and
// 20 overall in an hour, per client.
const perConsultation = slidingWindowLimiter({ limit: 5, windowMs: 10 * MINUTE })
const perClient = slidingWindowLimiter({ limit: 20, windowMs: 60 * MINUTE })

const NO_STORE = { 'Cache-Control': 'no-store' }

const refuse = (status: number, message: string, field: null | string, headers: HeadersInit = {}) =>
  Response.json({ errors: [{ field, message }] }, { headers: { ...NO_STORE, ...headers }, status })

/** The route's id in the database's own type; anything malformed is simply "no such consultation". */
function routeID(req: PayloadRequest): number | string | undefined {
  const raw = req.routeParams?.id
  if (typeof raw !== 'string') return undefined
  if (req.payload.db.defaultIDType === 'number') return /^\d{1,15}$/.test(raw) ? Number(raw) : undefined
  return isValidID(raw, 'ObjectID') ? raw : undefined
}

/** Only the published version counts: a draft (or a newer unpublished edit) is not on the public form. */
async function findPublished(req: PayloadRequest): Promise<ConsultationWindow | null> {
  const id = routeID(req)
  if (id === undefined) return null
  const doc = (await req.payload.findByID({
    collection: CONSULTATIONS,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })) as ConsultationWindow | null
  return doc?._status === 'published' ? doc : null
}

const INVALID = Symbol('invalid JSON')

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    const text = (await req.text?.()) ?? ''
    return text ? JSON.parse(text) : {}
  } catch {
    return INVALID
  }
}

/**
 * POST /api/consultations/:id/comments — the public comment form, open to anonymous visitors. The
 * comment waits for moderation; the reply never echoes the contact or the client hash.
 */
export const submitComment: Endpoint = {
  method: 'post',
  path: '/:id/comments',
  handler: async (req) => {
    if (Number(req.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES) {
      return refuse(413, '提交内容过大', null)
    }
    const consultation = await findPublished(req)
    if (!consultation) return refuse(404, '该征求意见不存在或尚未发布 (consultation)', 'consultation')
    const notOpen = notOpenMessage(consultation, Date.now())
    if (notOpen) return refuse(409, notOpen, 'consultation')

    const input = await readJson(req)
    if (input === INVALID) return refuse(400, '提交内容须为 JSON：{ body, name?, contact? }', null)
    const verdict = checkComment(input)
    if (!verdict.ok) return refuse(400, verdict.message, verdict.field)

    // Counted after validation: a visitor correcting a refused form does not use up their comments.
    const clientHash = hashClient(clientIp(req.headers), req.payload.secret)
    const limit = takeAll([
      [perConsultation, `${clientHash}:${consultation.id}`],
      [perClient, clientHash],
    ])
    if (!limit.allowed) {
      const seconds = Math.ceil(limit.retryAfterMs / 1000)
      return refuse(429, `提交过于频繁，请 ${Math.ceil(seconds / 60)} 分钟后再试`, null, {
        'Retry-After': String(seconds),
      })
    }

    const comment = await req.payload.create({
      collection: CONSULTATION_COMMENTS,
      data: {
        ...verdict.value,
        clientHash,
        consultation: consultation.id,
        status: 'pending',
        submittedAt: new Date().toISOString(),
      } as never, // the comment shape is unknown to CollectionSlug's types until they are regenerated
      overrideAccess: true,
      req,
    })
    return Response.json(
      { id: comment.id, message: '意见已提交，审核后公开', status: 'pending' },
      { headers: NO_STORE, status: 201 },
    )
  },
}
