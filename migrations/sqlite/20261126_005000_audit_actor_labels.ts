import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`actor_label\` text;`)
  await db.run(sql`ALTER TABLE \`audit_events\` ADD \`actor_unit_label\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_events\` DROP COLUMN \`actor_label\`;`)
  await db.run(sql`ALTER TABLE \`audit_events\` DROP COLUMN \`actor_unit_label\`;`)
}
