import { useMemo } from 'react';

/** Lists the runtime's IANA zones, plus `current` if the list lacks it. */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

/** Renders a picker over the runtime's IANA time zones. */
export function TimeZoneSelect(props: {
  id: string;
  describedBy: string | undefined;
  value: string;
  onChange: (zone: string) => void;
}) {
  const zones = useMemo(() => timeZoneOptions(props.value), [props.value]);

  return (
    <select
      id={props.id}
      aria-describedby={props.describedBy}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </select>
  );
}
