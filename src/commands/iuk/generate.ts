import { sfCommand } from '../../sf-command.js';
import { generateCommand } from '../../../scripts/commands/generate.js';

/** `sf iuk generate`: see the declaration for what it does. */
export default sfCommand(generateCommand);
