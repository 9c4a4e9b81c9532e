/**
 * Demo accounts: one of each role in two units, so a visitor can try 谁开设谁管理 from both sides
 * (宣传科 runs the bureau's website and new-media accounts; 宣州分局 is a branch that writes for them).
 * 宣传科 has three reviewers because its own items pass 初审, 复审 and 终审 inside the unit, and
 * nobody signs two stages of one ticket.
 * Never created in production unless SEED_DEMO_USERS=true: the password is public.
 */
import type { Role } from '@/lib/roles'

export const DEMO_PASSWORD = 'Yangguang-demo-2026'

export type UserSeed = { email: string; name: string; role: Role; unit: string }

export const demoUsers: UserSeed[] = [
  { email: 'admin.xck@yangguang.example', name: '李静', role: 'admin', unit: 'XCK' },
  { email: 'editor.xck@yangguang.example', name: '王晓明', role: 'editor', unit: 'XCK' },
  { email: 'reviewer.xck@yangguang.example', name: '陈立', role: 'reviewer', unit: 'XCK' },
  { email: 'lead.xck@yangguang.example', name: '张华', role: 'reviewer', unit: 'XCK' },
  { email: 'chief.xck@yangguang.example', name: '孙伟', role: 'reviewer', unit: 'XCK' },
  { email: 'admin.xzfj@yangguang.example', name: '赵敏', role: 'admin', unit: 'XZFJ' },
  { email: 'editor.xzfj@yangguang.example', name: '刘洋', role: 'editor', unit: 'XZFJ' },
  { email: 'reviewer.xzfj@yangguang.example', name: '周强', role: 'reviewer', unit: 'XZFJ' },
]
