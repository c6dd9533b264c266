import type { IssuedKey } from '../../../../preload/contract';
import { useStaffT } from '../i18n';
import { formatInstant } from '../lib/time';
import { usePropertyTimeZone } from '../stores/settings';

/** Shows a card's QR code with its number, validity and SMS recipient. */
export function QrView(props: { issued: IssuedKey; onClose: () => void }) {
  const { t, language } = useStaffT();
  const zone = usePropertyTimeZone();
  const { issued } = props;

  return (
    <div className="staff-qr" data-testid="staff-qr">
      <img
        src={`data:image/png;base64,${issued.qrPng}`}
        alt={t('card.qrAlt', { room: issued.room })}
        width={280}
        height={280}
      />
      <dl className="staff-facts">
        <dt>{t('card.number')}</dt>
        <dd>{issued.cardNo}</dd>
        <dt>{t('card.validity')}</dt>
        <dd>
          {formatInstant(issued.validFrom, zone, language)} –{' '}
          {formatInstant(issued.validUntil, zone, language)}
        </dd>
        <dt>{t('card.sms')}</dt>
        <dd>
          {issued.smsSent
            ? t('card.smsSentTo', { to: issued.smsTo ?? '' })
            : t('card.smsNotSent')}
        </dd>
      </dl>
      <button type="button" onClick={props.onClose}>
        {t('card.hideQr')}
      </button>
    </div>
  );
}
