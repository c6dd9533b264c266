import { useCallback, useEffect, useState } from 'react';

import { useStaffT } from '../i18n';
import { localDateIn } from '../lib/time';
import { useDesk } from '../stores/desk';
import { usePropertyTimeZone } from '../stores/settings';
import { ErrorNote } from '../ui/ErrorNote';
import { Field } from '../ui/Field';
import { CsvImport } from './CsvImport';
import { GroupIssue } from './GroupIssue';
import { ReservationList } from './ReservationList';
import { ReservationPanel } from './ReservationPanel';
import { WalkInForm } from './WalkInForm';

type Tool = 'walk-in' | 'import' | 'group' | null;

/** Today's arrivals and search, walk-ins, CSV import, cards and group issue. */
export function FrontDesk() {
  const { t } = useStaffT();
  const zone = usePropertyTimeZone();
  const view = useDesk((s) => s.view);
  const search = useDesk((s) => s.search);
  const reservations = useDesk((s) => s.reservations);
  const error = useDesk((s) => s.error);
  const openId = useDesk((s) => s.openId);
  const [tool, setTool] = useState<Tool>(null);
  const open = reservations.find((r) => r.id === openId) ?? null;

  const reload = useCallback(
    () => useDesk.getState().load(localDateIn(new Date(), zone)),
    [zone],
  );

  useEffect(() => {
    void reload();
  }, [reload, view]);

  const toggleTool = (next: Tool) =>
    setTool((current) => (current === next ? null : next));

  return (
    <div className="staff-desk" data-testid="staff-desk">
      <div className="staff-row staff-row--wrap">
        <div
          className="staff-segmented"
          role="group"
          aria-label={t('desk.view')}
        >
          <button
            type="button"
            aria-pressed={view === 'arrivals'}
            onClick={() => useDesk.getState().showView('arrivals')}
          >
            {t('desk.arrivals')}
          </button>
          <button
            type="button"
            aria-pressed={view === 'search'}
            onClick={() => useDesk.getState().showView('search')}
          >
            {t('desk.all')}
          </button>
        </div>
        <button
          type="button"
          aria-expanded={tool === 'walk-in'}
          onClick={() => toggleTool('walk-in')}
        >
          {t('walkIn.open')}
        </button>
        <button
          type="button"
          aria-expanded={tool === 'import'}
          onClick={() => toggleTool('import')}
        >
          {t('import.open')}
        </button>
        <button
          type="button"
          aria-expanded={tool === 'group'}
          onClick={() => toggleTool('group')}
        >
          {t('group.open')}
        </button>
      </div>
      {view === 'search' && (
        <form
          className="staff-row"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            void reload();
          }}
        >
          <Field label={t('desk.searchLabel')} hint={t('desk.searchHint')}>
            {({ id, describedBy }) => (
              <input
                id={id}
                type="search"
                aria-describedby={describedBy}
                value={search}
                maxLength={80}
                onChange={(event) =>
                  useDesk.getState().setSearch(event.target.value)
                }
              />
            )}
          </Field>
          <button type="submit">{t('desk.search')}</button>
        </form>
      )}
      {tool === 'walk-in' && (
        <WalkInForm
          onCreated={(reservation) => {
            setTool(null);
            useDesk.getState().showView('search');
            useDesk.getState().setSearch(reservation.confirmationCode);
            useDesk.getState().open(reservation.id);
            void reload();
          }}
        />
      )}
      {tool === 'import' && <CsvImport onImported={() => void reload()} />}
      {tool === 'group' && (
        <GroupIssue
          reservations={reservations}
          onFinished={() => void reload()}
        />
      )}
      <ErrorNote error={error} />
      {open && (
        <ReservationPanel
          key={open.id}
          reservation={open}
          onChanged={() => void reload()}
          onClose={() => useDesk.getState().open(null)}
        />
      )}
      <h2>
        {view === 'arrivals' ? t('desk.arrivalsTitle') : t('desk.allTitle')}
      </h2>
      <ReservationList reservations={reservations} />
    </div>
  );
}
