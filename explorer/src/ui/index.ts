// Maillage's design system: React Aria Components for behaviour and accessibility, our tokens for the look (the
// stylesheets, imported by each page's styles.css).

export { Button, ToggleButton, type Tone } from './Button.js';
export { Checkbox } from './Checkbox.js';
export { ColorField } from './ColorField.js';
export { DateField } from './DateField.js';
export { Dialog } from './Dialog.js';
export { Disclosure } from './Disclosure.js';
export { Explained } from './Explained.js';
export { MultiSelect } from './MultiSelect.js';
export { Segmented } from './Segmented.js';
export { Select, type Option } from './Select.js';
export { Slider } from './Slider.js';
export { applyTheme, token, useTheme, type Theme } from './theme.js';
export { useIsPhone } from './useMediaQuery.js';
