// What each prompt says when the browser speaks it: the very lines the screen shows, in the chosen
// language, so sound and text never disagree. A recording made at the centre says the same.
import type { PromptId } from '../../data/soundItems';
import type { useI18n } from '../../i18n/I18n';

type Translate = ReturnType<typeof useI18n>['t'];

/** The text of a prompt in the language `t` speaks, one sentence after another. */
export function promptText(prompt: PromptId, t: Translate): string {
  const lines = ((): string[] => {
    switch (prompt) {
      case 'country':
        return [t('question.country')];
      case 'municipality':
        return [t('question.municipality')];
      case 'party':
        return [t('question.party')];
      case 'summary':
        return [t('question.summary')];
      case 'thanks':
        return [t('thanks.title'), t('thanks.visitor')];
      case 'help':
        return [
          t('help.title'),
          t('help.body'),
          t('question.country'),
          t('question.municipality'),
          t('question.party'),
          t('help.anonymous'),
          t('help.voluntary', { skip: t('choice.skip') }),
        ];
    }
  })();
  // A pause between lines: a full stop where a line ends without its own (a heading, say).
  return lines
    .map((line) => (/[.!?:؟።፧፥։။。]$/u.test(line.trim()) ? line.trim() : `${line.trim()}.`))
    .join(' ');
}
