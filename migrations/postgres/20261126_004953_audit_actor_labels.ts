import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ADD COLUMN "actor_label" varchar;
  ALTER TABLE "audit_events" ADD COLUMN "actor_unit_label" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" DROP COLUMN "actor_label";
  ALTER TABLE "audit_events" DROP COLUMN "actor_unit_label";`)
}
