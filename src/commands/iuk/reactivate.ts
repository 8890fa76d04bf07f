import { sfCommand } from '../../sf-command.js';
import { reactivateCommand } from '../../../scripts/commands/user-state.js';

/** `sf iuk reactivate`: see the declaration for what it does. */
export default sfCommand(reactivateCommand);
