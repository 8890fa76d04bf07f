import { sfCommand } from '../../sf-command.js';
import { deactivateCommand } from '../../../scripts/commands/user-state.js';

/** `sf iuk deactivate`: see the declaration for what it does. */
export default sfCommand(deactivateCommand);
