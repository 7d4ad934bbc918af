import { MigrationInterface, QueryRunner } from 'typeorm';
import { currentTimeZoneName } from '../../common/time-zone-names';

/**
 * Organizations keep their time zone under its current IANA name (currentTimeZoneName):
 * zones stored under an old alias (Asia/Calcutta, Europe/Kiev) are renamed. The same instant
 * reads the same in both; emails and pickers show the current name.
 */
export class CurrentTimeZoneNames1764864000000 implements MigrationInterface {
  name = 'CurrentTimeZoneNames1764864000000';

  async up(db: QueryRunner): Promise<void> {
    const zones: { time_zone: string }[] = await db.query(`SELECT DISTINCT time_zone FROM organizations`);
    for (const { time_zone: zone } of zones) {
      const current = currentTimeZoneName(zone);
      if (current !== zone) await db.query(`UPDATE organizations SET time_zone = $2 WHERE time_zone = $1`, [zone, current]);
    }
  }

  async down(): Promise<void> {
    // The old names are aliases of the new ones: nothing to undo.
  }
}
