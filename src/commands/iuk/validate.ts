import { sfCommand } from '../../sf-command.js';
import { validateCommand } from '../../../scripts/commands/validate.js';

/** `sf iuk validate`: see the declaration for what it does. */
export default sfCommand(validateCommand);
