import * as migration_20261125_224711_initial from './20261125_224711_initial';

export const migrations = [
  {
    up: migration_20261125_224711_initial.up,
    down: migration_20261125_224711_initial.down,
    name: '20261125_224711_initial'
  },
];
