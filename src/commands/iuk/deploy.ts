import { sfCommand } from '../../sf-command.js';
import { deployCommand } from '../../../scripts/commands/deploy.js';

/** `sf iuk deploy`: see the declaration for what it does. */
export default sfCommand(deployCommand);
