import { useTranslation } from 'react-i18next';

import { BigButton } from './BigButton';
import { Dialog } from './Dialog';

interface HelpPanelProps {
  contact: string;
  onClose: () => void;
}

/** What to do, where the front desk is, and whom to call. */
export function HelpPanel({ contact, onClose }: HelpPanelProps) {
  const { t } = useTranslation('common');
  return (
    <Dialog
      title={t('help.title')}
      testId="help-panel"
      onDismiss={onClose}
      actions={<BigButton onClick={onClose}>{t('actions.close')}</BigButton>}
    >
      <p>{t('help.steps')}</p>
      <p>{t('help.frontDesk')}</p>
      {contact ? (
        <p className="help__contact">{t('help.contact', { contact })}</p>
      ) : null}
      <p className="muted">{t('help.privacy')}</p>
    </Dialog>
  );
}
