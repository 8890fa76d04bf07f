import { sfCommand } from '../../sf-command.js';
import { provisionCommand } from '../../../scripts/commands/provision.js';

/** `sf iuk provision`: see the declaration for what it does. */
export default sfCommand(provisionCommand);
