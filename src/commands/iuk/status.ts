import { sfCommand } from '../../sf-command.js';
import { statusCommand } from '../../../scripts/commands/status.js';

/** `sf iuk status`: see the declaration for what it does. */
export default sfCommand(statusCommand);
