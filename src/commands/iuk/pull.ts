import { sfCommand } from '../../sf-command.js';
import { pullCommand } from '../../../scripts/commands/pull.js';

/** `sf iuk pull`: see the declaration for what it does. */
export default sfCommand(pullCommand);
