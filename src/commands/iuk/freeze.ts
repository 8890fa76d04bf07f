import { sfCommand } from '../../sf-command.js';
import { freezeCommand } from '../../../scripts/commands/user-state.js';

/** `sf iuk freeze`: see the declaration for what it does. */
export default sfCommand(freezeCommand);
