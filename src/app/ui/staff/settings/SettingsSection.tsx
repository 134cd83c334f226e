import type { ComponentChildren } from 'preact';

interface SettingsSectionProps {
  id: string;
  title: string;
  children: ComponentChildren;
}

/** One setting or group of settings: a region named by its heading. */
export function SettingsSection({ id, title, children }: SettingsSectionProps) {
  return (
    <section class="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="settings-section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
