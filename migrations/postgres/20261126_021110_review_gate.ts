import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_channel_accounts_stages_reviewer_unit" AS ENUM('author_unit', 'owning_unit', 'named_unit');
  CREATE TYPE "public"."enum_channel_accounts_platform" AS ENUM('website', 'wechat', 'weibo');
  CREATE TYPE "public"."enum_channel_accounts_filing_status" AS ENUM('opened', 'changed', 'suspended', 'cancelled');
  CREATE TYPE "public"."enum_reviews_stages_decision" AS ENUM('approve', 'reject');
  CREATE TYPE "public"."enum_reviews_state" AS ENUM('pending', 'approved', 'rejected', 'superseded');
  CREATE TYPE "public"."enum_reviews_platform" AS ENUM('website', 'wechat', 'weibo');
  CREATE TYPE "public"."enum_deliveries_state" AS ENUM('queued', 'sending', 'awaiting_platform', 'delivered', 'unconfirmed', 'failed', 'retracted');
  CREATE TYPE "public"."enum_deliveries_platform" AS ENUM('website', 'wechat', 'weibo');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'content_retracted' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'review_submitted' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'review_stage_signed' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'review_approved' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'review_rejected' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'review_superseded' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'delivery_queued' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'delivery_state_changed' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'refused' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'channel_account_created' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'channel_account_changed' BEFORE 'user_created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'lexicon_changed' BEFORE 'user_created';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverItem' BEFORE 'optimizeDatabase';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverItem' BEFORE 'optimizeDatabase';
  CREATE TABLE "channel_accounts_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"reviewer_unit" "enum_channel_accounts_stages_reviewer_unit" DEFAULT 'owning_unit' NOT NULL,
  	"named_unit_id" integer
  );
  
  CREATE TABLE "channel_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"platform" "enum_channel_accounts_platform" NOT NULL,
  	"owning_unit_id" integer NOT NULL,
  	"filing_status" "enum_channel_accounts_filing_status" DEFAULT 'opened' NOT NULL,
  	"sandbox" boolean DEFAULT false,
  	"app_id" varchar,
  	"app_secret" varchar,
  	"callback_token" varchar,
  	"access_token" varchar,
  	"api_base" varchar,
  	"credentials_summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reviews_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"reviewer_unit_id" integer,
  	"reviewer_id" integer,
  	"reviewer_label" varchar,
  	"decision" "enum_reviews_stages_decision",
  	"decided_at" timestamp(3) with time zone,
  	"checklist_political" boolean,
  	"checklist_legal" boolean,
  	"checklist_secrecy" boolean,
  	"checklist_wording" boolean,
  	"comment" varchar
  );
  
  CREATE TABLE "reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"state" "enum_reviews_state" DEFAULT 'pending' NOT NULL,
  	"current_stage" numeric DEFAULT 0,
  	"current_stage_name" varchar,
  	"channel_id" integer NOT NULL,
  	"platform" "enum_reviews_platform",
  	"item_key" varchar NOT NULL,
  	"item_title" varchar,
  	"item_unit_id" integer,
  	"author_id" integer,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"snapshot" jsonb,
  	"findings" jsonb,
  	"content_hash" varchar NOT NULL,
  	"version_id" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"revision" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reviews_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclosures_id" integer,
  	"interpretations_id" integer,
  	"responses_id" integer,
  	"consultations_id" integer,
  	"units_id" integer
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_deliveries_state" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"platform" "enum_deliveries_platform",
  	"channel_id" integer NOT NULL,
  	"ticket_id" integer NOT NULL,
  	"item_key" varchar NOT NULL,
  	"item_title" varchar,
  	"item_unit_id" integer,
  	"owning_unit_id" integer,
  	"content_hash" varchar NOT NULL,
  	"version_id" varchar,
  	"external_id" varchar,
  	"url" varchar,
  	"last_error" varchar,
  	"queued_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"retracted_at" timestamp(3) with time zone,
  	"retract_reason" varchar,
  	"retracted_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclosures_id" integer,
  	"interpretations_id" integer,
  	"responses_id" integer,
  	"consultations_id" integer
  );
  
  CREATE TABLE "preflight_lexicon" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"blocked_words" varchar,
  	"warned_words" varchar,
  	"typos" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "disclosures" ADD COLUMN "summary" varchar;
  ALTER TABLE "disclosures" ADD COLUMN "cover_image_id" integer;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_cover_image_id" integer;
  ALTER TABLE "interpretations" ADD COLUMN "summary" varchar;
  ALTER TABLE "interpretations" ADD COLUMN "cover_image_id" integer;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_cover_image_id" integer;
  ALTER TABLE "responses" ADD COLUMN "summary" varchar;
  ALTER TABLE "responses" ADD COLUMN "cover_image_id" integer;
  ALTER TABLE "_responses_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_responses_v" ADD COLUMN "version_cover_image_id" integer;
  ALTER TABLE "consultations" ADD COLUMN "cover_image_id" integer;
  ALTER TABLE "_consultations_v" ADD COLUMN "version_cover_image_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "channel_accounts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "channel_accounts_stages" ADD CONSTRAINT "channel_accounts_stages_named_unit_id_units_id_fk" FOREIGN KEY ("named_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channel_accounts_stages" ADD CONSTRAINT "channel_accounts_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channel_accounts" ADD CONSTRAINT "channel_accounts_owning_unit_id_units_id_fk" FOREIGN KEY ("owning_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews_stages" ADD CONSTRAINT "reviews_stages_reviewer_unit_id_units_id_fk" FOREIGN KEY ("reviewer_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews_stages" ADD CONSTRAINT "reviews_stages_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews_stages" ADD CONSTRAINT "reviews_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_channel_id_channel_accounts_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_item_unit_id_units_id_fk" FOREIGN KEY ("item_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews_rels" ADD CONSTRAINT "reviews_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews_rels" ADD CONSTRAINT "reviews_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews_rels" ADD CONSTRAINT "reviews_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews_rels" ADD CONSTRAINT "reviews_rels_responses_fk" FOREIGN KEY ("responses_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews_rels" ADD CONSTRAINT "reviews_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews_rels" ADD CONSTRAINT "reviews_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_channel_id_channel_accounts_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channel_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_ticket_id_reviews_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."reviews"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_item_unit_id_units_id_fk" FOREIGN KEY ("item_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_owning_unit_id_units_id_fk" FOREIGN KEY ("owning_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_retracted_by_id_users_id_fk" FOREIGN KEY ("retracted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_responses_fk" FOREIGN KEY ("responses_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "channel_accounts_stages_order_idx" ON "channel_accounts_stages" USING btree ("_order");
  CREATE INDEX "channel_accounts_stages_parent_id_idx" ON "channel_accounts_stages" USING btree ("_parent_id");
  CREATE INDEX "channel_accounts_stages_named_unit_idx" ON "channel_accounts_stages" USING btree ("named_unit_id");
  CREATE INDEX "channel_accounts_platform_idx" ON "channel_accounts" USING btree ("platform");
  CREATE INDEX "channel_accounts_owning_unit_idx" ON "channel_accounts" USING btree ("owning_unit_id");
  CREATE INDEX "channel_accounts_updated_at_idx" ON "channel_accounts" USING btree ("updated_at");
  CREATE INDEX "channel_accounts_created_at_idx" ON "channel_accounts" USING btree ("created_at");
  CREATE INDEX "reviews_stages_order_idx" ON "reviews_stages" USING btree ("_order");
  CREATE INDEX "reviews_stages_parent_id_idx" ON "reviews_stages" USING btree ("_parent_id");
  CREATE INDEX "reviews_stages_reviewer_unit_idx" ON "reviews_stages" USING btree ("reviewer_unit_id");
  CREATE INDEX "reviews_stages_reviewer_idx" ON "reviews_stages" USING btree ("reviewer_id");
  CREATE INDEX "reviews_state_idx" ON "reviews" USING btree ("state");
  CREATE INDEX "reviews_channel_idx" ON "reviews" USING btree ("channel_id");
  CREATE INDEX "reviews_item_key_idx" ON "reviews" USING btree ("item_key");
  CREATE INDEX "reviews_item_unit_idx" ON "reviews" USING btree ("item_unit_id");
  CREATE INDEX "reviews_author_idx" ON "reviews" USING btree ("author_id");
  CREATE INDEX "reviews_submitted_by_idx" ON "reviews" USING btree ("submitted_by_id");
  CREATE INDEX "reviews_submitted_at_idx" ON "reviews" USING btree ("submitted_at");
  CREATE INDEX "reviews_updated_at_idx" ON "reviews" USING btree ("updated_at");
  CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at");
  CREATE INDEX "reviews_rels_order_idx" ON "reviews_rels" USING btree ("order");
  CREATE INDEX "reviews_rels_parent_idx" ON "reviews_rels" USING btree ("parent_id");
  CREATE INDEX "reviews_rels_path_idx" ON "reviews_rels" USING btree ("path");
  CREATE INDEX "reviews_rels_disclosures_id_idx" ON "reviews_rels" USING btree ("disclosures_id");
  CREATE INDEX "reviews_rels_interpretations_id_idx" ON "reviews_rels" USING btree ("interpretations_id");
  CREATE INDEX "reviews_rels_responses_id_idx" ON "reviews_rels" USING btree ("responses_id");
  CREATE INDEX "reviews_rels_consultations_id_idx" ON "reviews_rels" USING btree ("consultations_id");
  CREATE INDEX "reviews_rels_units_id_idx" ON "reviews_rels" USING btree ("units_id");
  CREATE INDEX "deliveries_state_idx" ON "deliveries" USING btree ("state");
  CREATE INDEX "deliveries_platform_idx" ON "deliveries" USING btree ("platform");
  CREATE INDEX "deliveries_channel_idx" ON "deliveries" USING btree ("channel_id");
  CREATE UNIQUE INDEX "deliveries_ticket_idx" ON "deliveries" USING btree ("ticket_id");
  CREATE INDEX "deliveries_item_key_idx" ON "deliveries" USING btree ("item_key");
  CREATE INDEX "deliveries_item_unit_idx" ON "deliveries" USING btree ("item_unit_id");
  CREATE INDEX "deliveries_owning_unit_idx" ON "deliveries" USING btree ("owning_unit_id");
  CREATE INDEX "deliveries_queued_at_idx" ON "deliveries" USING btree ("queued_at");
  CREATE INDEX "deliveries_retracted_by_idx" ON "deliveries" USING btree ("retracted_by_id");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "deliveries_rels_order_idx" ON "deliveries_rels" USING btree ("order");
  CREATE INDEX "deliveries_rels_parent_idx" ON "deliveries_rels" USING btree ("parent_id");
  CREATE INDEX "deliveries_rels_path_idx" ON "deliveries_rels" USING btree ("path");
  CREATE INDEX "deliveries_rels_disclosures_id_idx" ON "deliveries_rels" USING btree ("disclosures_id");
  CREATE INDEX "deliveries_rels_interpretations_id_idx" ON "deliveries_rels" USING btree ("interpretations_id");
  CREATE INDEX "deliveries_rels_responses_id_idx" ON "deliveries_rels" USING btree ("responses_id");
  CREATE INDEX "deliveries_rels_consultations_id_idx" ON "deliveries_rels" USING btree ("consultations_id");
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_responses_v" ADD CONSTRAINT "_responses_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channel_accounts_fk" FOREIGN KEY ("channel_accounts_id") REFERENCES "public"."channel_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviews_fk" FOREIGN KEY ("reviews_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "disclosures_cover_image_idx" ON "disclosures" USING btree ("cover_image_id");
  CREATE INDEX "_disclosures_v_version_version_cover_image_idx" ON "_disclosures_v" USING btree ("version_cover_image_id");
  CREATE INDEX "interpretations_cover_image_idx" ON "interpretations" USING btree ("cover_image_id");
  CREATE INDEX "_interpretations_v_version_version_cover_image_idx" ON "_interpretations_v" USING btree ("version_cover_image_id");
  CREATE INDEX "responses_cover_image_idx" ON "responses" USING btree ("cover_image_id");
  CREATE INDEX "_responses_v_version_version_cover_image_idx" ON "_responses_v" USING btree ("version_cover_image_id");
  CREATE INDEX "consultations_cover_image_idx" ON "consultations" USING btree ("cover_image_id");
  CREATE INDEX "_consultations_v_version_version_cover_image_idx" ON "_consultations_v" USING btree ("version_cover_image_id");
  CREATE INDEX "payload_locked_documents_rels_channel_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("channel_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("reviews_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "channel_accounts_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "channel_accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviews_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviews_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "preflight_lexicon" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "channel_accounts_stages" CASCADE;
  DROP TABLE "channel_accounts" CASCADE;
  DROP TABLE "reviews_stages" CASCADE;
  DROP TABLE "reviews" CASCADE;
  DROP TABLE "reviews_rels" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "deliveries_rels" CASCADE;
  DROP TABLE "preflight_lexicon" CASCADE;
  ALTER TABLE "disclosures" DROP CONSTRAINT "disclosures_cover_image_id_media_id_fk";
  
  ALTER TABLE "_disclosures_v" DROP CONSTRAINT "_disclosures_v_version_cover_image_id_media_id_fk";
  
  ALTER TABLE "interpretations" DROP CONSTRAINT "interpretations_cover_image_id_media_id_fk";
  
  ALTER TABLE "_interpretations_v" DROP CONSTRAINT "_interpretations_v_version_cover_image_id_media_id_fk";
  
  ALTER TABLE "responses" DROP CONSTRAINT "responses_cover_image_id_media_id_fk";
  
  ALTER TABLE "_responses_v" DROP CONSTRAINT "_responses_v_version_cover_image_id_media_id_fk";
  
  ALTER TABLE "consultations" DROP CONSTRAINT "consultations_cover_image_id_media_id_fk";
  
  ALTER TABLE "_consultations_v" DROP CONSTRAINT "_consultations_v_version_cover_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_channel_accounts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('content_published', 'content_unpublished', 'content_deleted', 'user_created', 'user_access_changed', 'user_deleted');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'optimizeDatabase');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'optimizeDatabase');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "disclosures_cover_image_idx";
  DROP INDEX "_disclosures_v_version_version_cover_image_idx";
  DROP INDEX "interpretations_cover_image_idx";
  DROP INDEX "_interpretations_v_version_version_cover_image_idx";
  DROP INDEX "responses_cover_image_idx";
  DROP INDEX "_responses_v_version_version_cover_image_idx";
  DROP INDEX "consultations_cover_image_idx";
  DROP INDEX "_consultations_v_version_version_cover_image_idx";
  DROP INDEX "payload_locked_documents_rels_channel_accounts_id_idx";
  DROP INDEX "payload_locked_documents_rels_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "disclosures" DROP COLUMN "summary";
  ALTER TABLE "disclosures" DROP COLUMN "cover_image_id";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_summary";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_cover_image_id";
  ALTER TABLE "interpretations" DROP COLUMN "summary";
  ALTER TABLE "interpretations" DROP COLUMN "cover_image_id";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_summary";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_cover_image_id";
  ALTER TABLE "responses" DROP COLUMN "summary";
  ALTER TABLE "responses" DROP COLUMN "cover_image_id";
  ALTER TABLE "_responses_v" DROP COLUMN "version_summary";
  ALTER TABLE "_responses_v" DROP COLUMN "version_cover_image_id";
  ALTER TABLE "consultations" DROP COLUMN "cover_image_id";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_cover_image_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "channel_accounts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_channel_accounts_stages_reviewer_unit";
  DROP TYPE "public"."enum_channel_accounts_platform";
  DROP TYPE "public"."enum_channel_accounts_filing_status";
  DROP TYPE "public"."enum_reviews_stages_decision";
  DROP TYPE "public"."enum_reviews_state";
  DROP TYPE "public"."enum_reviews_platform";
  DROP TYPE "public"."enum_deliveries_state";
  DROP TYPE "public"."enum_deliveries_platform";`)
}
