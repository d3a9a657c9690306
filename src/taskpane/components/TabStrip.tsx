import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

// The pane's tabs, following the WAI-ARIA tabs pattern with a roving tabindex. Fluent's TabList
// adds hidden focusable helper elements (Tabster's dummy inputs) that accessibility checkers report
// as aria-hidden-focus; this strip needs none, wraps at 320 px, and looks like Fluent's small tabs.

const useStyles = makeStyles({
  strip: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  tab: {
    position: 'relative',
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
    // In forced colours the underline is drawn with the system's highlight colour.
    '@media (forced-colors: active)': { '::after': { backgroundColor: 'Highlight' } },
  },
});

export interface TabStripProps<T extends string> {
  label: string;
  tabs: Array<{ value: T; label: string }>;
  selected: T;
  onSelect: (value: T) => void;
}

export function TabStrip<T extends string>({ label, tabs, selected, onSelect }: TabStripProps<T>) {
  const styles = useStyles();
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (event: KeyboardEvent, from: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: from === last ? 0 : from + 1, ArrowLeft: from === 0 ? last : from - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    refs.current[to]?.focus();
    onSelect(tabs[to].value);
  };
  return (
    <div role="tablist" aria-label={label} className={styles.strip}>
      {tabs.map((tab, i) => (
        <button
          key={tab.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.value}`}
          aria-selected={tab.value === selected}
          aria-controls={`panel-${tab.value}`}
          tabIndex={tab.value === selected ? 0 : -1}
          className={`${styles.tab} ${tab.value === selected ? styles.selected : ''}`}
          onClick={() => onSelect(tab.value)}
          onKeyDown={(e) => move(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
