import {
  Alert,
  Button,
  Checkbox,
  createTheme,
  Notification,
  Radio,
  rem,
  Select,
  Textarea,
  TextInput,
  type CSSVariablesResolver,
} from '@mantine/core';

// Fonts already on the computer: the app runs offline and loads nothing from the internet.
const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif';

const large = { defaultProps: { size: 'md' } } as const;

/**
 * Larger type than Mantine's defaults (body 18px, inputs 18px) for older volunteers, and
 * darker shades wherever the defaults fall short of a 4.5:1 contrast on white.
 */
export const theme = createTheme({
  fontFamily: systemFonts,
  headings: {
    fontFamily: systemFonts,
    sizes: {
      h1: { fontSize: rem(30), lineHeight: '1.25' },
      h2: { fontSize: rem(26), lineHeight: '1.3' },
      h3: { fontSize: rem(21), lineHeight: '1.35' },
      h4: { fontSize: rem(19), lineHeight: '1.4' },
    },
  },
  fontSizes: { xs: rem(15), sm: rem(16), md: rem(18), lg: rem(20), xl: rem(24) },
  lineHeights: { xs: '1.5', sm: '1.55', md: '1.6', lg: '1.6', xl: '1.6' },
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Alert: Alert.extend({
      styles: {
        title: { fontSize: 'var(--mantine-font-size-md)' },
        message: { fontSize: 'var(--mantine-font-size-md)' },
      },
    }),
    Button: Button.extend(large),
    Checkbox: Checkbox.extend(large),
    Notification: Notification.extend({
      styles: {
        title: { fontSize: 'var(--mantine-font-size-md)' },
        description: {
          color: 'var(--mantine-color-text)',
          fontSize: 'var(--mantine-font-size-md)',
        },
      },
    }),
    Radio: Radio.extend(large),
    RadioGroup: Radio.Group.extend(large),
    Select: Select.extend({
      defaultProps: {
        ...large.defaultProps,
        // A closed list is left out of the page instead of kept hidden: a hidden one is still
        // placed against its field when the page is drawn, which forced a layout per field and
        // cost step 1 a sixth of a second at start-up.
        comboboxProps: { keepMounted: false },
      },
    }),
    Textarea: Textarea.extend(large),
    TextInput: TextInput.extend(large),
  },
});

/**
 * The dark green of what went well ("All changes saved", a motion carried, an agreement
 * approved, checks passed): 6.2:1 on white and 5.8:1 on the light green panels (green.0), where
 * Mantine's green.9 falls just short of 4.5:1.
 */
export const successColor = 'var(--los-color-success)';

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: { '--los-color-success': '#1f6f31' },
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // The text of light green panels ("Imported", "Downloaded"): Mantine's green.9 on green.1
    // is 3.8:1; the success green keeps 4.5:1 on every light green the app draws.
    '--mantine-color-green-light-color': 'var(--los-color-success)',
  },
  dark: {},
});
