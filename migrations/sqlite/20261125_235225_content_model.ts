import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`disclosures_cleanup_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document_id\` integer,
  	\`decision\` text,
  	\`replacement_id\` integer,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replacement_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_cleanup_items_order_idx\` ON \`disclosures_cleanup_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_cleanup_items_parent_id_idx\` ON \`disclosures_cleanup_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_cleanup_items_document_idx\` ON \`disclosures_cleanup_items\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_cleanup_items_replacement_idx\` ON \`disclosures_cleanup_items\` (\`replacement_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`openness\` text,
  	\`key_area\` text,
  	\`topic\` text,
  	\`disclosure_mode\` text DEFAULT 'proactive',
  	\`withholding_ground\` text,
  	\`doc_type\` text DEFAULT 'notice',
  	\`document_number\` text,
  	\`formed_on\` text,
  	\`validity\` text DEFAULT 'valid',
  	\`replaced_by_id\` integer,
  	\`stage\` text,
  	\`thread_id\` integer,
  	\`event_occurred_at\` text,
  	\`index_number\` text,
  	\`due_at\` text,
  	\`first_published_at\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_replaced_by_idx\` ON \`disclosures\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_thread_idx\` ON \`disclosures\` (\`thread_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosures_index_number_idx\` ON \`disclosures\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_due_at_idx\` ON \`disclosures\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_unit_idx\` ON \`disclosures\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_author_idx\` ON \`disclosures\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_updated_at_idx\` ON \`disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_created_at_idx\` ON \`disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures__status_idx\` ON \`disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_rels_order_idx\` ON \`disclosures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_parent_idx\` ON \`disclosures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_path_idx\` ON \`disclosures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_media_id_idx\` ON \`disclosures_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_version_cleanup_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_id\` integer,
  	\`decision\` text,
  	\`replacement_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replacement_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_cleanup_items_order_idx\` ON \`_disclosures_v_version_cleanup_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_cleanup_items_parent_id_idx\` ON \`_disclosures_v_version_cleanup_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_cleanup_items_document_idx\` ON \`_disclosures_v_version_cleanup_items\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_cleanup_items_replacement_idx\` ON \`_disclosures_v_version_cleanup_items\` (\`replacement_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_openness\` text,
  	\`version_key_area\` text,
  	\`version_topic\` text,
  	\`version_disclosure_mode\` text DEFAULT 'proactive',
  	\`version_withholding_ground\` text,
  	\`version_doc_type\` text DEFAULT 'notice',
  	\`version_document_number\` text,
  	\`version_formed_on\` text,
  	\`version_validity\` text DEFAULT 'valid',
  	\`version_replaced_by_id\` integer,
  	\`version_stage\` text,
  	\`version_thread_id\` integer,
  	\`version_event_occurred_at\` text,
  	\`version_index_number\` text,
  	\`version_due_at\` text,
  	\`version_first_published_at\` text,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_replaced_by_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_thread_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_parent_idx\` ON \`_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_replaced_by_idx\` ON \`_disclosures_v\` (\`version_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_thread_idx\` ON \`_disclosures_v\` (\`version_thread_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_index_number_idx\` ON \`_disclosures_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_due_at_idx\` ON \`_disclosures_v\` (\`version_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_unit_idx\` ON \`_disclosures_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_author_idx\` ON \`_disclosures_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_updated_at_idx\` ON \`_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_created_at_idx\` ON \`_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version__status_idx\` ON \`_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_created_at_idx\` ON \`_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_updated_at_idx\` ON \`_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_latest_idx\` ON \`_disclosures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_order_idx\` ON \`_disclosures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_parent_idx\` ON \`_disclosures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_path_idx\` ON \`_disclosures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_media_id_idx\` ON \`_disclosures_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_graphics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`alt\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_graphics_order_idx\` ON \`interpretations_graphics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_graphics_parent_id_idx\` ON \`interpretations_graphics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_graphics_image_idx\` ON \`interpretations_graphics\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_event_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_event_speakers_order_idx\` ON \`interpretations_event_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_event_speakers_parent_id_idx\` ON \`interpretations_event_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`form\` text DEFAULT 'text',
  	\`policy_id\` integer,
  	\`first_interpreter_name\` text,
  	\`first_interpreter_position\` text,
  	\`body\` text,
  	\`sections_background\` text,
  	\`sections_objectives\` text,
  	\`sections_main_content\` text,
  	\`sections_scope\` text,
  	\`sections_standards\` text,
  	\`sections_notes\` text,
  	\`sections_key_terms\` text,
  	\`sections_benefits\` text,
  	\`sections_changes\` text,
  	\`video_id\` integer,
  	\`stream_url\` text,
  	\`transcript\` text,
  	\`event_held_at\` text,
  	\`event_venue\` text,
  	\`first_published_at\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_policy_idx\` ON \`interpretations\` (\`policy_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_video_idx\` ON \`interpretations\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_unit_idx\` ON \`interpretations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_author_idx\` ON \`interpretations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_graphics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`alt\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_graphics_order_idx\` ON \`_interpretations_v_version_graphics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_graphics_parent_id_idx\` ON \`_interpretations_v_version_graphics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_graphics_image_idx\` ON \`_interpretations_v_version_graphics\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_event_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_event_speakers_order_idx\` ON \`_interpretations_v_version_event_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_event_speakers_parent_id_idx\` ON \`_interpretations_v_version_event_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_form\` text DEFAULT 'text',
  	\`version_policy_id\` integer,
  	\`version_first_interpreter_name\` text,
  	\`version_first_interpreter_position\` text,
  	\`version_body\` text,
  	\`version_sections_background\` text,
  	\`version_sections_objectives\` text,
  	\`version_sections_main_content\` text,
  	\`version_sections_scope\` text,
  	\`version_sections_standards\` text,
  	\`version_sections_notes\` text,
  	\`version_sections_key_terms\` text,
  	\`version_sections_benefits\` text,
  	\`version_sections_changes\` text,
  	\`version_video_id\` integer,
  	\`version_stream_url\` text,
  	\`version_transcript\` text,
  	\`version_event_held_at\` text,
  	\`version_event_venue\` text,
  	\`version_first_published_at\` text,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_policy_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_policy_idx\` ON \`_interpretations_v\` (\`version_policy_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_video_idx\` ON \`_interpretations_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_unit_idx\` ON \`_interpretations_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_author_idx\` ON \`_interpretations_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`responses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`source\` text,
  	\`topic\` text,
  	\`concern_class\` text,
  	\`received_at\` text,
  	\`responded_at\` text,
  	\`concern\` text,
  	\`body\` text,
  	\`adoption_status\` text,
  	\`solution\` text,
  	\`investigation_result\` text,
  	\`authoritative_info\` text,
  	\`correction\` text,
  	\`rebuttal\` text,
  	\`referral_referred_to\` text,
  	\`referral_referred_at\` text,
  	\`referral_case_number\` text,
  	\`due_at\` text,
  	\`first_published_at\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`responses_due_at_idx\` ON \`responses\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_unit_idx\` ON \`responses\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_author_idx\` ON \`responses\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_updated_at_idx\` ON \`responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_created_at_idx\` ON \`responses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`responses__status_idx\` ON \`responses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_responses_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_source\` text,
  	\`version_topic\` text,
  	\`version_concern_class\` text,
  	\`version_received_at\` text,
  	\`version_responded_at\` text,
  	\`version_concern\` text,
  	\`version_body\` text,
  	\`version_adoption_status\` text,
  	\`version_solution\` text,
  	\`version_investigation_result\` text,
  	\`version_authoritative_info\` text,
  	\`version_correction\` text,
  	\`version_rebuttal\` text,
  	\`version_referral_referred_to\` text,
  	\`version_referral_referred_at\` text,
  	\`version_referral_case_number\` text,
  	\`version_due_at\` text,
  	\`version_first_published_at\` text,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_responses_v_parent_idx\` ON \`_responses_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_version_version_due_at_idx\` ON \`_responses_v\` (\`version_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_version_version_unit_idx\` ON \`_responses_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_version_version_author_idx\` ON \`_responses_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_version_version_updated_at_idx\` ON \`_responses_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_version_version_created_at_idx\` ON \`_responses_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_version_version__status_idx\` ON \`_responses_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_created_at_idx\` ON \`_responses_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_updated_at_idx\` ON \`_responses_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_responses_v_latest_idx\` ON \`_responses_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`draft_text\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`adoption_summary\` text,
  	\`result_published_at\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_opens_at_idx\` ON \`consultations\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_closes_at_idx\` ON \`consultations\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_unit_idx\` ON \`consultations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_author_idx\` ON \`consultations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_media_id_idx\` ON \`consultations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_draft_text\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_adoption_summary\` text,
  	\`version_result_published_at\` text,
  	\`version_unit_id\` integer,
  	\`version_author_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_opens_at_idx\` ON \`_consultations_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_closes_at_idx\` ON \`_consultations_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_unit_idx\` ON \`_consultations_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_author_idx\` ON \`_consultations_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_order_idx\` ON \`_consultations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_parent_idx\` ON \`_consultations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_path_idx\` ON \`_consultations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_rels_media_id_idx\` ON \`_consultations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`body\` text NOT NULL,
  	\`name\` text,
  	\`contact\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_note\` text,
  	\`unit_id\` integer,
  	\`submitted_at\` text,
  	\`moderated_by_id\` integer,
  	\`moderated_at\` text,
  	\`client_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_comments_consultation_idx\` ON \`consultation_comments\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_status_idx\` ON \`consultation_comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_unit_idx\` ON \`consultation_comments\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_submitted_at_idx\` ON \`consultation_comments\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_moderated_by_idx\` ON \`consultation_comments\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_client_hash_idx\` ON \`consultation_comments\` (\`client_hash\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`index_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`scope\` text NOT NULL,
  	\`last_value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`index_counters_scope_idx\` ON \`index_counters\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_updated_at_idx\` ON \`index_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_created_at_idx\` ON \`index_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`bureau_name\` text DEFAULT '宣城市公安局' NOT NULL,
  	\`index_number_pattern\` text DEFAULT '{unitCode}-{year}-{seq:5}' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosures_id\` integer REFERENCES disclosures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`interpretations_id\` integer REFERENCES interpretations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`responses_id\` integer REFERENCES responses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultations_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_comments_id\` integer REFERENCES consultation_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`index_counters_id\` integer REFERENCES index_counters(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`index_counters_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`disclosures_cleanup_items\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`disclosures_rels\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_version_cleanup_items\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_graphics\`;`)
  await db.run(sql`DROP TABLE \`interpretations_event_speakers\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_graphics\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_event_speakers\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`responses\`;`)
  await db.run(sql`DROP TABLE \`_responses_v\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`index_counters\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "units_id", "users_id", "media_id") SELECT "id", "order", "parent_id", "path", "units_id", "users_id", "media_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
}
