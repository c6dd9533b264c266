import { useStaffT } from '../i18n';
import { useStaffSettings } from '../stores/settings';
import { ErrorNote } from '../ui/ErrorNote';
import { ChangePin } from './ChangePin';
import { ConnectionTest } from './ConnectionTest';
import { CredentialsSection } from './CredentialsSection';
import { ModeSwitch } from './ModeSwitch';
import { SettingsForm } from './SettingsForm';

/** Credentials, connection test, operating mode, settings and the PIN. */
export function SetupScreen() {
  const { t } = useStaffT();
  const view = useStaffSettings((s) => s.view);
  const loadError = useStaffSettings((s) => s.loadError);

  if (!view) {
    return loadError ? (
      <ErrorNote error={loadError} />
    ) : (
      <p>{t('common.loading')}</p>
    );
  }
  return (
    <div className="staff-setup" data-testid="staff-setup">
      <CredentialsSection view={view} />
      <ConnectionTest />
      <ModeSwitch mode={view.settings.operatingMode} />
      <SettingsForm settings={view.settings} />
      <ChangePin />
    </div>
  );
}
