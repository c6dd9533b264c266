import { useTranslation } from 'react-i18next';

import type { Language } from '../../../preload/contract';

interface LanguageSwitchProps {
  languages: readonly Language[];
  current: Language;
  onChange: (language: Language) => void;
  large?: boolean;
}

/** One button per offered language, each named in its own language. */
export function LanguageSwitch({
  languages,
  current,
  onChange,
  large,
}: LanguageSwitchProps) {
  const { t } = useTranslation('common');
  if (languages.length < 2) return null;
  return (
    <div
      className={`language-switch ${large ? 'language-switch--large' : ''}`}
      role="group"
      aria-label={t('language.label')}
    >
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={(event) => {
            event.stopPropagation();
            onChange(language);
          }}
          data-testid={`language-${language}`}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
