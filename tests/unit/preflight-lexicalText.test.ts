import { describe, expect, it } from 'vitest'

import { countChars, lexicalLinks, lexicalPlainText, lexicalUploads } from '@/lib/preflight/lexicalText'

const text = (value: string, format = 0) => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})
const element = { direction: 'ltr', format: '', indent: 0, version: 1 }
const paragraph = (...children: object[]) => ({ ...element, type: 'paragraph', textFormat: 0, children })
const listItem = (value: number, ...children: object[]) => ({ ...element, type: 'listitem', value, children })

/** A document as Payload's Lexical editor saves it. */
const document = {
  root: {
    ...element,
    type: 'root',
    children: [
      { ...element, type: 'heading', tag: 'h2', children: [text('一、工作目标')] },
      paragraph(
        text('详见'),
        {
          ...element,
          type: 'link',
          id: '66b0c1',
          fields: { linkType: 'custom', newTab: true, url: ' https://www.gov.cn/zhengce/ ' },
          children: [text('国务院政策', 1)],
        },
        text('和'),
        {
          ...element,
          type: 'link',
          id: '66b0c2',
          fields: {
            linkType: 'internal',
            newTab: false,
            doc: { relationTo: 'disclosures', value: { id: 42, title: '年度报告' } },
          },
          children: [text('年度报告')],
        },
        text('。'),
      ),
      paragraph(text('第一行'), { type: 'linebreak', version: 1 }, text('第二行')),
      {
        type: 'upload',
        version: 3,
        format: '',
        id: '66b0c3',
        fields: null,
        relationTo: 'media',
        value: 7,
      },
      {
        ...element,
        type: 'list',
        listType: 'number',
        start: 1,
        tag: 'ol',
        children: [
          listItem(1, text('公开目录')),
          listItem(2, text('依申请公开'), {
            ...element,
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            children: [listItem(1, text('网上申请'))],
          }),
        ],
      },
      { ...element, type: 'quote', children: [text('公开为常态，不公开为例外。')] },
      paragraph(
        {
          ...element,
          type: 'autolink',
          fields: { linkType: 'custom', url: 'http://example.gov.cn' },
          children: [text('example.gov.cn')],
        },
        {
          ...element,
          type: 'link',
          fields: { linkType: 'internal', doc: null },
          children: [text('已删除的文件')],
        },
      ),
      { type: 'upload', version: 3, relationTo: 'media', value: { id: 'abc', filename: 'map.png' } },
      { type: 'horizontalrule', version: 1 },
    ],
  },
}

describe('lexicalPlainText', () => {
  it('puts each block on its own line and keeps line breaks', () => {
    expect(lexicalPlainText(document)).toBe(
      [
        '一、工作目标',
        '详见国务院政策和年度报告。',
        '第一行',
        '第二行',
        '公开目录',
        '依申请公开',
        '网上申请',
        '公开为常态，不公开为例外。',
        'example.gov.cn已删除的文件',
      ].join('\n'),
    )
  })

  it('returns an empty string for anything that is not a Lexical document', () => {
    for (const value of [
      null,
      undefined,
      '',
      '正文',
      42,
      [],
      {},
      { root: null },
      { root: { children: 'x' } },
    ]) {
      expect(lexicalPlainText(value)).toBe('')
    }
    const damaged = {
      root: { children: [null, 3, { type: 'paragraph', children: [text('仍可读'), 'junk'] }] },
    }
    expect(lexicalPlainText(damaged)).toBe('仍可读')
  })
})

describe('lexicalLinks', () => {
  it('lists custom, internal and auto links with their text', () => {
    expect(lexicalLinks(document)).toEqual([
      { url: 'https://www.gov.cn/zhengce/', text: '国务院政策' },
      { url: '', text: '年度报告', internal: { relationTo: 'disclosures', id: 42 } },
      { url: 'http://example.gov.cn', text: 'example.gov.cn' },
      { url: '', text: '已删除的文件' },
    ])
  })

  it('reads an internal link saved with the id only', () => {
    const value = {
      root: {
        children: [
          paragraph({
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'interpretations', value: '65f0a1' } },
            children: [text('解读')],
          }),
        ],
      },
    }
    expect(lexicalLinks(value)).toEqual([
      { url: '', text: '解读', internal: { relationTo: 'interpretations', id: '65f0a1' } },
    ])
  })

  it('returns nothing for an invalid value', () => {
    expect(lexicalLinks(null)).toEqual([])
    expect(lexicalLinks({ root: {} })).toEqual([])
  })
})

describe('lexicalUploads', () => {
  it('lists upload nodes by the document they show, id or populated', () => {
    expect(lexicalUploads(document)).toEqual([
      { relationTo: 'media', id: 7 },
      { relationTo: 'media', id: 'abc' },
    ])
    expect(lexicalUploads(undefined)).toEqual([])
  })
})

describe('countChars', () => {
  it('counts code points, as a reader counts characters', () => {
    expect(countChars('政务公开')).toBe(4)
    expect(countChars('2024年')).toBe(5)
    expect(countChars('𠀀😀')).toBe(2) // astral characters are two UTF-16 units each
    expect(countChars('')).toBe(0)
  })
})
