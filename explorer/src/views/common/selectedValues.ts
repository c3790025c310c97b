/** The values chosen in a `<select multiple>`, from its change event. */
export function selectedValues(event: { target: HTMLSelectElement }): string[] {
  return [...event.target.selectedOptions].map((option) => option.value);
}
