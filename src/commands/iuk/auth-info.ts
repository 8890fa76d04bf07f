import { sfCommand } from '../../sf-command.js';
import { authInfoCommand } from '../../../scripts/commands/auth-info.js';

/** `sf iuk auth-info`: see the declaration for what it does. */
export default sfCommand(authInfoCommand);
