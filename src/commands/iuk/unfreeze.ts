import { sfCommand } from '../../sf-command.js';
import { unfreezeCommand } from '../../../scripts/commands/user-state.js';

/** `sf iuk unfreeze`: see the declaration for what it does. */
export default sfCommand(unfreezeCommand);
