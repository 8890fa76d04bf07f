import { sfCommand } from '../../sf-command.js';
import { verifyCommand } from '../../../scripts/commands/verify.js';

/** `sf iuk verify`: see the declaration for what it does. */
export default sfCommand(verifyCommand);
