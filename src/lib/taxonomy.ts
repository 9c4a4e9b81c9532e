/**
 * The catalogue vocabulary of 政务公开: ASCII values (GraphQL enums break on Chinese) with Chinese and
 * English labels. Shared by collections, seeds and, later, the public catalogue.
 */
import { option } from './bilingual'

export const OPENNESS = [
  option('decision', '决策公开', 'Decision'),
  option('execution', '执行公开', 'Execution'),
  option('management', '管理公开', 'Management'),
  option('service', '服务公开', 'Service'),
  option('result', '结果公开', 'Result'),
]

export const KEY_AREAS = [
  option('budget', '财政预决算', 'Budgets and final accounts'),
  option('major_project', '重大建设项目', 'Major construction projects'),
  option('public_resource', '公共资源配置', 'Public resource allocation'),
  option('public_welfare', '社会公益事业', 'Public welfare'),
  option('poverty_alleviation', '精准扶贫', 'Poverty alleviation'),
  option('public_safety', '突发事件与公共安全', 'Emergencies and public safety'),
]

export const DISCLOSURE_MODES = [
  option('proactive', '主动公开', 'Proactive'),
  option('on_request', '依申请公开', 'On request'),
  option('not_disclosed', '不予公开', 'Not disclosed'),
]

/** Grounds in the Regulations on Open Government Information (2019) for withholding information. */
export const WITHHOLDING_GROUNDS = [
  option('state_secret', '国家秘密（第十四条）', 'State secret (art. 14)'),
  option('law_prohibits', '法律、行政法规禁止公开（第十四条）', 'Prohibited by law (art. 14)'),
  option(
    'security_stability',
    '危及国家安全、公共安全、经济安全、社会稳定（第十四条）',
    'Endangers security or stability (art. 14)',
  ),
  option('trade_secret_privacy', '商业秘密、个人隐私（第十五条）', 'Trade secret or privacy (art. 15)'),
  option('internal_affairs', '内部事务信息（第十六条）', 'Internal affairs (art. 16)'),
  option('process_information', '过程性信息（第十六条）', 'Process information (art. 16)'),
  option('enforcement_case_file', '行政执法案卷信息（第十六条）', 'Enforcement case file (art. 16)'),
]

export const TOPICS = [
  option('general', '综合政务', 'General affairs'),
  option('public_order', '治安管理', 'Public order'),
  option('household', '户政管理', 'Household registration'),
  option('traffic', '交通管理', 'Traffic'),
  option('exit_entry', '出入境管理', 'Exit and entry'),
  option('cyber_security', '网络安全', 'Cyber security'),
  option('narcotics', '禁毒', 'Narcotics control'),
  option('criminal_investigation', '刑事侦查', 'Criminal investigation'),
  option('administrative_approval', '行政审批', 'Administrative approval'),
  option('legal_affairs', '法制建设', 'Rule of law'),
  option('personnel', '队伍建设', 'Personnel'),
  option('finance', '财务与装备', 'Finance and equipment'),
]

export const DOC_TYPES = [
  option('normative', '规范性文件', 'Normative document'),
  option('cleanup_result', '规范性文件清理结果', 'Normative-document cleanup result'),
  option('notice', '通知公告', 'Notice'),
  option('plan', '规划计划', 'Plan'),
  option('report', '工作报告与总结', 'Report'),
  option('statistics', '统计信息', 'Statistics'),
  option('emergency', '突发事件信息', 'Emergency information'),
  option('news', '工作动态', 'News'),
  option('other', '其他', 'Other'),
]

export const VALIDITY = [
  option('valid', '有效', 'In force'),
  option('expired', '失效', 'Expired'),
  option('repealed', '废止', 'Repealed'),
  option('amended', '已修订', 'Amended'),
]

export const EMERGENCY_STAGES = [
  option('first', '首发', 'First notice'),
  option('progress', '进展', 'Progress'),
  option('result', '结果', 'Result'),
]

export const CLEANUP_DECISIONS = [
  option('keep', '继续有效', 'Keep in force'),
  option('amend', '修订', 'Amend'),
  option('repeal', '废止', 'Repeal'),
  option('expire', '宣布失效', 'Declare expired'),
]

export const INTERPRETATION_FORMS = [
  option('text', '文字解读', 'Text'),
  option('graphic', '图解', 'Graphic'),
  option('video', '视频解读', 'Video'),
  option('press_conference', '新闻发布会', 'Press conference'),
  option('online_interview', '在线访谈', 'Online interview'),
]

export const CONCERN_SOURCES = [
  option('netizen_message', '网民留言', 'Online message'),
  option('media_report', '媒体报道', 'Media report'),
  option('hotline_12345', '12345 热线', '12345 hotline'),
  option('petition', '信访', 'Petition'),
  option('other', '其他', 'Other'),
]

export const CONCERN_TOPICS = [
  option('two_sessions', '两会', 'The Two Sessions'),
  option('economy', '经济形势', 'Economic situation'),
  option('major_reform', '重大改革举措', 'Major reform'),
  option('inspection', '重大督查活动', 'Major inspection'),
  option('emergency', '重大突发事件', 'Major emergency'),
  option('other', '其他', 'Other'),
]

/** The work plan's six kinds of public concern, each with the outcome that must be made public. */
export const CONCERN_CLASSES = [
  option('suggestion', '建设性意见建议', 'Constructive suggestion'),
  option('difficulty', '群众反映的实际困难', 'Practical difficulty'),
  option('major_issue', '群众反映的重大问题', 'Major issue'),
  option('misunderstanding', '模糊认识', 'Misunderstanding'),
  option('wrong_view', '错误看法', 'Wrong view'),
  option('false_info', '虚假和不实信息', 'False information'),
]

export const valuesOf = (options: { value: string }[]) => options.map((o) => o.value)
