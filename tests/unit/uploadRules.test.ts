import { describe, expect, it } from 'vitest'

import { judgeUpload, MAX_PIXELS, SIZE_LIMITS } from '@/lib/uploadRules'

import { htmlPretendingToBeJpeg, pngDeclaring, plainPng, tinyPdf } from '../fixtures/images'

describe('judgeUpload decides from the bytes', () => {
  it('accepts an ordinary PNG and reports its size', async () => {
    const png = await plainPng(800, 600)
    expect(await judgeUpload(png, png.length)).toEqual({
      height: 600,
      mime: 'image/png',
      ok: true,
      width: 800,
    })
  })

  it('refuses a 30 000 × 30 000 PNG from its header, naming the size and the limit', async () => {
    const bomb = pngDeclaring(30_000, 30_000)
    expect(bomb.length).toBeLessThan(64 * 1024) // tiny on disk: only the header tells
    const verdict = await judgeUpload(bomb, bomb.length)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) {
      expect(verdict.field).toBe('file')
      expect(verdict.messageZh).toContain('30000×30000')
      expect(verdict.messageZh).toContain(`${MAX_PIXELS / 1_000_000} 百万像素`)
    }
  })

  it('refuses an image that is narrow but too tall', async () => {
    const verdict = await judgeUpload(pngDeclaring(100, 20_000), 1000)
    expect(verdict.ok).toBe(false)
  })

  it('refuses HTML whatever its name claims', async () => {
    const verdict = await judgeUpload(htmlPretendingToBeJpeg, htmlPretendingToBeJpeg.length)
    expect(verdict).toMatchObject({ field: 'file', ok: false })
    if (!verdict.ok) expect(verdict.messageZh).toContain('无法从文件内容识别文件类型')
  })

  it('refuses a recognised but unlisted type, naming it', async () => {
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    const verdict = await judgeUpload(gzip, gzip.length)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.messageZh).toContain('application/gzip')
  })

  it('accepts a PDF attachment and applies the document size limit', async () => {
    expect(await judgeUpload(tinyPdf, tinyPdf.length)).toEqual({ mime: 'application/pdf', ok: true })
    const tooBig = await judgeUpload(tinyPdf, SIZE_LIMITS.document + 1)
    expect(tooBig.ok).toBe(false)
    if (!tooBig.ok) expect(tooBig.messageZh).toContain('超过 PDF 文件上限 50 MB')
  })

  it('applies the 10 MB image limit', async () => {
    const png = await plainPng(10, 10)
    const verdict = await judgeUpload(png, SIZE_LIMITS.image + 1)
    expect(verdict.ok).toBe(false)
  })
})
