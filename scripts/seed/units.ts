/**
 * The responsible units (责任单位) of a city public-security bureau, as its openness work plan names
 * them: the city bureau, its departments and detachments, two branch bureaus and the county bureaus.
 * Codes are short ASCII and become the first part of each unit's 索引号.
 */
export type UnitSeed = {
  code: string
  kind: 'branch' | 'bureau' | 'county' | 'department' | 'detachment'
  name: string
  parent?: string
}

export const ROOT_UNIT_CODE = 'XCGA'

export const units: UnitSeed[] = [
  { code: ROOT_UNIT_CODE, kind: 'bureau', name: '宣城市公安局' },
  { code: 'ZWGK', kind: 'department', name: '政务公开办公室', parent: ROOT_UNIT_CODE },
  { code: 'QZZX', kind: 'department', name: '情报指挥中心', parent: ROOT_UNIT_CODE },
  { code: 'XCK', kind: 'department', name: '宣传科', parent: ROOT_UNIT_CODE },
  { code: 'KXK', kind: 'department', name: '科技信息化科', parent: ROOT_UNIT_CODE },
  { code: 'XZSP', kind: 'department', name: '行政审批科', parent: ROOT_UNIT_CODE },
  { code: 'ZZB', kind: 'department', name: '政治部', parent: ROOT_UNIT_CODE },
  { code: 'JBC', kind: 'department', name: '警务保障处', parent: ROOT_UNIT_CODE },
  { code: 'FZZD', kind: 'detachment', name: '法制支队', parent: ROOT_UNIT_CODE },
  { code: 'ZAZD', kind: 'detachment', name: '治安支队', parent: ROOT_UNIT_CODE },
  { code: 'XZZD', kind: 'detachment', name: '刑事侦查支队', parent: ROOT_UNIT_CODE },
  { code: 'JJZD', kind: 'detachment', name: '交通警察支队', parent: ROOT_UNIT_CODE },
  { code: 'CRJ', kind: 'detachment', name: '出入境管理支队', parent: ROOT_UNIT_CODE },
  { code: 'WAZD', kind: 'detachment', name: '网络安全保卫支队', parent: ROOT_UNIT_CODE },
  { code: 'JDZD', kind: 'detachment', name: '禁毒支队', parent: ROOT_UNIT_CODE },
  { code: 'XZFJ', kind: 'branch', name: '宣州分局', parent: ROOT_UNIT_CODE },
  { code: 'KFQFJ', kind: 'branch', name: '开发区分局', parent: ROOT_UNIT_CODE },
  { code: 'NINGGUO', kind: 'county', name: '宁国市公安局', parent: ROOT_UNIT_CODE },
  { code: 'GUANGDE', kind: 'county', name: '广德市公安局', parent: ROOT_UNIT_CODE },
  { code: 'LANGXI', kind: 'county', name: '郎溪县公安局', parent: ROOT_UNIT_CODE },
  { code: 'JINGXIAN', kind: 'county', name: '泾县公安局', parent: ROOT_UNIT_CODE },
  { code: 'JIXI', kind: 'county', name: '绩溪县公安局', parent: ROOT_UNIT_CODE },
  { code: 'JINGDE', kind: 'county', name: '旌德县公安局', parent: ROOT_UNIT_CODE },
]
