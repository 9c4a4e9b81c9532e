import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosures_cleanup_items_decision" AS ENUM('keep', 'amend', 'repeal', 'expire');
  CREATE TYPE "public"."enum_disclosures_openness" AS ENUM('decision', 'execution', 'management', 'service', 'result');
  CREATE TYPE "public"."enum_disclosures_key_area" AS ENUM('budget', 'major_project', 'public_resource', 'public_welfare', 'poverty_alleviation', 'public_safety');
  CREATE TYPE "public"."enum_disclosures_topic" AS ENUM('general', 'public_order', 'household', 'traffic', 'exit_entry', 'cyber_security', 'narcotics', 'criminal_investigation', 'administrative_approval', 'legal_affairs', 'personnel', 'finance');
  CREATE TYPE "public"."enum_disclosures_disclosure_mode" AS ENUM('proactive', 'on_request', 'not_disclosed');
  CREATE TYPE "public"."enum_disclosures_withholding_ground" AS ENUM('state_secret', 'law_prohibits', 'security_stability', 'trade_secret_privacy', 'internal_affairs', 'process_information', 'enforcement_case_file');
  CREATE TYPE "public"."enum_disclosures_doc_type" AS ENUM('normative', 'cleanup_result', 'notice', 'plan', 'report', 'statistics', 'emergency', 'news', 'other');
  CREATE TYPE "public"."enum_disclosures_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum_disclosures_stage" AS ENUM('first', 'progress', 'result');
  CREATE TYPE "public"."enum_disclosures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosures_v_version_cleanup_items_decision" AS ENUM('keep', 'amend', 'repeal', 'expire');
  CREATE TYPE "public"."enum__disclosures_v_version_openness" AS ENUM('decision', 'execution', 'management', 'service', 'result');
  CREATE TYPE "public"."enum__disclosures_v_version_key_area" AS ENUM('budget', 'major_project', 'public_resource', 'public_welfare', 'poverty_alleviation', 'public_safety');
  CREATE TYPE "public"."enum__disclosures_v_version_topic" AS ENUM('general', 'public_order', 'household', 'traffic', 'exit_entry', 'cyber_security', 'narcotics', 'criminal_investigation', 'administrative_approval', 'legal_affairs', 'personnel', 'finance');
  CREATE TYPE "public"."enum__disclosures_v_version_disclosure_mode" AS ENUM('proactive', 'on_request', 'not_disclosed');
  CREATE TYPE "public"."enum__disclosures_v_version_withholding_ground" AS ENUM('state_secret', 'law_prohibits', 'security_stability', 'trade_secret_privacy', 'internal_affairs', 'process_information', 'enforcement_case_file');
  CREATE TYPE "public"."enum__disclosures_v_version_doc_type" AS ENUM('normative', 'cleanup_result', 'notice', 'plan', 'report', 'statistics', 'emergency', 'news', 'other');
  CREATE TYPE "public"."enum__disclosures_v_version_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum__disclosures_v_version_stage" AS ENUM('first', 'progress', 'result');
  CREATE TYPE "public"."enum__disclosures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_interpretations_form" AS ENUM('text', 'graphic', 'video', 'press_conference', 'online_interview');
  CREATE TYPE "public"."enum_interpretations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interpretations_v_version_form" AS ENUM('text', 'graphic', 'video', 'press_conference', 'online_interview');
  CREATE TYPE "public"."enum__interpretations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_responses_source" AS ENUM('netizen_message', 'media_report', 'hotline_12345', 'petition', 'other');
  CREATE TYPE "public"."enum_responses_topic" AS ENUM('two_sessions', 'economy', 'major_reform', 'inspection', 'emergency', 'other');
  CREATE TYPE "public"."enum_responses_concern_class" AS ENUM('suggestion', 'difficulty', 'major_issue', 'misunderstanding', 'wrong_view', 'false_info');
  CREATE TYPE "public"."enum_responses_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__responses_v_version_source" AS ENUM('netizen_message', 'media_report', 'hotline_12345', 'petition', 'other');
  CREATE TYPE "public"."enum__responses_v_version_topic" AS ENUM('two_sessions', 'economy', 'major_reform', 'inspection', 'emergency', 'other');
  CREATE TYPE "public"."enum__responses_v_version_concern_class" AS ENUM('suggestion', 'difficulty', 'major_issue', 'misunderstanding', 'wrong_view', 'false_info');
  CREATE TYPE "public"."enum__responses_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_consultations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_consultation_comments_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TABLE "disclosures_cleanup_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_id" integer,
  	"decision" "enum_disclosures_cleanup_items_decision",
  	"replacement_id" integer
  );
  
  CREATE TABLE "disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" jsonb,
  	"openness" "enum_disclosures_openness",
  	"key_area" "enum_disclosures_key_area",
  	"topic" "enum_disclosures_topic",
  	"disclosure_mode" "enum_disclosures_disclosure_mode" DEFAULT 'proactive',
  	"withholding_ground" "enum_disclosures_withholding_ground",
  	"doc_type" "enum_disclosures_doc_type" DEFAULT 'notice',
  	"document_number" varchar,
  	"formed_on" timestamp(3) with time zone,
  	"validity" "enum_disclosures_validity" DEFAULT 'valid',
  	"replaced_by_id" integer,
  	"stage" "enum_disclosures_stage",
  	"thread_id" integer,
  	"event_occurred_at" timestamp(3) with time zone,
  	"index_number" varchar,
  	"due_at" timestamp(3) with time zone,
  	"first_published_at" timestamp(3) with time zone,
  	"unit_id" integer,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclosures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclosures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_disclosures_v_version_cleanup_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer,
  	"decision" "enum__disclosures_v_version_cleanup_items_decision",
  	"replacement_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_disclosures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_openness" "enum__disclosures_v_version_openness",
  	"version_key_area" "enum__disclosures_v_version_key_area",
  	"version_topic" "enum__disclosures_v_version_topic",
  	"version_disclosure_mode" "enum__disclosures_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_withholding_ground" "enum__disclosures_v_version_withholding_ground",
  	"version_doc_type" "enum__disclosures_v_version_doc_type" DEFAULT 'notice',
  	"version_document_number" varchar,
  	"version_formed_on" timestamp(3) with time zone,
  	"version_validity" "enum__disclosures_v_version_validity" DEFAULT 'valid',
  	"version_replaced_by_id" integer,
  	"version_stage" "enum__disclosures_v_version_stage",
  	"version_thread_id" integer,
  	"version_event_occurred_at" timestamp(3) with time zone,
  	"version_index_number" varchar,
  	"version_due_at" timestamp(3) with time zone,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_unit_id" integer,
  	"version_author_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclosures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_disclosures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "interpretations_graphics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"alt" varchar
  );
  
  CREATE TABLE "interpretations_event_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar
  );
  
  CREATE TABLE "interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"form" "enum_interpretations_form" DEFAULT 'text',
  	"policy_id" integer,
  	"first_interpreter_name" varchar,
  	"first_interpreter_position" varchar,
  	"body" jsonb,
  	"sections_background" varchar,
  	"sections_objectives" varchar,
  	"sections_main_content" varchar,
  	"sections_scope" varchar,
  	"sections_standards" varchar,
  	"sections_notes" varchar,
  	"sections_key_terms" varchar,
  	"sections_benefits" varchar,
  	"sections_changes" varchar,
  	"video_id" integer,
  	"stream_url" varchar,
  	"transcript" varchar,
  	"event_held_at" timestamp(3) with time zone,
  	"event_venue" varchar,
  	"first_published_at" timestamp(3) with time zone,
  	"unit_id" integer,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_interpretations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_interpretations_v_version_graphics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"alt" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interpretations_v_version_event_speakers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interpretations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_form" "enum__interpretations_v_version_form" DEFAULT 'text',
  	"version_policy_id" integer,
  	"version_first_interpreter_name" varchar,
  	"version_first_interpreter_position" varchar,
  	"version_body" jsonb,
  	"version_sections_background" varchar,
  	"version_sections_objectives" varchar,
  	"version_sections_main_content" varchar,
  	"version_sections_scope" varchar,
  	"version_sections_standards" varchar,
  	"version_sections_notes" varchar,
  	"version_sections_key_terms" varchar,
  	"version_sections_benefits" varchar,
  	"version_sections_changes" varchar,
  	"version_video_id" integer,
  	"version_stream_url" varchar,
  	"version_transcript" varchar,
  	"version_event_held_at" timestamp(3) with time zone,
  	"version_event_venue" varchar,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_unit_id" integer,
  	"version_author_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__interpretations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"source" "enum_responses_source",
  	"topic" "enum_responses_topic",
  	"concern_class" "enum_responses_concern_class",
  	"received_at" timestamp(3) with time zone,
  	"responded_at" timestamp(3) with time zone,
  	"concern" varchar,
  	"body" jsonb,
  	"adoption_status" varchar,
  	"solution" varchar,
  	"investigation_result" varchar,
  	"authoritative_info" varchar,
  	"correction" varchar,
  	"rebuttal" varchar,
  	"referral_referred_to" varchar,
  	"referral_referred_at" timestamp(3) with time zone,
  	"referral_case_number" varchar,
  	"due_at" timestamp(3) with time zone,
  	"first_published_at" timestamp(3) with time zone,
  	"unit_id" integer,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_responses_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_responses_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_source" "enum__responses_v_version_source",
  	"version_topic" "enum__responses_v_version_topic",
  	"version_concern_class" "enum__responses_v_version_concern_class",
  	"version_received_at" timestamp(3) with time zone,
  	"version_responded_at" timestamp(3) with time zone,
  	"version_concern" varchar,
  	"version_body" jsonb,
  	"version_adoption_status" varchar,
  	"version_solution" varchar,
  	"version_investigation_result" varchar,
  	"version_authoritative_info" varchar,
  	"version_correction" varchar,
  	"version_rebuttal" varchar,
  	"version_referral_referred_to" varchar,
  	"version_referral_referred_at" timestamp(3) with time zone,
  	"version_referral_case_number" varchar,
  	"version_due_at" timestamp(3) with time zone,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_unit_id" integer,
  	"version_author_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__responses_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"draft_text" jsonb,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"adoption_summary" varchar,
  	"result_published_at" timestamp(3) with time zone,
  	"unit_id" integer,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_consultations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "consultations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_consultations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_draft_text" jsonb,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_adoption_summary" varchar,
  	"version_result_published_at" timestamp(3) with time zone,
  	"version_unit_id" integer,
  	"version_author_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__consultations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_consultations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "consultation_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consultation_id" integer NOT NULL,
  	"body" varchar NOT NULL,
  	"name" varchar,
  	"contact" varchar,
  	"status" "enum_consultation_comments_status" DEFAULT 'pending' NOT NULL,
  	"moderation_note" varchar,
  	"unit_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"moderated_by_id" integer,
  	"moderated_at" timestamp(3) with time zone,
  	"client_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "index_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" varchar NOT NULL,
  	"last_value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bureau_name" varchar DEFAULT '宣城市公安局' NOT NULL,
  	"index_number_pattern" varchar DEFAULT '{unitCode}-{year}-{seq:5}' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "interpretations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "responses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultation_comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "index_counters_id" integer;
  ALTER TABLE "disclosures_cleanup_items" ADD CONSTRAINT "disclosures_cleanup_items_document_id_disclosures_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_cleanup_items" ADD CONSTRAINT "disclosures_cleanup_items_replacement_id_disclosures_id_fk" FOREIGN KEY ("replacement_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_cleanup_items" ADD CONSTRAINT "disclosures_cleanup_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_replaced_by_id_disclosures_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_thread_id_disclosures_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_cleanup_items" ADD CONSTRAINT "_disclosures_v_version_cleanup_items_document_id_disclosures_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_cleanup_items" ADD CONSTRAINT "_disclosures_v_version_cleanup_items_replacement_id_disclosures_id_fk" FOREIGN KEY ("replacement_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_cleanup_items" ADD CONSTRAINT "_disclosures_v_version_cleanup_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_parent_id_disclosures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_replaced_by_id_disclosures_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_thread_id_disclosures_id_fk" FOREIGN KEY ("version_thread_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_graphics" ADD CONSTRAINT "interpretations_graphics_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_graphics" ADD CONSTRAINT "interpretations_graphics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_event_speakers" ADD CONSTRAINT "interpretations_event_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_policy_id_disclosures_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_graphics" ADD CONSTRAINT "_interpretations_v_version_graphics_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_graphics" ADD CONSTRAINT "_interpretations_v_version_graphics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_event_speakers" ADD CONSTRAINT "_interpretations_v_version_event_speakers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_parent_id_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_policy_id_disclosures_id_fk" FOREIGN KEY ("version_policy_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_responses_v" ADD CONSTRAINT "_responses_v_parent_id_responses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_responses_v" ADD CONSTRAINT "_responses_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_responses_v" ADD CONSTRAINT "_responses_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_parent_id_consultations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v_rels" ADD CONSTRAINT "_consultations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_rels" ADD CONSTRAINT "_consultations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "disclosures_cleanup_items_order_idx" ON "disclosures_cleanup_items" USING btree ("_order");
  CREATE INDEX "disclosures_cleanup_items_parent_id_idx" ON "disclosures_cleanup_items" USING btree ("_parent_id");
  CREATE INDEX "disclosures_cleanup_items_document_idx" ON "disclosures_cleanup_items" USING btree ("document_id");
  CREATE INDEX "disclosures_cleanup_items_replacement_idx" ON "disclosures_cleanup_items" USING btree ("replacement_id");
  CREATE INDEX "disclosures_replaced_by_idx" ON "disclosures" USING btree ("replaced_by_id");
  CREATE INDEX "disclosures_thread_idx" ON "disclosures" USING btree ("thread_id");
  CREATE UNIQUE INDEX "disclosures_index_number_idx" ON "disclosures" USING btree ("index_number");
  CREATE INDEX "disclosures_due_at_idx" ON "disclosures" USING btree ("due_at");
  CREATE INDEX "disclosures_unit_idx" ON "disclosures" USING btree ("unit_id");
  CREATE INDEX "disclosures_author_idx" ON "disclosures" USING btree ("author_id");
  CREATE INDEX "disclosures_updated_at_idx" ON "disclosures" USING btree ("updated_at");
  CREATE INDEX "disclosures_created_at_idx" ON "disclosures" USING btree ("created_at");
  CREATE INDEX "disclosures__status_idx" ON "disclosures" USING btree ("_status");
  CREATE INDEX "disclosures_rels_order_idx" ON "disclosures_rels" USING btree ("order");
  CREATE INDEX "disclosures_rels_parent_idx" ON "disclosures_rels" USING btree ("parent_id");
  CREATE INDEX "disclosures_rels_path_idx" ON "disclosures_rels" USING btree ("path");
  CREATE INDEX "disclosures_rels_media_id_idx" ON "disclosures_rels" USING btree ("media_id");
  CREATE INDEX "_disclosures_v_version_cleanup_items_order_idx" ON "_disclosures_v_version_cleanup_items" USING btree ("_order");
  CREATE INDEX "_disclosures_v_version_cleanup_items_parent_id_idx" ON "_disclosures_v_version_cleanup_items" USING btree ("_parent_id");
  CREATE INDEX "_disclosures_v_version_cleanup_items_document_idx" ON "_disclosures_v_version_cleanup_items" USING btree ("document_id");
  CREATE INDEX "_disclosures_v_version_cleanup_items_replacement_idx" ON "_disclosures_v_version_cleanup_items" USING btree ("replacement_id");
  CREATE INDEX "_disclosures_v_parent_idx" ON "_disclosures_v" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_version_version_replaced_by_idx" ON "_disclosures_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_disclosures_v_version_version_thread_idx" ON "_disclosures_v" USING btree ("version_thread_id");
  CREATE INDEX "_disclosures_v_version_version_index_number_idx" ON "_disclosures_v" USING btree ("version_index_number");
  CREATE INDEX "_disclosures_v_version_version_due_at_idx" ON "_disclosures_v" USING btree ("version_due_at");
  CREATE INDEX "_disclosures_v_version_version_unit_idx" ON "_disclosures_v" USING btree ("version_unit_id");
  CREATE INDEX "_disclosures_v_version_version_author_idx" ON "_disclosures_v" USING btree ("version_author_id");
  CREATE INDEX "_disclosures_v_version_version_updated_at_idx" ON "_disclosures_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosures_v_version_version_created_at_idx" ON "_disclosures_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosures_v_version_version__status_idx" ON "_disclosures_v" USING btree ("version__status");
  CREATE INDEX "_disclosures_v_created_at_idx" ON "_disclosures_v" USING btree ("created_at");
  CREATE INDEX "_disclosures_v_updated_at_idx" ON "_disclosures_v" USING btree ("updated_at");
  CREATE INDEX "_disclosures_v_latest_idx" ON "_disclosures_v" USING btree ("latest");
  CREATE INDEX "_disclosures_v_rels_order_idx" ON "_disclosures_v_rels" USING btree ("order");
  CREATE INDEX "_disclosures_v_rels_parent_idx" ON "_disclosures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_rels_path_idx" ON "_disclosures_v_rels" USING btree ("path");
  CREATE INDEX "_disclosures_v_rels_media_id_idx" ON "_disclosures_v_rels" USING btree ("media_id");
  CREATE INDEX "interpretations_graphics_order_idx" ON "interpretations_graphics" USING btree ("_order");
  CREATE INDEX "interpretations_graphics_parent_id_idx" ON "interpretations_graphics" USING btree ("_parent_id");
  CREATE INDEX "interpretations_graphics_image_idx" ON "interpretations_graphics" USING btree ("image_id");
  CREATE INDEX "interpretations_event_speakers_order_idx" ON "interpretations_event_speakers" USING btree ("_order");
  CREATE INDEX "interpretations_event_speakers_parent_id_idx" ON "interpretations_event_speakers" USING btree ("_parent_id");
  CREATE INDEX "interpretations_policy_idx" ON "interpretations" USING btree ("policy_id");
  CREATE INDEX "interpretations_video_idx" ON "interpretations" USING btree ("video_id");
  CREATE INDEX "interpretations_unit_idx" ON "interpretations" USING btree ("unit_id");
  CREATE INDEX "interpretations_author_idx" ON "interpretations" USING btree ("author_id");
  CREATE INDEX "interpretations_updated_at_idx" ON "interpretations" USING btree ("updated_at");
  CREATE INDEX "interpretations_created_at_idx" ON "interpretations" USING btree ("created_at");
  CREATE INDEX "interpretations__status_idx" ON "interpretations" USING btree ("_status");
  CREATE INDEX "_interpretations_v_version_graphics_order_idx" ON "_interpretations_v_version_graphics" USING btree ("_order");
  CREATE INDEX "_interpretations_v_version_graphics_parent_id_idx" ON "_interpretations_v_version_graphics" USING btree ("_parent_id");
  CREATE INDEX "_interpretations_v_version_graphics_image_idx" ON "_interpretations_v_version_graphics" USING btree ("image_id");
  CREATE INDEX "_interpretations_v_version_event_speakers_order_idx" ON "_interpretations_v_version_event_speakers" USING btree ("_order");
  CREATE INDEX "_interpretations_v_version_event_speakers_parent_id_idx" ON "_interpretations_v_version_event_speakers" USING btree ("_parent_id");
  CREATE INDEX "_interpretations_v_parent_idx" ON "_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_version_version_policy_idx" ON "_interpretations_v" USING btree ("version_policy_id");
  CREATE INDEX "_interpretations_v_version_version_video_idx" ON "_interpretations_v" USING btree ("version_video_id");
  CREATE INDEX "_interpretations_v_version_version_unit_idx" ON "_interpretations_v" USING btree ("version_unit_id");
  CREATE INDEX "_interpretations_v_version_version_author_idx" ON "_interpretations_v" USING btree ("version_author_id");
  CREATE INDEX "_interpretations_v_version_version_updated_at_idx" ON "_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_interpretations_v_version_version_created_at_idx" ON "_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_interpretations_v_version_version__status_idx" ON "_interpretations_v" USING btree ("version__status");
  CREATE INDEX "_interpretations_v_created_at_idx" ON "_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_interpretations_v_updated_at_idx" ON "_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_interpretations_v_latest_idx" ON "_interpretations_v" USING btree ("latest");
  CREATE INDEX "responses_due_at_idx" ON "responses" USING btree ("due_at");
  CREATE INDEX "responses_unit_idx" ON "responses" USING btree ("unit_id");
  CREATE INDEX "responses_author_idx" ON "responses" USING btree ("author_id");
  CREATE INDEX "responses_updated_at_idx" ON "responses" USING btree ("updated_at");
  CREATE INDEX "responses_created_at_idx" ON "responses" USING btree ("created_at");
  CREATE INDEX "responses__status_idx" ON "responses" USING btree ("_status");
  CREATE INDEX "_responses_v_parent_idx" ON "_responses_v" USING btree ("parent_id");
  CREATE INDEX "_responses_v_version_version_due_at_idx" ON "_responses_v" USING btree ("version_due_at");
  CREATE INDEX "_responses_v_version_version_unit_idx" ON "_responses_v" USING btree ("version_unit_id");
  CREATE INDEX "_responses_v_version_version_author_idx" ON "_responses_v" USING btree ("version_author_id");
  CREATE INDEX "_responses_v_version_version_updated_at_idx" ON "_responses_v" USING btree ("version_updated_at");
  CREATE INDEX "_responses_v_version_version_created_at_idx" ON "_responses_v" USING btree ("version_created_at");
  CREATE INDEX "_responses_v_version_version__status_idx" ON "_responses_v" USING btree ("version__status");
  CREATE INDEX "_responses_v_created_at_idx" ON "_responses_v" USING btree ("created_at");
  CREATE INDEX "_responses_v_updated_at_idx" ON "_responses_v" USING btree ("updated_at");
  CREATE INDEX "_responses_v_latest_idx" ON "_responses_v" USING btree ("latest");
  CREATE INDEX "consultations_opens_at_idx" ON "consultations" USING btree ("opens_at");
  CREATE INDEX "consultations_closes_at_idx" ON "consultations" USING btree ("closes_at");
  CREATE INDEX "consultations_unit_idx" ON "consultations" USING btree ("unit_id");
  CREATE INDEX "consultations_author_idx" ON "consultations" USING btree ("author_id");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "consultations__status_idx" ON "consultations" USING btree ("_status");
  CREATE INDEX "consultations_rels_order_idx" ON "consultations_rels" USING btree ("order");
  CREATE INDEX "consultations_rels_parent_idx" ON "consultations_rels" USING btree ("parent_id");
  CREATE INDEX "consultations_rels_path_idx" ON "consultations_rels" USING btree ("path");
  CREATE INDEX "consultations_rels_media_id_idx" ON "consultations_rels" USING btree ("media_id");
  CREATE INDEX "_consultations_v_parent_idx" ON "_consultations_v" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_version_version_opens_at_idx" ON "_consultations_v" USING btree ("version_opens_at");
  CREATE INDEX "_consultations_v_version_version_closes_at_idx" ON "_consultations_v" USING btree ("version_closes_at");
  CREATE INDEX "_consultations_v_version_version_unit_idx" ON "_consultations_v" USING btree ("version_unit_id");
  CREATE INDEX "_consultations_v_version_version_author_idx" ON "_consultations_v" USING btree ("version_author_id");
  CREATE INDEX "_consultations_v_version_version_updated_at_idx" ON "_consultations_v" USING btree ("version_updated_at");
  CREATE INDEX "_consultations_v_version_version_created_at_idx" ON "_consultations_v" USING btree ("version_created_at");
  CREATE INDEX "_consultations_v_version_version__status_idx" ON "_consultations_v" USING btree ("version__status");
  CREATE INDEX "_consultations_v_created_at_idx" ON "_consultations_v" USING btree ("created_at");
  CREATE INDEX "_consultations_v_updated_at_idx" ON "_consultations_v" USING btree ("updated_at");
  CREATE INDEX "_consultations_v_latest_idx" ON "_consultations_v" USING btree ("latest");
  CREATE INDEX "_consultations_v_rels_order_idx" ON "_consultations_v_rels" USING btree ("order");
  CREATE INDEX "_consultations_v_rels_parent_idx" ON "_consultations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_rels_path_idx" ON "_consultations_v_rels" USING btree ("path");
  CREATE INDEX "_consultations_v_rels_media_id_idx" ON "_consultations_v_rels" USING btree ("media_id");
  CREATE INDEX "consultation_comments_consultation_idx" ON "consultation_comments" USING btree ("consultation_id");
  CREATE INDEX "consultation_comments_status_idx" ON "consultation_comments" USING btree ("status");
  CREATE INDEX "consultation_comments_unit_idx" ON "consultation_comments" USING btree ("unit_id");
  CREATE INDEX "consultation_comments_submitted_at_idx" ON "consultation_comments" USING btree ("submitted_at");
  CREATE INDEX "consultation_comments_moderated_by_idx" ON "consultation_comments" USING btree ("moderated_by_id");
  CREATE INDEX "consultation_comments_client_hash_idx" ON "consultation_comments" USING btree ("client_hash");
  CREATE INDEX "consultation_comments_updated_at_idx" ON "consultation_comments" USING btree ("updated_at");
  CREATE INDEX "consultation_comments_created_at_idx" ON "consultation_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "index_counters_scope_idx" ON "index_counters" USING btree ("scope");
  CREATE INDEX "index_counters_updated_at_idx" ON "index_counters" USING btree ("updated_at");
  CREATE INDEX "index_counters_created_at_idx" ON "index_counters" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_responses_fk" FOREIGN KEY ("responses_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_comments_fk" FOREIGN KEY ("consultation_comments_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_index_counters_fk" FOREIGN KEY ("index_counters_id") REFERENCES "public"."index_counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("responses_id");
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_consultation_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_comments_id");
  CREATE INDEX "payload_locked_documents_rels_index_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("index_counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures_cleanup_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v_version_cleanup_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interpretations_graphics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interpretations_event_speakers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interpretations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interpretations_v_version_graphics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interpretations_v_version_event_speakers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interpretations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "responses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_responses_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultation_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "index_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosures_cleanup_items" CASCADE;
  DROP TABLE "disclosures" CASCADE;
  DROP TABLE "disclosures_rels" CASCADE;
  DROP TABLE "_disclosures_v_version_cleanup_items" CASCADE;
  DROP TABLE "_disclosures_v" CASCADE;
  DROP TABLE "_disclosures_v_rels" CASCADE;
  DROP TABLE "interpretations_graphics" CASCADE;
  DROP TABLE "interpretations_event_speakers" CASCADE;
  DROP TABLE "interpretations" CASCADE;
  DROP TABLE "_interpretations_v_version_graphics" CASCADE;
  DROP TABLE "_interpretations_v_version_event_speakers" CASCADE;
  DROP TABLE "_interpretations_v" CASCADE;
  DROP TABLE "responses" CASCADE;
  DROP TABLE "_responses_v" CASCADE;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "consultations_rels" CASCADE;
  DROP TABLE "_consultations_v" CASCADE;
  DROP TABLE "_consultations_v_rels" CASCADE;
  DROP TABLE "consultation_comments" CASCADE;
  DROP TABLE "index_counters" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_interpretations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_responses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultation_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_index_counters_fk";
  
  DROP INDEX "payload_locked_documents_rels_disclosures_id_idx";
  DROP INDEX "payload_locked_documents_rels_interpretations_id_idx";
  DROP INDEX "payload_locked_documents_rels_responses_id_idx";
  DROP INDEX "payload_locked_documents_rels_consultations_id_idx";
  DROP INDEX "payload_locked_documents_rels_consultation_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_index_counters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "interpretations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "responses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultation_comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "index_counters_id";
  DROP TYPE "public"."enum_disclosures_cleanup_items_decision";
  DROP TYPE "public"."enum_disclosures_openness";
  DROP TYPE "public"."enum_disclosures_key_area";
  DROP TYPE "public"."enum_disclosures_topic";
  DROP TYPE "public"."enum_disclosures_disclosure_mode";
  DROP TYPE "public"."enum_disclosures_withholding_ground";
  DROP TYPE "public"."enum_disclosures_doc_type";
  DROP TYPE "public"."enum_disclosures_validity";
  DROP TYPE "public"."enum_disclosures_stage";
  DROP TYPE "public"."enum_disclosures_status";
  DROP TYPE "public"."enum__disclosures_v_version_cleanup_items_decision";
  DROP TYPE "public"."enum__disclosures_v_version_openness";
  DROP TYPE "public"."enum__disclosures_v_version_key_area";
  DROP TYPE "public"."enum__disclosures_v_version_topic";
  DROP TYPE "public"."enum__disclosures_v_version_disclosure_mode";
  DROP TYPE "public"."enum__disclosures_v_version_withholding_ground";
  DROP TYPE "public"."enum__disclosures_v_version_doc_type";
  DROP TYPE "public"."enum__disclosures_v_version_validity";
  DROP TYPE "public"."enum__disclosures_v_version_stage";
  DROP TYPE "public"."enum__disclosures_v_version_status";
  DROP TYPE "public"."enum_interpretations_form";
  DROP TYPE "public"."enum_interpretations_status";
  DROP TYPE "public"."enum__interpretations_v_version_form";
  DROP TYPE "public"."enum__interpretations_v_version_status";
  DROP TYPE "public"."enum_responses_source";
  DROP TYPE "public"."enum_responses_topic";
  DROP TYPE "public"."enum_responses_concern_class";
  DROP TYPE "public"."enum_responses_status";
  DROP TYPE "public"."enum__responses_v_version_source";
  DROP TYPE "public"."enum__responses_v_version_topic";
  DROP TYPE "public"."enum__responses_v_version_concern_class";
  DROP TYPE "public"."enum__responses_v_version_status";
  DROP TYPE "public"."enum_consultations_status";
  DROP TYPE "public"."enum__consultations_v_version_status";
  DROP TYPE "public"."enum_consultation_comments_status";`)
}
