import { useState } from 'react';
import type { z } from 'zod';

import type { AppError, RoomTreeSchema } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { callStaff } from '../lib/call';
import { ErrorNote } from '../ui/ErrorNote';
import { Note } from '../ui/Note';

type RoomTree = z.infer<typeof RoomTreeSchema>;

/** Counts the buildings, floors and rooms in a room tree. */
export function countRooms(tree: RoomTree): {
  buildings: number;
  floors: number;
  rooms: number;
} {
  const floors = tree.buildings.flatMap((b) => b.floors);
  return {
    buildings: tree.buildings.length,
    floors: floors.length,
    rooms: floors.reduce((sum, floor) => sum + floor.rooms.length, 0),
  };
}

/** Calls fetchRoomInfo with the saved credentials and shows what it found. */
export function ConnectionTest() {
  const { t } = useStaffT();
  const [busy, setBusy] = useState(false);
  const [tree, setTree] = useState<RoomTree | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const run = async () => {
    setBusy(true);
    setTree(null);
    setError(null);
    const result = await callStaff(() =>
      window.lobbykey.credentials.testConnection({}),
    );
    setBusy(false);
    if (result.ok) setTree(result.value);
    else setError(result.error);
  };

  const counts = tree ? countRooms(tree) : null;
  return (
    <section className="staff-card" aria-labelledby="staff-connection-title">
      <h2 id="staff-connection-title">{t('connection.title')}</h2>
      <button type="button" disabled={busy} onClick={() => void run()}>
        {busy ? t('connection.testing') : t('connection.test')}
      </button>
      {counts && (
        <Note tone="ok" testId="staff-connection-result">
          {t('connection.found', counts)}
        </Note>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
