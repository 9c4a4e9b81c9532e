import * as migration_20261125_224705_initial from './20261125_224705_initial';

export const migrations = [
  {
    up: migration_20261125_224705_initial.up,
    down: migration_20261125_224705_initial.down,
    name: '20261125_224705_initial'
  },
];
