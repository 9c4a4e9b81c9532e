import * as migration_20261125_224705_initial from './20261125_224705_initial';
import * as migration_20261125_235218_content_model from './20261125_235218_content_model';
import * as migration_20261126_000944_press_conference_clock from './20261126_000944_press_conference_clock';
import * as migration_20261126_002724_audit_events from './20261126_002724_audit_events';
import * as migration_20261126_004953_audit_actor_labels from './20261126_004953_audit_actor_labels';
import * as migration_20261126_021110_review_gate from './20261126_021110_review_gate';
import * as migration_20261126_023436_review_labels from './20261126_023436_review_labels';
import * as migration_20261126_030849_recover_stalled_jobs from './20261126_030849_recover_stalled_jobs';
import * as migration_20261126_031416_delivery_progress from './20261126_031416_delivery_progress';
import * as migration_20261126_060732_requests_selfcheck_public_api_search_quotas from './20261126_060732_requests_selfcheck_public_api_search_quotas';

export const migrations = [
  {
    up: migration_20261125_224705_initial.up,
    down: migration_20261125_224705_initial.down,
    name: '20261125_224705_initial',
  },
  {
    up: migration_20261125_235218_content_model.up,
    down: migration_20261125_235218_content_model.down,
    name: '20261125_235218_content_model',
  },
  {
    up: migration_20261126_000944_press_conference_clock.up,
    down: migration_20261126_000944_press_conference_clock.down,
    name: '20261126_000944_press_conference_clock',
  },
  {
    up: migration_20261126_002724_audit_events.up,
    down: migration_20261126_002724_audit_events.down,
    name: '20261126_002724_audit_events',
  },
  {
    up: migration_20261126_004953_audit_actor_labels.up,
    down: migration_20261126_004953_audit_actor_labels.down,
    name: '20261126_004953_audit_actor_labels',
  },
  {
    up: migration_20261126_021110_review_gate.up,
    down: migration_20261126_021110_review_gate.down,
    name: '20261126_021110_review_gate',
  },
  {
    up: migration_20261126_023436_review_labels.up,
    down: migration_20261126_023436_review_labels.down,
    name: '20261126_023436_review_labels',
  },
  {
    up: migration_20261126_030849_recover_stalled_jobs.up,
    down: migration_20261126_030849_recover_stalled_jobs.down,
    name: '20261126_030849_recover_stalled_jobs',
  },
  {
    up: migration_20261126_031416_delivery_progress.up,
    down: migration_20261126_031416_delivery_progress.down,
    name: '20261126_031416_delivery_progress',
  },
  {
    up: migration_20261126_060732_requests_selfcheck_public_api_search_quotas.up,
    down: migration_20261126_060732_requests_selfcheck_public_api_search_quotas.down,
    name: '20261126_060732_requests_selfcheck_public_api_search_quotas'
  },
];
