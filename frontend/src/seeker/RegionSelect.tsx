import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import type { ControlProps } from '../ui/FormField';

const codes = Object.keys(arbeidsmarktregioNames).sort();

function optionLabel(code: string): string {
  return `${arbeidsmarktregioNames[code] ?? code} (${code})`;
}

/** One labour-market region (a native select: keyboard and screen readers know it). */
export function RegionSelect({ control, value, onChange, placeholder }: {
  control: ControlProps;
  value: string;
  onChange: (code: string) => void;
  placeholder: string;
}) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{placeholder}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {optionLabel(code)}
        </option>
      ))}
    </select>
  );
}

/** Several regions: a native multiple select (Ctrl/Cmd or Shift to choose more than one). */
export function RegionsSelect({ control, value, onChange }: {
  control: ControlProps;
  value: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  return (
    <select
      {...control}
      multiple
      size={6}
      value={[...value]}
      onChange={(event) => onChange(Array.from(event.target.selectedOptions, (option) => option.value))}
    >
      {codes.map((code) => (
        <option key={code} value={code}>
          {optionLabel(code)}
        </option>
      ))}
    </select>
  );
}

export function regionNames(codes: readonly string[]): string {
  return codes.map(optionLabel).join(', ');
}
