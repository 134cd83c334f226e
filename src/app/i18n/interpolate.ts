// Fills `{name}` placeholders in a message. A placeholder without a value stays visible
// rather than vanishing, so a missing parameter shows up in a test instead of a blank.
export type MessageParams = Record<string, string | number>;

export function interpolate(
  template: string,
  params: MessageParams | undefined,
  formatNumber: (n: number) => string = String,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
