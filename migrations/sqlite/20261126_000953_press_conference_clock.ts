import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`press_conference_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`press_conference_held_at\` text;`)
  await db.run(sql`CREATE INDEX \`disclosures_press_conference_due_at_idx\` ON \`disclosures\` (\`press_conference_due_at\`);`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_press_conference_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_press_conference_held_at\` text;`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_press_conference_due_at_idx\` ON \`_disclosures_v\` (\`version_press_conference_due_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`disclosures_press_conference_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`press_conference_due_at\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`press_conference_held_at\`;`)
  await db.run(sql`DROP INDEX \`_disclosures_v_version_version_press_conference_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_press_conference_due_at\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_press_conference_held_at\`;`)
}
