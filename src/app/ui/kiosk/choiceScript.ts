// What the speaker reads on a screen of tiles: the question, then each tile shown, in the order
// she sees them, marking each tile (by its key) while it is heard.
import type { PromptId } from '../../data/soundItems';
import type { Script } from '../sound/readAloudStore';
import type { Choice } from './ChoiceGrid';

export function choiceScript(question: PromptId, choices: readonly Choice[]): Script {
  return [
    { item: question },
    ...choices.map((choice) => ({ item: choice.sound, mark: choice.key })),
  ];
}
