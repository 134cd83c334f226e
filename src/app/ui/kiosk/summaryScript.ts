// What the speaker reads on the summary: the question, her answers in the order they are shown,
// then the check mark. An answer she did not give is "not said". Who is here is said with its
// number by a voice ("Mig og børn: 2"); where there is only a recording, the recording of the
// choice she made says which one it was.
import type { AnswerId } from '../../data/soundItems';
import { countryItem, municipalityItem } from '../../data/soundItems';
import type { Script } from '../sound/readAloudStore';
import type { Answers } from './useCheckInFlow';

/** `partyLabel` is the who-is-here line as the screen shows it, the number included. */
export function summaryScript(answers: Answers, partyLabel: string): Script {
  const { country, municipality, adult, children } = answers;
  const party: AnswerId = !adult
    ? 'choice.childAlone'
    : children === 0
      ? 'choice.justMe'
      : 'choice.meAndChildren';
  return [
    { item: 'summary' },
    { item: country === null ? 'summary.notSaid' : countryItem(country), mark: 'edit-country' },
    {
      item: municipality === null ? 'summary.notSaid' : municipalityItem(municipality),
      mark: 'edit-municipality',
    },
    // "Just me" says all there is to say; the others need their number.
    party === 'choice.justMe'
      ? { item: party, mark: 'edit-party' }
      : { item: party, mark: 'edit-party', text: partyLabel },
    { item: 'summary.confirm', mark: 'confirm' },
  ];
}
