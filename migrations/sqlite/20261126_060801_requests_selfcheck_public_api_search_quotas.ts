import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`disclosure_requests_pauses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_pauses_order_idx\` ON \`disclosure_requests_pauses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_pauses_parent_id_idx\` ON \`disclosure_requests_pauses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests_administrative_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`filed_on\` text NOT NULL,
  	\`result\` text DEFAULT 'pending' NOT NULL,
  	\`decided_on\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_administrative_reviews_order_idx\` ON \`disclosure_requests_administrative_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_administrative_reviews_parent_id_idx\` ON \`disclosure_requests_administrative_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests_litigations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`route\` text DEFAULT 'direct' NOT NULL,
  	\`filed_on\` text NOT NULL,
  	\`result\` text DEFAULT 'pending' NOT NULL,
  	\`decided_on\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_litigations_order_idx\` ON \`disclosure_requests_litigations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_litigations_parent_id_idx\` ON \`disclosure_requests_litigations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`details\` text,
  	\`received_on\` text NOT NULL,
  	\`channel\` text DEFAULT 'online' NOT NULL,
  	\`applicant_type\` text DEFAULT 'natural_person' NOT NULL,
  	\`applicant_name\` text,
  	\`applicant_id_number\` text,
  	\`applicant_phone\` text,
  	\`applicant_address\` text,
  	\`extension_approved\` integer DEFAULT false,
  	\`extension_days\` numeric,
  	\`extension_approved_on\` text,
  	\`extension_reason\` text,
  	\`replied_on\` text,
  	\`outcome\` text,
  	\`refusal_reason\` text,
  	\`unavailable_reason\` text,
  	\`not_processed_reason\` text,
  	\`other_handling_reason\` text,
  	\`reply_document_id\` integer,
  	\`deadline\` text,
  	\`unit_id\` integer,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reply_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_received_on_idx\` ON \`disclosure_requests\` (\`received_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_replied_on_idx\` ON \`disclosure_requests\` (\`replied_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_outcome_idx\` ON \`disclosure_requests\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_reply_document_idx\` ON \`disclosure_requests\` (\`reply_document_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_deadline_idx\` ON \`disclosure_requests\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_unit_idx\` ON \`disclosure_requests\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_author_idx\` ON \`disclosure_requests\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_updated_at_idx\` ON \`disclosure_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_created_at_idx\` ON \`disclosure_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`annual_report_inputs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`rules_issued\` numeric DEFAULT 0,
  	\`rules_repealed\` numeric DEFAULT 0,
  	\`rules_in_force\` numeric DEFAULT 0,
  	\`licences\` numeric DEFAULT 0,
  	\`penalties\` numeric DEFAULT 0,
  	\`compulsory_measures\` numeric DEFAULT 0,
  	\`fees\` numeric DEFAULT 0,
  	\`overview\` text,
  	\`problems\` text,
  	\`other_matters\` text,
  	\`report_disclosure_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_disclosure_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`annual_report_inputs_year_idx\` ON \`annual_report_inputs\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_inputs_report_disclosure_idx\` ON \`annual_report_inputs\` (\`report_disclosure_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_inputs_updated_at_idx\` ON \`annual_report_inputs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_inputs_created_at_idx\` ON \`annual_report_inputs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`downstream_sites\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	\`rate_limit_per_minute\` numeric DEFAULT 600 NOT NULL,
  	\`revoked\` integer DEFAULT false,
  	\`key_prefix\` text,
  	\`key_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`downstream_sites_key_hash_idx\` ON \`downstream_sites\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`downstream_sites_updated_at_idx\` ON \`downstream_sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`downstream_sites_created_at_idx\` ON \`downstream_sites\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_key\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`tokens\` text,
  	\`index_number\` text,
  	\`openness\` text,
  	\`key_area\` text,
  	\`topic\` text,
  	\`doc_type\` text,
  	\`disclosure_mode\` text,
  	\`unit_id\` text,
  	\`unit_name\` text,
  	\`year\` numeric,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_index_item_key_idx\` ON \`search_index\` (\`item_key\`);`)
  await db.run(sql`CREATE INDEX \`search_index_collection_idx\` ON \`search_index\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`search_index_index_number_idx\` ON \`search_index\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`search_index_openness_idx\` ON \`search_index\` (\`openness\`);`)
  await db.run(sql`CREATE INDEX \`search_index_key_area_idx\` ON \`search_index\` (\`key_area\`);`)
  await db.run(sql`CREATE INDEX \`search_index_topic_idx\` ON \`search_index\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`search_index_unit_id_idx\` ON \`search_index\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_year_idx\` ON \`search_index\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`search_index_published_at_idx\` ON \`search_index\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`self_check_findings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`severity\` text NOT NULL,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`message\` text NOT NULL,
  	\`unit_id\` integer,
  	\`target\` text,
  	\`link\` text,
  	\`fingerprint\` text NOT NULL,
  	\`first_seen_at\` text,
  	\`last_seen_at\` text,
  	\`resolved_at\` text,
  	\`alerted_at\` text,
  	\`alerted_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`self_check_findings_kind_idx\` ON \`self_check_findings\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`self_check_findings_severity_idx\` ON \`self_check_findings\` (\`severity\`);`)
  await db.run(sql`CREATE INDEX \`self_check_findings_state_idx\` ON \`self_check_findings\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`self_check_findings_unit_idx\` ON \`self_check_findings\` (\`unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`self_check_findings_fingerprint_idx\` ON \`self_check_findings\` (\`fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`self_check_findings_first_seen_at_idx\` ON \`self_check_findings\` (\`first_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`self_check_findings_updated_at_idx\` ON \`self_check_findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`self_check_findings_created_at_idx\` ON \`self_check_findings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`self_check_settings_news_columns\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`self_check_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_check_settings_news_columns_order_idx\` ON \`self_check_settings_news_columns\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`self_check_settings_news_columns_parent_idx\` ON \`self_check_settings_news_columns\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_check_settings_ignored_columns\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`self_check_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_check_settings_ignored_columns_order_idx\` ON \`self_check_settings_ignored_columns\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`self_check_settings_ignored_columns_parent_idx\` ON \`self_check_settings_ignored_columns\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_check_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`news_max_age_days\` numeric DEFAULT 14 NOT NULL,
  	\`other_max_age_days\` numeric DEFAULT 183 NOT NULL,
  	\`request_warning_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`consultation_feedback_days\` numeric DEFAULT 30 NOT NULL,
  	\`channel_silence_days\` numeric DEFAULT 14 NOT NULL,
  	\`link_timeout_ms\` numeric DEFAULT 5000,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`channel_accounts\` ADD \`wechat_drafts_per_day\` numeric;`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` ADD \`wechat_publishes_per_day\` numeric;`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` ADD \`wechat_status_checks_per_day\` numeric;`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` ADD \`weibo_posts_per_hour\` numeric;`)
  await db.run(sql`ALTER TABLE \`reviews\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosure_requests_id\` integer REFERENCES disclosure_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`annual_report_inputs_id\` integer REFERENCES annual_report_inputs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`downstream_sites_id\` integer REFERENCES downstream_sites(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_index_id\` integer REFERENCES search_index(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`self_check_findings_id\` integer REFERENCES self_check_findings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_report_inputs_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_report_inputs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_downstream_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`downstream_sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_self_check_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`self_check_findings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`disclosure_requests_pauses\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests_administrative_reviews\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests_litigations\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests\`;`)
  await db.run(sql`DROP TABLE \`annual_report_inputs\`;`)
  await db.run(sql`DROP TABLE \`downstream_sites\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`self_check_findings\`;`)
  await db.run(sql`DROP TABLE \`self_check_settings_news_columns\`;`)
  await db.run(sql`DROP TABLE \`self_check_settings_ignored_columns\`;`)
  await db.run(sql`DROP TABLE \`self_check_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosures_id\` integer,
  	\`interpretations_id\` integer,
  	\`responses_id\` integer,
  	\`consultations_id\` integer,
  	\`consultation_comments_id\` integer,
  	\`channel_accounts_id\` integer,
  	\`reviews_id\` integer,
  	\`deliveries_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`index_counters_id\` integer,
  	\`audit_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responses_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_comments_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channel_accounts_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "disclosures_id", "interpretations_id", "responses_id", "consultations_id", "consultation_comments_id", "channel_accounts_id", "reviews_id", "deliveries_id", "units_id", "users_id", "media_id", "index_counters_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "disclosures_id", "interpretations_id", "responses_id", "consultations_id", "consultation_comments_id", "channel_accounts_id", "reviews_id", "deliveries_id", "units_id", "users_id", "media_id", "index_counters_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`index_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` DROP COLUMN \`wechat_drafts_per_day\`;`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` DROP COLUMN \`wechat_publishes_per_day\`;`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` DROP COLUMN \`wechat_status_checks_per_day\`;`)
  await db.run(sql`ALTER TABLE \`channel_accounts\` DROP COLUMN \`weibo_posts_per_hour\`;`)
  await db.run(sql`ALTER TABLE \`reviews\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`publish_at\`;`)
}
