/**
 * Mail for alerts. Payload without an adapter logs only the recipient and subject; in development
 * the whole message is wanted, so this adapter prints it. A deployment that sends real mail replaces
 * it with an SMTP adapter (e.g. @payloadcms/email-nodemailer) in payload.config.ts.
 */
import type { PayloadEmailAdapter } from 'payload'

export const consoleEmail: PayloadEmailAdapter = ({ payload }) => ({
  defaultFromAddress: process.env.EMAIL_FROM?.trim() || 'noreply@yangguang.example',
  defaultFromName: '阳光政务公开',
  name: 'console',
  sendEmail: async (message) => {
    const to = Array.isArray(message.to) ? message.to.join(', ') : String(message.to ?? '')
    payload.logger.info(`邮件 (email) → ${to}\n主题: ${message.subject ?? ''}\n\n${message.text ?? ''}`)
  },
})
