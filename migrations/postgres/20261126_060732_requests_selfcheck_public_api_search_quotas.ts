import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_pauses_kind" AS ENUM('correction', 'third_party');
  CREATE TYPE "public"."enum_disclosure_requests_administrative_reviews_result" AS ENUM('upheld', 'corrected', 'other', 'pending');
  CREATE TYPE "public"."enum_disclosure_requests_litigations_route" AS ENUM('direct', 'after_review');
  CREATE TYPE "public"."enum_disclosure_requests_litigations_result" AS ENUM('upheld', 'corrected', 'other', 'pending');
  CREATE TYPE "public"."enum_disclosure_requests_channel" AS ENUM('online', 'letter', 'in_person', 'fax', 'email', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_applicant_type" AS ENUM('natural_person', 'commercial', 'research', 'public_interest', 'legal_services', 'other_org');
  CREATE TYPE "public"."enum_disclosure_requests_outcome" AS ENUM('disclosed', 'partially_disclosed', 'withheld', 'unavailable', 'not_processed', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_refusal_reason" AS ENUM('state_secret', 'law_prohibits', 'security_stability', 'third_party_rights', 'internal_affairs', 'process_information', 'enforcement_case_file', 'administrative_query');
  CREATE TYPE "public"."enum_disclosure_requests_unavailable_reason" AS ENUM('not_held', 'needs_creation', 'unclear_after_correction');
  CREATE TYPE "public"."enum_disclosure_requests_not_processed_reason" AS ENUM('petition_complaint', 'repeated', 'publication', 'excessive', 'confirmation');
  CREATE TYPE "public"."enum_disclosure_requests_other_handling_reason" AS ENUM('no_correction', 'fee_unpaid', 'other');
  CREATE TYPE "public"."enum_self_check_findings_kind" AS ENUM('stale_column', 'blank_column', 'broken_link', 'typo', 'response_overdue', 'consultation_overdue', 'request_overdue', 'request_due_soon', 'channel_silent');
  CREATE TYPE "public"."enum_self_check_findings_severity" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "public"."enum_self_check_findings_state" AS ENUM('open', 'resolved');
  CREATE TYPE "public"."enum_self_check_settings_news_columns" AS ENUM('openness__decision', 'openness__execution', 'openness__management', 'openness__service', 'openness__result', 'keyArea__budget', 'keyArea__major_project', 'keyArea__public_resource', 'keyArea__public_welfare', 'keyArea__poverty_alleviation', 'keyArea__public_safety', 'topic__general', 'topic__public_order', 'topic__household', 'topic__traffic', 'topic__exit_entry', 'topic__cyber_security', 'topic__narcotics', 'topic__criminal_investigation', 'topic__administrative_approval', 'topic__legal_affairs', 'topic__personnel', 'topic__finance', 'docType__normative', 'docType__cleanup_result', 'docType__notice', 'docType__plan', 'docType__report', 'docType__statistics', 'docType__emergency', 'docType__news', 'docType__other');
  CREATE TYPE "public"."enum_self_check_settings_ignored_columns" AS ENUM('openness__decision', 'openness__execution', 'openness__management', 'openness__service', 'openness__result', 'keyArea__budget', 'keyArea__major_project', 'keyArea__public_resource', 'keyArea__public_welfare', 'keyArea__poverty_alleviation', 'keyArea__public_safety', 'topic__general', 'topic__public_order', 'topic__household', 'topic__traffic', 'topic__exit_entry', 'topic__cyber_security', 'topic__narcotics', 'topic__criminal_investigation', 'topic__administrative_approval', 'topic__legal_affairs', 'topic__personnel', 'topic__finance', 'docType__normative', 'docType__cleanup_result', 'docType__notice', 'docType__plan', 'docType__report', 'docType__statistics', 'docType__emergency', 'docType__news', 'docType__other');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'request_received';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'request_extended';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'request_replied';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'annual_report_drafted';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'self_check_run';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'downstream_site_changed';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'downstream_key_issued';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifySite' BEFORE 'optimizeDatabase';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pruneQuotaCounters' BEFORE 'recoverStalledJobs';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runSelfCheck';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifySite' BEFORE 'optimizeDatabase';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pruneQuotaCounters' BEFORE 'recoverStalledJobs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runSelfCheck';
  CREATE TABLE "disclosure_requests_pauses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_disclosure_requests_pauses_kind" NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone
  );
  
  CREATE TABLE "disclosure_requests_administrative_reviews" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"filed_on" timestamp(3) with time zone NOT NULL,
  	"result" "enum_disclosure_requests_administrative_reviews_result" DEFAULT 'pending' NOT NULL,
  	"decided_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "disclosure_requests_litigations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"route" "enum_disclosure_requests_litigations_route" DEFAULT 'direct' NOT NULL,
  	"filed_on" timestamp(3) with time zone NOT NULL,
  	"result" "enum_disclosure_requests_litigations_result" DEFAULT 'pending' NOT NULL,
  	"decided_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "disclosure_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"details" varchar,
  	"received_on" timestamp(3) with time zone NOT NULL,
  	"channel" "enum_disclosure_requests_channel" DEFAULT 'online' NOT NULL,
  	"applicant_type" "enum_disclosure_requests_applicant_type" DEFAULT 'natural_person' NOT NULL,
  	"applicant_name" varchar,
  	"applicant_id_number" varchar,
  	"applicant_phone" varchar,
  	"applicant_address" varchar,
  	"extension_approved" boolean DEFAULT false,
  	"extension_days" numeric,
  	"extension_approved_on" timestamp(3) with time zone,
  	"extension_reason" varchar,
  	"replied_on" timestamp(3) with time zone,
  	"outcome" "enum_disclosure_requests_outcome",
  	"refusal_reason" "enum_disclosure_requests_refusal_reason",
  	"unavailable_reason" "enum_disclosure_requests_unavailable_reason",
  	"not_processed_reason" "enum_disclosure_requests_not_processed_reason",
  	"other_handling_reason" "enum_disclosure_requests_other_handling_reason",
  	"reply_document_id" integer,
  	"deadline" timestamp(3) with time zone,
  	"unit_id" integer,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "annual_report_inputs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"rules_issued" numeric DEFAULT 0,
  	"rules_repealed" numeric DEFAULT 0,
  	"rules_in_force" numeric DEFAULT 0,
  	"licences" numeric DEFAULT 0,
  	"penalties" numeric DEFAULT 0,
  	"compulsory_measures" numeric DEFAULT 0,
  	"fees" numeric DEFAULT 0,
  	"overview" varchar,
  	"problems" varchar,
  	"other_matters" varchar,
  	"report_disclosure_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "downstream_sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact" varchar NOT NULL,
  	"rate_limit_per_minute" numeric DEFAULT 600 NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_key" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar,
  	"tokens" varchar,
  	"index_number" varchar,
  	"openness" varchar,
  	"key_area" varchar,
  	"topic" varchar,
  	"doc_type" varchar,
  	"disclosure_mode" varchar,
  	"unit_id" varchar,
  	"unit_name" varchar,
  	"year" numeric,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "self_check_findings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_self_check_findings_kind" NOT NULL,
  	"severity" "enum_self_check_findings_severity" NOT NULL,
  	"state" "enum_self_check_findings_state" DEFAULT 'open' NOT NULL,
  	"message" varchar NOT NULL,
  	"unit_id" integer,
  	"target" varchar,
  	"link" varchar,
  	"fingerprint" varchar NOT NULL,
  	"first_seen_at" timestamp(3) with time zone,
  	"last_seen_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"alerted_at" timestamp(3) with time zone,
  	"alerted_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "self_check_settings_news_columns" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_self_check_settings_news_columns",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "self_check_settings_ignored_columns" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_self_check_settings_ignored_columns",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "self_check_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"news_max_age_days" numeric DEFAULT 14 NOT NULL,
  	"other_max_age_days" numeric DEFAULT 183 NOT NULL,
  	"request_warning_working_days" numeric DEFAULT 5 NOT NULL,
  	"consultation_feedback_days" numeric DEFAULT 30 NOT NULL,
  	"channel_silence_days" numeric DEFAULT 14 NOT NULL,
  	"link_timeout_ms" numeric DEFAULT 5000,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "channel_accounts" ADD COLUMN "wechat_drafts_per_day" numeric;
  ALTER TABLE "channel_accounts" ADD COLUMN "wechat_publishes_per_day" numeric;
  ALTER TABLE "channel_accounts" ADD COLUMN "wechat_status_checks_per_day" numeric;
  ALTER TABLE "channel_accounts" ADD COLUMN "weibo_posts_per_hour" numeric;
  ALTER TABLE "reviews" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "deliveries" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "annual_report_inputs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "downstream_sites_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_index_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "self_check_findings_id" integer;
  ALTER TABLE "disclosure_requests_pauses" ADD CONSTRAINT "disclosure_requests_pauses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests_administrative_reviews" ADD CONSTRAINT "disclosure_requests_administrative_reviews_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests_litigations" ADD CONSTRAINT "disclosure_requests_litigations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_reply_document_id_media_id_fk" FOREIGN KEY ("reply_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_inputs" ADD CONSTRAINT "annual_report_inputs_report_disclosure_id_disclosures_id_fk" FOREIGN KEY ("report_disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_check_findings" ADD CONSTRAINT "self_check_findings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_check_settings_news_columns" ADD CONSTRAINT "self_check_settings_news_columns_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."self_check_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_check_settings_ignored_columns" ADD CONSTRAINT "self_check_settings_ignored_columns_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."self_check_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "disclosure_requests_pauses_order_idx" ON "disclosure_requests_pauses" USING btree ("_order");
  CREATE INDEX "disclosure_requests_pauses_parent_id_idx" ON "disclosure_requests_pauses" USING btree ("_parent_id");
  CREATE INDEX "disclosure_requests_administrative_reviews_order_idx" ON "disclosure_requests_administrative_reviews" USING btree ("_order");
  CREATE INDEX "disclosure_requests_administrative_reviews_parent_id_idx" ON "disclosure_requests_administrative_reviews" USING btree ("_parent_id");
  CREATE INDEX "disclosure_requests_litigations_order_idx" ON "disclosure_requests_litigations" USING btree ("_order");
  CREATE INDEX "disclosure_requests_litigations_parent_id_idx" ON "disclosure_requests_litigations" USING btree ("_parent_id");
  CREATE INDEX "disclosure_requests_received_on_idx" ON "disclosure_requests" USING btree ("received_on");
  CREATE INDEX "disclosure_requests_replied_on_idx" ON "disclosure_requests" USING btree ("replied_on");
  CREATE INDEX "disclosure_requests_outcome_idx" ON "disclosure_requests" USING btree ("outcome");
  CREATE INDEX "disclosure_requests_reply_document_idx" ON "disclosure_requests" USING btree ("reply_document_id");
  CREATE INDEX "disclosure_requests_deadline_idx" ON "disclosure_requests" USING btree ("deadline");
  CREATE INDEX "disclosure_requests_unit_idx" ON "disclosure_requests" USING btree ("unit_id");
  CREATE INDEX "disclosure_requests_author_idx" ON "disclosure_requests" USING btree ("author_id");
  CREATE INDEX "disclosure_requests_updated_at_idx" ON "disclosure_requests" USING btree ("updated_at");
  CREATE INDEX "disclosure_requests_created_at_idx" ON "disclosure_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "annual_report_inputs_year_idx" ON "annual_report_inputs" USING btree ("year");
  CREATE INDEX "annual_report_inputs_report_disclosure_idx" ON "annual_report_inputs" USING btree ("report_disclosure_id");
  CREATE INDEX "annual_report_inputs_updated_at_idx" ON "annual_report_inputs" USING btree ("updated_at");
  CREATE INDEX "annual_report_inputs_created_at_idx" ON "annual_report_inputs" USING btree ("created_at");
  CREATE INDEX "downstream_sites_key_hash_idx" ON "downstream_sites" USING btree ("key_hash");
  CREATE INDEX "downstream_sites_updated_at_idx" ON "downstream_sites" USING btree ("updated_at");
  CREATE INDEX "downstream_sites_created_at_idx" ON "downstream_sites" USING btree ("created_at");
  CREATE UNIQUE INDEX "search_index_item_key_idx" ON "search_index" USING btree ("item_key");
  CREATE INDEX "search_index_collection_idx" ON "search_index" USING btree ("collection");
  CREATE INDEX "search_index_index_number_idx" ON "search_index" USING btree ("index_number");
  CREATE INDEX "search_index_openness_idx" ON "search_index" USING btree ("openness");
  CREATE INDEX "search_index_key_area_idx" ON "search_index" USING btree ("key_area");
  CREATE INDEX "search_index_topic_idx" ON "search_index" USING btree ("topic");
  CREATE INDEX "search_index_unit_id_idx" ON "search_index" USING btree ("unit_id");
  CREATE INDEX "search_index_year_idx" ON "search_index" USING btree ("year");
  CREATE INDEX "search_index_published_at_idx" ON "search_index" USING btree ("published_at");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE INDEX "self_check_findings_kind_idx" ON "self_check_findings" USING btree ("kind");
  CREATE INDEX "self_check_findings_severity_idx" ON "self_check_findings" USING btree ("severity");
  CREATE INDEX "self_check_findings_state_idx" ON "self_check_findings" USING btree ("state");
  CREATE INDEX "self_check_findings_unit_idx" ON "self_check_findings" USING btree ("unit_id");
  CREATE UNIQUE INDEX "self_check_findings_fingerprint_idx" ON "self_check_findings" USING btree ("fingerprint");
  CREATE INDEX "self_check_findings_first_seen_at_idx" ON "self_check_findings" USING btree ("first_seen_at");
  CREATE INDEX "self_check_findings_updated_at_idx" ON "self_check_findings" USING btree ("updated_at");
  CREATE INDEX "self_check_findings_created_at_idx" ON "self_check_findings" USING btree ("created_at");
  CREATE INDEX "self_check_settings_news_columns_order_idx" ON "self_check_settings_news_columns" USING btree ("order");
  CREATE INDEX "self_check_settings_news_columns_parent_idx" ON "self_check_settings_news_columns" USING btree ("parent_id");
  CREATE INDEX "self_check_settings_ignored_columns_order_idx" ON "self_check_settings_ignored_columns" USING btree ("order");
  CREATE INDEX "self_check_settings_ignored_columns_parent_idx" ON "self_check_settings_ignored_columns" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk" FOREIGN KEY ("disclosure_requests_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_report_inputs_fk" FOREIGN KEY ("annual_report_inputs_id") REFERENCES "public"."annual_report_inputs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_downstream_sites_fk" FOREIGN KEY ("downstream_sites_id") REFERENCES "public"."downstream_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_self_check_findings_fk" FOREIGN KEY ("self_check_findings_id") REFERENCES "public"."self_check_findings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosure_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_requests_id");
  CREATE INDEX "payload_locked_documents_rels_annual_report_inputs_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_report_inputs_id");
  CREATE INDEX "payload_locked_documents_rels_downstream_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("downstream_sites_id");
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_locked_documents_rels_self_check_findings_id_idx" ON "payload_locked_documents_rels" USING btree ("self_check_findings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_requests_pauses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests_administrative_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests_litigations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "annual_report_inputs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "downstream_sites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_index" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "self_check_findings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "self_check_settings_news_columns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "self_check_settings_ignored_columns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "self_check_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosure_requests_pauses" CASCADE;
  DROP TABLE "disclosure_requests_administrative_reviews" CASCADE;
  DROP TABLE "disclosure_requests_litigations" CASCADE;
  DROP TABLE "disclosure_requests" CASCADE;
  DROP TABLE "annual_report_inputs" CASCADE;
  DROP TABLE "downstream_sites" CASCADE;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "self_check_findings" CASCADE;
  DROP TABLE "self_check_settings_news_columns" CASCADE;
  DROP TABLE "self_check_settings_ignored_columns" CASCADE;
  DROP TABLE "self_check_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_annual_report_inputs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_downstream_sites_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_index_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_self_check_findings_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('content_published', 'content_unpublished', 'content_deleted', 'content_retracted', 'review_submitted', 'review_stage_signed', 'review_approved', 'review_rejected', 'review_superseded', 'delivery_queued', 'delivery_state_changed', 'refused', 'channel_account_created', 'channel_account_changed', 'lexicon_changed', 'user_created', 'user_access_changed', 'user_deleted');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverItem', 'optimizeDatabase', 'recoverStalledJobs');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverItem', 'optimizeDatabase', 'recoverStalledJobs');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_disclosure_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_annual_report_inputs_id_idx";
  DROP INDEX "payload_locked_documents_rels_downstream_sites_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_index_id_idx";
  DROP INDEX "payload_locked_documents_rels_self_check_findings_id_idx";
  ALTER TABLE "channel_accounts" DROP COLUMN "wechat_drafts_per_day";
  ALTER TABLE "channel_accounts" DROP COLUMN "wechat_publishes_per_day";
  ALTER TABLE "channel_accounts" DROP COLUMN "wechat_status_checks_per_day";
  ALTER TABLE "channel_accounts" DROP COLUMN "weibo_posts_per_hour";
  ALTER TABLE "reviews" DROP COLUMN "publish_at";
  ALTER TABLE "deliveries" DROP COLUMN "publish_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "annual_report_inputs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "downstream_sites_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_index_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "self_check_findings_id";
  DROP TYPE "public"."enum_disclosure_requests_pauses_kind";
  DROP TYPE "public"."enum_disclosure_requests_administrative_reviews_result";
  DROP TYPE "public"."enum_disclosure_requests_litigations_route";
  DROP TYPE "public"."enum_disclosure_requests_litigations_result";
  DROP TYPE "public"."enum_disclosure_requests_channel";
  DROP TYPE "public"."enum_disclosure_requests_applicant_type";
  DROP TYPE "public"."enum_disclosure_requests_outcome";
  DROP TYPE "public"."enum_disclosure_requests_refusal_reason";
  DROP TYPE "public"."enum_disclosure_requests_unavailable_reason";
  DROP TYPE "public"."enum_disclosure_requests_not_processed_reason";
  DROP TYPE "public"."enum_disclosure_requests_other_handling_reason";
  DROP TYPE "public"."enum_self_check_findings_kind";
  DROP TYPE "public"."enum_self_check_findings_severity";
  DROP TYPE "public"."enum_self_check_findings_state";
  DROP TYPE "public"."enum_self_check_settings_news_columns";
  DROP TYPE "public"."enum_self_check_settings_ignored_columns";`)
}
