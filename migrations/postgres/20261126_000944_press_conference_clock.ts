import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures" ADD COLUMN "press_conference_due_at" timestamp(3) with time zone;
  ALTER TABLE "disclosures" ADD COLUMN "press_conference_held_at" timestamp(3) with time zone;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_press_conference_due_at" timestamp(3) with time zone;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_press_conference_held_at" timestamp(3) with time zone;
  CREATE INDEX "disclosures_press_conference_due_at_idx" ON "disclosures" USING btree ("press_conference_due_at");
  CREATE INDEX "_disclosures_v_version_version_press_conference_due_at_idx" ON "_disclosures_v" USING btree ("version_press_conference_due_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "disclosures_press_conference_due_at_idx";
  DROP INDEX "_disclosures_v_version_version_press_conference_due_at_idx";
  ALTER TABLE "disclosures" DROP COLUMN "press_conference_due_at";
  ALTER TABLE "disclosures" DROP COLUMN "press_conference_held_at";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_press_conference_due_at";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_press_conference_held_at";`)
}
