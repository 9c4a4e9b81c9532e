import * as migration_20261125_224711_initial from './20261125_224711_initial';
import * as migration_20261125_235225_content_model from './20261125_235225_content_model';

export const migrations = [
  {
    up: migration_20261125_224711_initial.up,
    down: migration_20261125_224711_initial.down,
    name: '20261125_224711_initial',
  },
  {
    up: migration_20261125_235225_content_model.up,
    down: migration_20261125_235225_content_model.down,
    name: '20261125_235225_content_model'
  },
];
