import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`channel_accounts_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`reviewer_unit\` text DEFAULT 'owning_unit' NOT NULL,
  	\`named_unit_id\` integer,
  	FOREIGN KEY (\`named_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`channel_accounts_stages_order_idx\` ON \`channel_accounts_stages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_stages_parent_id_idx\` ON \`channel_accounts_stages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_stages_named_unit_idx\` ON \`channel_accounts_stages\` (\`named_unit_id\`);`)
  await db.run(sql`CREATE TABLE \`channel_accounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`platform\` text NOT NULL,
  	\`owning_unit_id\` integer NOT NULL,
  	\`filing_status\` text DEFAULT 'opened' NOT NULL,
  	\`sandbox\` integer DEFAULT false,
  	\`app_id\` text,
  	\`app_secret\` text,
  	\`callback_token\` text,
  	\`access_token\` text,
  	\`api_base\` text,
  	\`credentials_summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owning_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`channel_accounts_platform_idx\` ON \`channel_accounts\` (\`platform\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_owning_unit_idx\` ON \`channel_accounts\` (\`owning_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_updated_at_idx\` ON \`channel_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channel_accounts_created_at_idx\` ON \`channel_accounts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reviews_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`reviewer_unit_id\` integer,
  	\`reviewer_id\` integer,
  	\`reviewer_label\` text,
  	\`decision\` text,
  	\`decided_at\` text,
  	\`checklist_political\` integer,
  	\`checklist_legal\` integer,
  	\`checklist_secrecy\` integer,
  	\`checklist_wording\` integer,
  	\`comment\` text,
  	FOREIGN KEY (\`reviewer_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_stages_order_idx\` ON \`reviews_stages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reviews_stages_parent_id_idx\` ON \`reviews_stages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_stages_reviewer_unit_idx\` ON \`reviews_stages\` (\`reviewer_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_stages_reviewer_idx\` ON \`reviews_stages\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`current_stage\` numeric DEFAULT 0,
  	\`current_stage_name\` text,
  	\`channel_id\` integer NOT NULL,
  	\`platform\` text,
  	\`item_key\` text NOT NULL,
  	\`item_title\` text,
  	\`item_unit_id\` integer,
  	\`author_id\` integer,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`snapshot\` text,
  	\`findings\` text,
  	\`content_hash\` text NOT NULL,
  	\`version_id\` text,
  	\`closed_at\` text,
  	\`revision\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`item_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_state_idx\` ON \`reviews\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`reviews_channel_idx\` ON \`reviews\` (\`channel_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_item_key_idx\` ON \`reviews\` (\`item_key\`);`)
  await db.run(sql`CREATE INDEX \`reviews_item_unit_idx\` ON \`reviews\` (\`item_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_author_idx\` ON \`reviews\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_submitted_by_idx\` ON \`reviews\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_submitted_at_idx\` ON \`reviews\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosures_id\` integer,
  	\`interpretations_id\` integer,
  	\`responses_id\` integer,
  	\`consultations_id\` integer,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responses_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_rels_order_idx\` ON \`reviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_parent_idx\` ON \`reviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_path_idx\` ON \`reviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_disclosures_id_idx\` ON \`reviews_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_interpretations_id_idx\` ON \`reviews_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_responses_id_idx\` ON \`reviews_rels\` (\`responses_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_consultations_id_idx\` ON \`reviews_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_rels_units_id_idx\` ON \`reviews_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`platform\` text,
  	\`channel_id\` integer NOT NULL,
  	\`ticket_id\` integer NOT NULL,
  	\`item_key\` text NOT NULL,
  	\`item_title\` text,
  	\`item_unit_id\` integer,
  	\`owning_unit_id\` integer,
  	\`content_hash\` text NOT NULL,
  	\`version_id\` text,
  	\`external_id\` text,
  	\`url\` text,
  	\`last_error\` text,
  	\`queued_at\` text,
  	\`delivered_at\` text,
  	\`retracted_at\` text,
  	\`retract_reason\` text,
  	\`retracted_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`channel_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ticket_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`item_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owning_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`retracted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_platform_idx\` ON \`deliveries\` (\`platform\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_idx\` ON \`deliveries\` (\`channel_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`deliveries_ticket_idx\` ON \`deliveries\` (\`ticket_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_item_key_idx\` ON \`deliveries\` (\`item_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_item_unit_idx\` ON \`deliveries\` (\`item_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_owning_unit_idx\` ON \`deliveries\` (\`owning_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_queued_at_idx\` ON \`deliveries\` (\`queued_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_retracted_by_idx\` ON \`deliveries\` (\`retracted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deliveries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosures_id\` integer,
  	\`interpretations_id\` integer,
  	\`responses_id\` integer,
  	\`consultations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responses_id\`) REFERENCES \`responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_rels_order_idx\` ON \`deliveries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_parent_idx\` ON \`deliveries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_path_idx\` ON \`deliveries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_disclosures_id_idx\` ON \`deliveries_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_interpretations_id_idx\` ON \`deliveries_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_responses_id_idx\` ON \`deliveries_rels\` (\`responses_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_consultations_id_idx\` ON \`deliveries_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE TABLE \`preflight_lexicon\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`blocked_words\` text,
  	\`warned_words\` text,
  	\`typos\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`disclosures_cover_image_idx\` ON \`disclosures\` (\`cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_cover_image_idx\` ON \`_disclosures_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`interpretations_cover_image_idx\` ON \`interpretations\` (\`cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_cover_image_idx\` ON \`_interpretations_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`responses\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`responses\` ADD \`cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`responses_cover_image_idx\` ON \`responses\` (\`cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_responses_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_responses_v\` ADD \`version_cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_responses_v_version_version_cover_image_idx\` ON \`_responses_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`consultations_cover_image_idx\` ON \`consultations\` (\`cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_cover_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_cover_image_idx\` ON \`_consultations_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`channel_accounts_id\` integer REFERENCES channel_accounts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reviews_id\` integer REFERENCES reviews(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deliveries_id\` integer REFERENCES deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channel_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`channel_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`channel_accounts_stages\`;`)
  await db.run(sql`DROP TABLE \`channel_accounts\`;`)
  await db.run(sql`DROP TABLE \`reviews_stages\`;`)
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`DROP TABLE \`reviews_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries_rels\`;`)
  await db.run(sql`DROP TABLE \`preflight_lexicon\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_disclosures\` (
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
  	\`press_conference_due_at\` text,
  	\`press_conference_held_at\` text,
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
  await db.run(sql`INSERT INTO \`__new_disclosures\`("id", "title", "body", "openness", "key_area", "topic", "disclosure_mode", "withholding_ground", "doc_type", "document_number", "formed_on", "validity", "replaced_by_id", "stage", "thread_id", "event_occurred_at", "index_number", "due_at", "press_conference_due_at", "press_conference_held_at", "first_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status") SELECT "id", "title", "body", "openness", "key_area", "topic", "disclosure_mode", "withholding_ground", "doc_type", "document_number", "formed_on", "validity", "replaced_by_id", "stage", "thread_id", "event_occurred_at", "index_number", "due_at", "press_conference_due_at", "press_conference_held_at", "first_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status" FROM \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`ALTER TABLE \`__new_disclosures\` RENAME TO \`disclosures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`disclosures_replaced_by_idx\` ON \`disclosures\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_thread_idx\` ON \`disclosures\` (\`thread_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosures_index_number_idx\` ON \`disclosures\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_due_at_idx\` ON \`disclosures\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_press_conference_due_at_idx\` ON \`disclosures\` (\`press_conference_due_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_unit_idx\` ON \`disclosures\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_author_idx\` ON \`disclosures\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_updated_at_idx\` ON \`disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_created_at_idx\` ON \`disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures__status_idx\` ON \`disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__disclosures_v\` (
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
  	\`version_press_conference_due_at\` text,
  	\`version_press_conference_held_at\` text,
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
  await db.run(sql`INSERT INTO \`__new__disclosures_v\`("id", "parent_id", "version_title", "version_body", "version_openness", "version_key_area", "version_topic", "version_disclosure_mode", "version_withholding_ground", "version_doc_type", "version_document_number", "version_formed_on", "version_validity", "version_replaced_by_id", "version_stage", "version_thread_id", "version_event_occurred_at", "version_index_number", "version_due_at", "version_press_conference_due_at", "version_press_conference_held_at", "version_first_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_body", "version_openness", "version_key_area", "version_topic", "version_disclosure_mode", "version_withholding_ground", "version_doc_type", "version_document_number", "version_formed_on", "version_validity", "version_replaced_by_id", "version_stage", "version_thread_id", "version_event_occurred_at", "version_index_number", "version_due_at", "version_press_conference_due_at", "version_press_conference_held_at", "version_first_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__disclosures_v\` RENAME TO \`_disclosures_v\`;`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_parent_idx\` ON \`_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_replaced_by_idx\` ON \`_disclosures_v\` (\`version_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_thread_idx\` ON \`_disclosures_v\` (\`version_thread_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_index_number_idx\` ON \`_disclosures_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_due_at_idx\` ON \`_disclosures_v\` (\`version_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_press_conference_due_at_idx\` ON \`_disclosures_v\` (\`version_press_conference_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_unit_idx\` ON \`_disclosures_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_author_idx\` ON \`_disclosures_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_updated_at_idx\` ON \`_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_created_at_idx\` ON \`_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version__status_idx\` ON \`_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_created_at_idx\` ON \`_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_updated_at_idx\` ON \`_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_latest_idx\` ON \`_disclosures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_interpretations\` (
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
  await db.run(sql`INSERT INTO \`__new_interpretations\`("id", "title", "form", "policy_id", "first_interpreter_name", "first_interpreter_position", "body", "sections_background", "sections_objectives", "sections_main_content", "sections_scope", "sections_standards", "sections_notes", "sections_key_terms", "sections_benefits", "sections_changes", "video_id", "stream_url", "transcript", "event_held_at", "event_venue", "first_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status") SELECT "id", "title", "form", "policy_id", "first_interpreter_name", "first_interpreter_position", "body", "sections_background", "sections_objectives", "sections_main_content", "sections_scope", "sections_standards", "sections_notes", "sections_key_terms", "sections_benefits", "sections_changes", "video_id", "stream_url", "transcript", "event_held_at", "event_venue", "first_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status" FROM \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations\` RENAME TO \`interpretations\`;`)
  await db.run(sql`CREATE INDEX \`interpretations_policy_idx\` ON \`interpretations\` (\`policy_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_video_idx\` ON \`interpretations\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_unit_idx\` ON \`interpretations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_author_idx\` ON \`interpretations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__interpretations_v\` (
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
  await db.run(sql`INSERT INTO \`__new__interpretations_v\`("id", "parent_id", "version_title", "version_form", "version_policy_id", "version_first_interpreter_name", "version_first_interpreter_position", "version_body", "version_sections_background", "version_sections_objectives", "version_sections_main_content", "version_sections_scope", "version_sections_standards", "version_sections_notes", "version_sections_key_terms", "version_sections_benefits", "version_sections_changes", "version_video_id", "version_stream_url", "version_transcript", "version_event_held_at", "version_event_venue", "version_first_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_form", "version_policy_id", "version_first_interpreter_name", "version_first_interpreter_position", "version_body", "version_sections_background", "version_sections_objectives", "version_sections_main_content", "version_sections_scope", "version_sections_standards", "version_sections_notes", "version_sections_key_terms", "version_sections_benefits", "version_sections_changes", "version_video_id", "version_stream_url", "version_transcript", "version_event_held_at", "version_event_venue", "version_first_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v\` RENAME TO \`_interpretations_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_responses\` (
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
  await db.run(sql`INSERT INTO \`__new_responses\`("id", "title", "source", "topic", "concern_class", "received_at", "responded_at", "concern", "body", "adoption_status", "solution", "investigation_result", "authoritative_info", "correction", "rebuttal", "referral_referred_to", "referral_referred_at", "referral_case_number", "due_at", "first_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status") SELECT "id", "title", "source", "topic", "concern_class", "received_at", "responded_at", "concern", "body", "adoption_status", "solution", "investigation_result", "authoritative_info", "correction", "rebuttal", "referral_referred_to", "referral_referred_at", "referral_case_number", "due_at", "first_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status" FROM \`responses\`;`)
  await db.run(sql`DROP TABLE \`responses\`;`)
  await db.run(sql`ALTER TABLE \`__new_responses\` RENAME TO \`responses\`;`)
  await db.run(sql`CREATE INDEX \`responses_due_at_idx\` ON \`responses\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_unit_idx\` ON \`responses\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_author_idx\` ON \`responses\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`responses_updated_at_idx\` ON \`responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responses_created_at_idx\` ON \`responses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`responses__status_idx\` ON \`responses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__responses_v\` (
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
  await db.run(sql`INSERT INTO \`__new__responses_v\`("id", "parent_id", "version_title", "version_source", "version_topic", "version_concern_class", "version_received_at", "version_responded_at", "version_concern", "version_body", "version_adoption_status", "version_solution", "version_investigation_result", "version_authoritative_info", "version_correction", "version_rebuttal", "version_referral_referred_to", "version_referral_referred_at", "version_referral_case_number", "version_due_at", "version_first_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_source", "version_topic", "version_concern_class", "version_received_at", "version_responded_at", "version_concern", "version_body", "version_adoption_status", "version_solution", "version_investigation_result", "version_authoritative_info", "version_correction", "version_rebuttal", "version_referral_referred_to", "version_referral_referred_at", "version_referral_case_number", "version_due_at", "version_first_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_responses_v\`;`)
  await db.run(sql`DROP TABLE \`_responses_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__responses_v\` RENAME TO \`_responses_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_consultations\` (
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
  await db.run(sql`INSERT INTO \`__new_consultations\`("id", "title", "summary", "draft_text", "opens_at", "closes_at", "adoption_summary", "result_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "draft_text", "opens_at", "closes_at", "adoption_summary", "result_published_at", "unit_id", "author_id", "updated_at", "created_at", "_status" FROM \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`ALTER TABLE \`__new_consultations\` RENAME TO \`consultations\`;`)
  await db.run(sql`CREATE INDEX \`consultations_opens_at_idx\` ON \`consultations\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_closes_at_idx\` ON \`consultations\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_unit_idx\` ON \`consultations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_author_idx\` ON \`consultations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__consultations_v\` (
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
  await db.run(sql`INSERT INTO \`__new__consultations_v\`("id", "parent_id", "version_title", "version_summary", "version_draft_text", "version_opens_at", "version_closes_at", "version_adoption_summary", "version_result_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_summary", "version_draft_text", "version_opens_at", "version_closes_at", "version_adoption_summary", "version_result_published_at", "version_unit_id", "version_author_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__consultations_v\` RENAME TO \`_consultations_v\`;`)
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
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "disclosures_id", "interpretations_id", "responses_id", "consultations_id", "consultation_comments_id", "units_id", "users_id", "media_id", "index_counters_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "disclosures_id", "interpretations_id", "responses_id", "consultations_id", "consultation_comments_id", "units_id", "users_id", "media_id", "index_counters_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`index_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
}
