import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" ADD COLUMN "next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "deliveries" ADD COLUMN "progress" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" DROP COLUMN "next_attempt_at";
  ALTER TABLE "deliveries" DROP COLUMN "progress";`)
}
