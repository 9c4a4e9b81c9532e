/**
 * A hand-written multipart/form-data reader for the simple forms our clients send (fetch's FormData,
 * axios, curl -F): fields and files, one level, no nested multipart/mixed. Kept dependency-free so the
 * sandbox runs on node built-ins alone.
 */

export type MultipartFile = { filename: string; contentType: string; data: Buffer }
export type Multipart = { fields: Record<string, string>; files: Record<string, MultipartFile> }

export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  return match ? (match[1] ?? match[2]) : undefined
}

const headerValue = (headers: string, name: string): string | undefined => {
  const line = headers.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name}:`))
  return line?.slice(name.length + 1).trim()
}

const param = (disposition: string, name: string): string | undefined => {
  const match = new RegExp(`(?:^|;)\\s*${name}="([^"]*)"`, 'i').exec(disposition)
  return match?.[1]
}

export function parseMultipart(body: Buffer, boundary: string): Multipart {
  const result: Multipart = { fields: {}, files: {} }
  const delimiter = Buffer.from(`--${boundary}`)
  let cursor = body.indexOf(delimiter)
  while (cursor !== -1) {
    const partStart = cursor + delimiter.length
    if (body.subarray(partStart, partStart + 2).toString() === '--') break // closing delimiter
    const headersStart = partStart + 2 // past the CRLF after the delimiter
    const headersEnd = body.indexOf('\r\n\r\n', headersStart)
    if (headersEnd === -1) break
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4)
    if (next === -1) break
    const headers = body.subarray(headersStart, headersEnd).toString('utf8')
    const data = body.subarray(headersEnd + 4, next)
    const disposition = headerValue(headers, 'content-disposition') ?? ''
    const name = param(disposition, 'name')
    const filename = param(disposition, 'filename')
    if (name !== undefined && filename !== undefined) {
      const contentType = headerValue(headers, 'content-type') ?? 'application/octet-stream'
      result.files[name] = { contentType, data: Buffer.from(data), filename }
    } else if (name !== undefined) {
      result.fields[name] = data.toString('utf8')
    }
    cursor = next + 2
  }
  return result
}
