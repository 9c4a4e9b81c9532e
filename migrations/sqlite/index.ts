import * as migration_20261125_224711_initial from './20261125_224711_initial';
import * as migration_20261125_235225_content_model from './20261125_235225_content_model';
import * as migration_20261126_000953_press_conference_clock from './20261126_000953_press_conference_clock';
import * as migration_20261126_002736_audit_events from './20261126_002736_audit_events';
import * as migration_20261126_005000_audit_actor_labels from './20261126_005000_audit_actor_labels';
import * as migration_20261126_021120_review_gate from './20261126_021120_review_gate';
import * as migration_20261126_023446_review_labels from './20261126_023446_review_labels';
import * as migration_20261126_031427_delivery_progress from './20261126_031427_delivery_progress';
import * as migration_20261126_060801_requests_selfcheck_public_api_search_quotas from './20261126_060801_requests_selfcheck_public_api_search_quotas';

export const migrations = [
  {
    up: migration_20261125_224711_initial.up,
    down: migration_20261125_224711_initial.down,
    name: '20261125_224711_initial',
  },
  {
    up: migration_20261125_235225_content_model.up,
    down: migration_20261125_235225_content_model.down,
    name: '20261125_235225_content_model',
  },
  {
    up: migration_20261126_000953_press_conference_clock.up,
    down: migration_20261126_000953_press_conference_clock.down,
    name: '20261126_000953_press_conference_clock',
  },
  {
    up: migration_20261126_002736_audit_events.up,
    down: migration_20261126_002736_audit_events.down,
    name: '20261126_002736_audit_events',
  },
  {
    up: migration_20261126_005000_audit_actor_labels.up,
    down: migration_20261126_005000_audit_actor_labels.down,
    name: '20261126_005000_audit_actor_labels',
  },
  {
    up: migration_20261126_021120_review_gate.up,
    down: migration_20261126_021120_review_gate.down,
    name: '20261126_021120_review_gate',
  },
  {
    up: migration_20261126_023446_review_labels.up,
    down: migration_20261126_023446_review_labels.down,
    name: '20261126_023446_review_labels',
  },
  {
    up: migration_20261126_031427_delivery_progress.up,
    down: migration_20261126_031427_delivery_progress.down,
    name: '20261126_031427_delivery_progress',
  },
  {
    up: migration_20261126_060801_requests_selfcheck_public_api_search_quotas.up,
    down: migration_20261126_060801_requests_selfcheck_public_api_search_quotas.down,
    name: '20261126_060801_requests_selfcheck_public_api_search_quotas'
  },
];
